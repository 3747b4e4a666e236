package th.itabatch.web;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.itabatch.monthly.DepartmentReportJobConfiguration;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunHistory.Execution;
import th.itabatch.runs.RunHistory;
import th.itabatch.settings.ItaProperties;

/**
 * The runs that failed, as the pages tell them: read from Spring Batch's run history (nothing is
 * run or rebuilt for a page), each with its unit and its reason in plain words
 * ({@link FailureReason}), never with a class name or a server path.
 */
@Component
class RunFailures {

	static final String FAILED = "FAILED";

	/** How far back the latest run of each unit is looked for. */
	private static final int LOOK_BACK = 200;

	private final RunHistory history;

	private final ItaProperties properties;

	/** How long a reading stands when no job of this process ended (another instance's may have). */
	private static final long FRESH_NANOS = java.time.Duration.ofSeconds(30).toNanos();

	/** How long a reading stands while a run goes on. */
	private static final long RUNNING_NANOS = java.time.Duration.ofSeconds(1).toNanos();

	private final RunCoordinator coordinator;

	private volatile Reading reading;

	/** The failures as read when so many jobs had ended. */
	private record Reading(long jobsEnded, long readAt, List<Failed> failed) {
	}

	RunFailures(RunHistory history, ItaProperties properties, RunCoordinator coordinator) {
		this.history = history;
		this.properties = properties;
		this.coordinator = coordinator;
	}

	/**
	 * A job whose latest run failed.
	 *
	 * @param job the job's name (ingestJob: reading the inputs; monthlyReportJob: a unit's report)
	 * @param unit the unit reported on, or {@code null} for reading the inputs
	 * @param month the month reported on ("2021-06"), or {@code null}
	 * @param at when it failed
	 * @param reason why
	 */
	record Failed(String job, String unit, String month, LocalDateTime at, FailureReason reason) {
	}

	/** The jobs whose latest run failed: reading the inputs, and each unit's report; none when all went well since. */
	List<Failed> latest() {
		// Every page asks; the history changes only when a job ends. Twenty people on the pages during
		// a run read it once per job ended, not once per page (docs/benchmarks.md, the department page).
		// While a run goes on, jobs end many times a second: a reading then stands for a second.
		long ended = coordinator.jobsEnded();
		Reading last = reading;
		long age = last == null ? Long.MAX_VALUE : System.nanoTime() - last.readAt();
		boolean unchanged = last != null && last.jobsEnded() == ended;
		boolean running = coordinator.progress() != null;
		if (age < FRESH_NANOS && (unchanged || running && age < RUNNING_NANOS)) {
			return last.failed();
		}
		List<Failed> failed = latest(history.recentOutcomes(LOOK_BACK));
		reading = new Reading(ended, System.nanoTime(), failed);
		return failed;
	}

	/** The same, from executions already read (newest first). */
	List<Failed> latest(List<Execution> executions) {
		Set<String> seen = new HashSet<>();
		List<Failed> failed = new ArrayList<>();
		for (Execution execution : executions) {
			// A department's report is named by its department (a trial's two failed ones were listed once).
			String unit = execution.parameters().getOrDefault(MonthlyReportJobConfiguration.UNIT,
					execution.parameters().getOrDefault(DepartmentReportJobConfiguration.DEPARTMENT_NAME,
							execution.parameters().get(DepartmentReportJobConfiguration.DEPARTMENT)));
			if (execution.running() || !seen.add(execution.job() + "\u0000" + unit)) {
				continue;
			}
			if (FAILED.equals(execution.status())) {
				failed.add(new Failed(execution.job(), unit, execution.parameters().get(MonthlyReportJobConfiguration.REPORT_MONTH),
						execution.end() != null ? execution.end() : execution.start(), explain(execution)));
			}
		}
		return failed;
	}

	/** Why an execution did not complete, in words a viewer may read. */
	FailureReason explain(Execution execution) {
		return FailureReason.of(execution.exitMessage(), folders(execution));
	}

	/** The folders a message may name: the configured ones and the run's own output folder. */
	private Map<Path, String> folders(Execution execution) {
		Map<Path, String> folders = new LinkedHashMap<>();
		folders.put(properties.outputDir(), FailureReason.OUTPUT_FOLDER);
		folders.put(properties.dataDir(), FailureReason.DATA_FOLDER);
		folders.put(properties.inputDir(), FailureReason.INPUT_FOLDER);
		String output = execution.parameters().get(MonthlyReportJobConfiguration.OUTPUT_DIR);
		if (output != null && !output.isBlank()) {
			folders.putIfAbsent(Path.of(output), FailureReason.OUTPUT_FOLDER);
		}
		return folders;
	}
}
