package th.itabatch.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaBatchApplication;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;

/**
 * Measures the monthly job end to end (a real file-mode HSQLDB, real workbooks, reports written):
 * on the shipped example, and on a plan of 2,000 activities with a scores workbook of 50 units.
 * Prints median wall time, the heap's peak and the bytes allocated per run. Not a test: run it with
 * {@code mvn -q -Pbenchmark test-compile exec:exec} (see docs/benchmarks.md); given
 * the arguments {@code 1 1000} (java -Xmx512m -cp … MonthlyJobBenchmark 1 1000) it measures that many units.
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
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaBatchApplication.class)
				.web(WebApplicationType.NONE)
				.run("--ita.inbox.enabled=false", "--ita.schedule.enabled=false", "--ita.data-dir=" + data,
						"--logging.level.th.itabatch=WARN")) {
				OneShotRun oneShot = context.getBean(OneShotRun.class);
				System.gc();
				List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
					.stream()
					.filter(p -> p.getType() == MemoryType.HEAP)
					.toList();
				heap.forEach(MemoryPoolMXBean::resetPeakUsage);
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
