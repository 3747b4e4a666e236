package th.itabatch.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.files.AtomicFiles;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.monthly.UnitData;
import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.report.ReportRepository;
import th.itabatch.validation.PlainReason;

/**
 * Reports one unit: its own report job instance, identified by unit, month and the inputs its
 * data comes from, launched once (restarted where a dead process left it). Whichever instance takes
 * the unit from the run's queue does this.
 */
@Component
class UnitReporter {

	private static final Logger log = LoggerFactory.getLogger(UnitReporter.class);

	private final JobLaunches launches;

	private final Job reportJob;

	private final UnitDataLoader units;

	private final ReportRepository reports;

	UnitReporter(JobLaunches launches, @Qualifier(MonthlyReportJobConfiguration.JOB_NAME) Job reportJob,
			UnitDataLoader units, ReportRepository reports) {
		this.launches = launches;
		this.reportJob = reportJob;
		this.units = units;
		this.reports = reports;
	}

	/** One unit's report; whatever fails in it fails that unit alone, said in plain words. */
	UnitRun reportAlone(String unit, Optional<YearMonth> requested, Path output, RunTrigger trigger) {
		try {
			return report(unit, requested, output, trigger);
		}
		catch (Exception ex) {
			log.warn("Report of {} could not be made", unit, ex);
			return new UnitRun(unit, requested.orElse(null), requested.isEmpty(), -1, BatchStatus.FAILED, false, null,
					PlainReason.of(ex));
		}
	}

	private UnitRun report(String unit, Optional<YearMonth> requested, Path output, RunTrigger trigger) throws Exception {
		YearMonth month = requested.orElseGet(() -> units.chooseMonth(unit));
		UnitData data = units.load(unit, FiscalCalendar.fiscalYear(month));
		JobParameters parameters = new JobParametersBuilder()
			.addString(MonthlyReportJobConfiguration.UNIT, unit)
			.addString(MonthlyReportJobConfiguration.REPORT_MONTH, month.toString())
			.addString(MonthlyReportJobConfiguration.INPUTS, data.fingerprint())
			// Inputs read again keep their ids, not their rows: a register dropped after the data re-filed
			// "กผ."'s rows under กองแผนงาน, whose report from the same ids was taken for made (a trial).
			.addLong(MonthlyReportJobConfiguration.READING, data.lastReading())
			.addString(MonthlyReportJobConfiguration.OUTPUT_DIR, output.toString())
			.addString(RunCoordinator.TRIGGER, trigger.name(), false)
			.toJobParameters();
		JobLaunches.Launch launch = launches.launch(reportJob, parameters);
		if (launch.alreadyDone() && !restoreReport(launch.execution().getJobInstanceId())) {
			// The same report was made, but its files are gone: make it again.
			launch = launches.launch(reportJob, new JobParametersBuilder(parameters)
				// A nonce that makes a new job instance, not a date: the system clock, not the application's.
				.addLong(RunCoordinator.REMADE, System.currentTimeMillis())
				.toJobParameters());
		}
		JobExecution execution = launch.execution();
		var report = reports.ofRun(execution.getJobInstanceId()).orElse(null);
		if (report != null && !launch.alreadyDone()) {
			log.info("รายงาน / report: {} ({}, {})", report.file(), unit, month);
		}
		String failure = failure(execution);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// The unit's line, where its report would have been said: a stated failure leaves no trace besides it.
			log.warn("ไม่ได้จัดทำรายงาน / report not made: {} ({}): {}", unit, month,
					failure != null ? failure : execution.getStatus());
		}
		return new UnitRun(unit, month, requested.isEmpty(), execution.getJobInstanceId(), execution.getStatus(),
				launch.alreadyDone(), report, failure);
	}

	/** True when the documents of an earlier run are in the output folder, restored from their history copies if need be. */
	private boolean restoreReport(long jobInstanceId) throws java.io.IOException {
		return restore(reports.ofRun(jobInstanceId).map(reports::documents));
	}

	static boolean restore(Optional<List<ReportRepository.Document>> documents) throws java.io.IOException {
		if (documents.isEmpty()) {
			return false;
		}
		for (ReportRepository.Document document : documents.get()) {
			Path latest = Path.of(document.file());
			Path history = Path.of(document.historyFile());
			if (Files.isRegularFile(latest)) {
				continue;
			}
			if (!Files.isRegularFile(history)) {
				return false;
			}
			AtomicFiles.write(latest, out -> Files.copy(history, out));
		}
		return true;
	}

	/** Why an execution failed, in plain words (no class names, no server paths), or null. */
	static String failure(JobExecution execution) {
		return execution.getAllFailureExceptions()
			.stream()
			.map(PlainReason::of)
			.distinct()
			.reduce((a, b) -> a + "; " + b)
			.orElse(null);
	}
}
