package th.itabatch.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaBatchApplication;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.ingest.IngestJobConfiguration;
import th.itabatch.monthly.DepartmentReportJobConfiguration;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.runs.WarmUp;
import th.itabatch.settings.RunsProperties;

/**
 * Measures the monthly job end to end (a real file-mode HSQLDB, real workbooks, reports written):
 * on the shipped example, and on a plan of 2,000 activities with a scores workbook of 50 units.
 * Prints median wall time, the heap's peak and the bytes allocated per run. Not a test: run it with
 * {@code mvn -q -Pbenchmark test-compile exec:exec} (see docs/benchmarks.md); given
 * the arguments {@code 1 1000} (java -Xmx512m -cp … MonthlyJobBenchmark 1 1000) it measures that many units;
 * given {@code 1 department 1000}, a department of that many groups (see {@link #department}).
 */
public final class MonthlyJobBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path work = Files.createTempDirectory("ita-benchmark");
		try {
			Path example = Files.createDirectories(work.resolve("example"));
			ExampleWorkbooks.main(new String[] { example.toString() });
			Path large = Files.createDirectories(work.resolve("large"));
			LargeInputs.writePlan(large.resolve("plan-2000-activities.xlsx"), 2000);
			LargeInputs.writeScores(large.resolve("scores-50-units.xlsx"), 50);
			System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
			if (args.length > 2 && (args[1].equals("department") || args[1].equals("service"))) {
				department(work, Integer.parseInt(args[2]), runs, args[1].equals("service"),
						List.of(args).subList(3, args.length));
				return;
			}
			if (args.length > 1) {
				// The department's scale (issue 9): the long-shape scores of that many units, a report each.
				int units = Integer.parseInt(args[1]);
				Path department = Files.createDirectories(work.resolve("department"));
				LargeInputs.writeScores(department.resolve("scores-" + units + "-units.xlsx"), units);
				measure(String.format("%,d units' scores (%,d reports)", units, units), work, department, runs);
				return;
			}
			measure("example (2 workbooks, 1 report)", work, example, runs);
			measure("2,000 activities + 50 units (50 reports)", work, large, runs);
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	/**
	 * Issue 9's shape: a register of one department, 20 divisions and {@code groups} groups; the
	 * long-shape scores of every group (2 rounds × 10 indicators); a plan-and-progress workbook of 15
	 * activities per group. Every run is measured and printed on its own, the first one cold (as the
	 * one-shot command runs): start-up, receiving and ingest, reports, the process's CPU time over the
	 * run's wall time (2.0 = both cores busy throughout), the heap's peak. The inputs are written to
	 * the folder {@code -Dbenchmark.inputs} names and kept there (written once, when it is empty).
	 * With {@code department}, every run starts the application anew on a new database; with
	 * {@code service}, the runs share one application, as the service's monthly runs do, and its
	 * database and archive are emptied between them so that every run does all the work again.
	 * Further arguments ({@code --ita.runs.report-threads=1}) go to the application.
	 */
	private static void department(Path work, int groups, int runs, boolean oneApplication, List<String> settings)
			throws Exception {
		String kept = System.getProperty("benchmark.inputs");
		Path input = Files.createDirectories(kept != null ? Path.of(kept) : work.resolve("department"));
		// A folder of other inputs (another size, someone's own files) would be measured as this one.
		if (!isEmpty(input) && !Files.exists(input.resolve("1-scores-" + groups + "-units.xlsx"))) {
			throw new IllegalStateException(input + " holds files other than this benchmark's inputs for " + groups
					+ " units: give -Dbenchmark.inputs a folder that does not exist yet");
		}
		if (isEmpty(input)) {
			long start = System.nanoTime();
			List<String> names = LargeInputs.writeRegister(input.resolve("0-register.xlsx"), 20, groups);
			LargeInputs.writeScores(input.resolve("1-scores-" + groups + "-units.xlsx"), names);
			for (int g = 0; g < names.size(); g++) {
				LargeInputs.writePlan(input.resolve(String.format("2-plan-%04d.xlsx", g + 1)), names.get(g), 15);
			}
			System.out.printf("inputs: register, scores and %,d plans written in %.1f s%n", names.size(),
					(System.nanoTime() - start) / 1e9);
		}
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		ConfigurableApplicationContext context = null;
		try {
			for (int i = 0; i < runs; i++) {
				long startup = System.nanoTime();
				Path data = work.resolve("department-data-" + (oneApplication ? "service" : i));
				String warmed = "";
				if (context == null) {
					context = start(data, oneApplication ? warmedUp(settings) : settings);
					if (oneApplication) {
						warmed = warmUp(context);
					}
				}
				else {
					emptied(context, data);
				}
				double startupSeconds = (System.nanoTime() - startup) / 1e9;
				List<MemoryPoolMXBean> heap = resetHeapPeaks();
				long cpuBefore = os.getProcessCpuTime();
				long wallStart = System.currentTimeMillis();
				long began = System.nanoTime();
				RunSummary summary = context.getBean(OneShotRun.class)
					.run(input, work.resolve("department-out-" + i), Optional.empty());
				double elapsed = (System.nanoTime() - began) / 1e9;
				double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
				if (summary.exitCode() != 0) {
					throw new IllegalStateException("department run did not complete cleanly: exit " + summary.exitCode());
				}
				JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
				double[] ingest = jobSpan(jdbc, IngestJobConfiguration.JOB_NAME, wallStart);
				double[] reports = jobSpan(jdbc, MonthlyReportJobConfiguration.JOB_NAME, wallStart);
				double[] departments = jobSpan(jdbc, DepartmentReportJobConfiguration.JOB_NAME, wallStart);
				System.out.printf(
						"department of %,d groups, run %d%s: %s %.1f s%s | run %.1f s = receive %.1f s + ingest %.1f s + reports %.1f s"
								+ " (%,d reports, %.0f ms each) + departments %.1f s (%d) | CPU %.1f s = %.2f cores | heap peak %d MB%n",
						groups, i + 1, i == 0 ? " (cold)" : "", i > 0 && oneApplication ? "emptied" : "start-up",
						startupSeconds, warmed, elapsed, ingest[0], ingest[1] - ingest[0], reports[1] - reports[0],
						summary.outcome().units().size(), (reports[1] - reports[0]) * 1000 / summary.outcome().units().size(),
						departments[1] - reports[1], summary.outcome().departments().size(), cpu, cpu / elapsed, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
				if (!oneApplication) {
					context.close();
					context = null;
				}
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
	}

	/**
	 * Waits for the service's warm-up, as it starts (counted in its start-up, not in the run); or, with
	 * -Dbenchmark.await-warm-up=false, lets the run go beside it, as when inputs wait at a start.
	 */
	private static String warmUp(ConfigurableApplicationContext context) throws Exception {
		if (!Boolean.parseBoolean(System.getProperty("benchmark.await-warm-up", "true"))) {
			return " (warm-up not awaited)";
		}
		return context.getBean(WarmUp.class)
			.awaitDone(Duration.ofMinutes(5))
			.map(w -> String.format(" (warm-up %.1f s, %d fills)", w.seconds(), w.fills()))
			.orElse(" (warm-up failed)");
	}

	/**
	 * The service's settings: its warm-up (which the tests' settings, on this class path, turn off)
	 * unless the arguments say otherwise.
	 */
	private static List<String> warmedUp(List<String> settings) {
		if (settings.stream().anyMatch(s -> s.startsWith("--ita.runs.warm-up-fills="))) {
			return settings;
		}
		List<String> warmed = new ArrayList<>(settings);
		warmed.add("--ita.runs.warm-up-fills=" + RunsProperties.DEFAULT_WARM_UP_FILLS);
		return warmed;
	}

	/**
	 * Empties what a run stored (the inputs, their figures, the reports, Spring Batch's executions)
	 * and the archive of inputs, keeping the schema, this instance's registration and its locks.
	 */
	private static void emptied(ConfigurableApplicationContext context, Path data) throws IOException {
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		List<String> tables = jdbc.sql("""
				SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'
				AND (TABLE_NAME LIKE 'ITA\\_%' ESCAPE '\\' OR TABLE_NAME LIKE 'BATCH\\_%' ESCAPE '\\') AND TABLE_NAME <> 'ITA_INSTANCE'""")
			.query(String.class)
			.list();
		jdbc.sql("SET DATABASE REFERENTIAL INTEGRITY FALSE").update();
		for (String table : tables) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("SET DATABASE REFERENTIAL INTEGRITY TRUE").update();
		FileSystemUtils.deleteRecursively(data.resolve("archive"));
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
	}

	/** When the job's first execution of the run started and its last ended, in seconds from the run's start. */
	private static double[] jobSpan(JdbcClient jdbc, String job, long runStart) {
		return jdbc.sql("""
				SELECT MIN(e.START_TIME), MAX(e.END_TIME) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?""")
			.param(job)
			.query((rs, n) -> new double[] { seconds(rs.getTimestamp(1), runStart), seconds(rs.getTimestamp(2), runStart) })
			.single();
	}

	private static double seconds(java.sql.Timestamp time, long runStart) {
		return (time.getTime() - runStart) / 1e3;
	}

	private static ConfigurableApplicationContext start(Path data, List<String> settings) {
		List<String> args = new ArrayList<>(List.of("--ita.inbox.enabled=false", "--ita.schedule.enabled=false",
				"--ita.data-dir=" + data, "--logging.level.th.itabatch=WARN"));
		args.addAll(settings);
		return new SpringApplicationBuilder(ItaBatchApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static List<MemoryPoolMXBean> resetHeapPeaks() {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		return heap;
	}

	/**
	 * Each run gets a fresh database, so the inputs are new to it and everything is done: received,
	 * read, checked, stored, reported. Starting the application is not timed.
	 */
	private static void measure(String name, Path work, Path input, int runs) throws Exception {
		List<Double> seconds = new ArrayList<>();
		long peak = 0;
		long allocated = 0;
		int reports = 0;
		for (int i = -1; i < runs; i++) { // run -1 warms up: class loading, JIT, template parsing
			Path data = work.resolve("data-" + name.hashCode() + "-" + i);
			try (ConfigurableApplicationContext context = start(data, List.of())) {
				OneShotRun oneShot = context.getBean(OneShotRun.class);
				List<MemoryPoolMXBean> heap = resetHeapPeaks();
				com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
					.getThreadMXBean();
				long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
				long start = System.nanoTime();
				RunSummary summary = oneShot.run(input, work.resolve("out-" + i), Optional.empty());
				double elapsed = (System.nanoTime() - start) / 1e9;
				if (summary.exitCode() != 0) {
					throw new IllegalStateException(name + " did not complete cleanly: exit " + summary.exitCode());
				}
				if (i >= 0) {
					seconds.add(elapsed);
					allocated = Math.max(allocated, threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
					peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
					reports = summary.outcome().units().size();
				}
			}
		}
		Collections.sort(seconds);
		System.out.printf("%-45s runs %d  median %.2f s  min %.2f s  max %.2f s  heap peak %d MB  allocated %d MB  reports %d%n",
				name, runs, seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1), peak >> 20,
				allocated >> 20, reports);
	}

}
