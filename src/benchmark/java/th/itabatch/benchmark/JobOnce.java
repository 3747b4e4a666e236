package th.itabatch.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaBatchApplication;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;

/**
 * The one-shot scoring of an export as a user runs it, in a JVM of its own (run it with
 * {@code -Xmx256m}): each run on a fresh database, so the export is received, read, scored and
 * reported; prints the median time of the ingest job (reading and scoring) and of the whole run.
 */
public final class JobOnce {

	private JobOnce() {
	}

	public static void main(String[] args) throws Exception {
		Path export = Path.of(args[0]);
		int runs = Integer.parseInt(args[1]);
		Path work = Files.createTempDirectory("ita-job");
		Path input = Files.createDirectories(work.resolve("input"));
		Files.copy(export, input.resolve(export.getFileName()));
		List<Double> jobs = new ArrayList<>();
		List<Double> scoring = new ArrayList<>();
		List<Double> whole = new ArrayList<>();
		for (int i = -1; i < runs; i++) {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaBatchApplication.class)
				.web(WebApplicationType.NONE)
				.run("--ita.inbox.enabled=false", "--ita.schedule.enabled=false", "--ita.data-dir=" + work.resolve("data" + i),
						"--logging.level.th.itabatch=WARN")) {
				long start = System.nanoTime();
				RunSummary summary = context.getBean(OneShotRun.class).run(input, work.resolve("out" + i), Optional.empty());
				double elapsed = (System.nanoTime() - start) / 1e9;
				if (summary.exitCode() != 0) {
					throw new IllegalStateException("the run did not complete cleanly: exit " + summary.exitCode());
				}
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				double job = seconds(jdbc, """
						SELECT e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i
						ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'ingestJob'""");
				double step = seconds(jdbc, "SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'scoreSurveysStep'");
				if (i >= 0) {
					jobs.add(job);
					scoring.add(step);
					whole.add(elapsed);
				}
			}
		}
		System.out.printf("JOB %.3f %.3f %.3f%n", median(jobs), median(scoring), median(whole));
	}

	private static double seconds(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql)
			.query((rs, n) -> java.time.Duration
				.between(rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime())
				.toNanos() / 1e9)
			.single();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
