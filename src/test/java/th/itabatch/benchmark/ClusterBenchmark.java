package th.itabatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.itabatch.ItaBatchApplication;
import th.itabatch.TestPostgres;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;

/**
 * Issue 10's comparison: the one-shot run of a department's inputs on PostgreSQL, by one instance,
 * then with a second instance (a service in a process of its own, idle until the run's units wait
 * in the database) reporting units beside it. A new database and folders for every run. Arguments:
 * the inputs folder ({@link MonthlyJobBenchmark}'s {@code -Dbenchmark.inputs}, written by it), the
 * instances (1 or 2) and the runs.
 */
public final class ClusterBenchmark {

	private ClusterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path input = Path.of(args[0]);
		int instances = Integer.parseInt(args[1]);
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
		Path work = Files.createTempDirectory("ita-cluster-benchmark");
		TestPostgres.Server server = TestPostgres.server();
		for (int i = 0; i < runs; i++) {
			String url = TestPostgres.newDatabase("ita_cluster_bench_" + i);
			List<String> settings = List.of("--spring.profiles.active=postgres", "--ITA_DB_URL=" + url,
					"--ITA_DB_USER=" + server.user(), "--ITA_DB_PASSWORD=" + server.password(),
					"--ita.inbox.enabled=false", "--ita.schedule.enabled=false", "--ita.runs.spread=true",
					"--ita.data-dir=" + work.resolve("data-" + i), "--ita.output-dir=" + work.resolve("out-" + i));
			Process helper = instances > 1 ? helper(settings, work.resolve("helper-" + i + ".log")) : null;
			try {
				List<String> own = new ArrayList<>(settings);
				own.add("--logging.level.th.itabatch=WARN");
				try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaBatchApplication.class)
					.web(WebApplicationType.NONE)
					.run(own.toArray(String[]::new))) {
					long began = System.nanoTime();
					RunSummary summary = context.getBean(OneShotRun.class)
						.run(input, work.resolve("out-" + i), Optional.empty());
					double elapsed = (System.nanoTime() - began) / 1e9;
					long byHelper = helper == null ? 0
							: Files.readString(work.resolve("helper-" + i + ".log")).lines().filter(l -> l.contains("report: ")).count();
					System.out.printf("%d instance(s), run %d%s: %.1f s, %,d unit reports (%,d by the second instance), exit %d%n",
							instances, i + 1, i == 0 ? " (cold)" : "", elapsed, summary.outcome().units().size(), byHelper,
							summary.exitCode());
				}
			}
			finally {
				if (helper != null) {
					helper.destroy();
					helper.waitFor(60, TimeUnit.SECONDS);
				}
			}
		}
	}

	/** The second instance: the service, idle until units wait in the database. */
	private static Process helper(List<String> settings, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), ItaBatchApplication.class.getName(),
				"--server.port=0", "--logging.level.th.itabatch=INFO", "--ita.security.users[0].username=bench",
				"--ita.security.users[0].password={noop}bench", "--ita.security.users[0].role=VIEWER"));
		command.addAll(settings);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!Files.exists(log) || !Files.readString(log).contains("ITA Batch: http")) {
			if (!process.isAlive() || System.nanoTime() > until) {
				throw new IllegalStateException("the second instance did not start: " + Files.readString(log));
			}
			Thread.sleep(200);
		}
		return process;
	}
}
