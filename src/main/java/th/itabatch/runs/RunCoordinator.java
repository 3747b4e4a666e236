package th.itabatch.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

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
import th.itabatch.ingest.IngestJobConfiguration;
import th.itabatch.inputs.InputRepository;
import th.itabatch.monthly.DepartmentReportBuilder;
import th.itabatch.monthly.DepartmentReportJobConfiguration;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.monthly.UnitData;
import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportRepository;
import th.itabatch.settings.RunsProperties;
import th.itabatch.validation.PlainReason;

/**
 * Does runs, one at a time: first the ingest job over the inputs waiting to be read, then one
 * monthly report job per unit ({@code ita.runs.report-threads} units at once), then one department
 * report job per department of the months reported. Job parameters identify a report by unit, month
 * and the inputs its data comes from (a department's by its units' standings), so asking twice for
 * the same report runs nothing the second time, and a run that was interrupted is restarted where it
 * stopped.
 */
@Component
public class RunCoordinator {

	private static final Logger log = LoggerFactory.getLogger(RunCoordinator.class);

	/** What asked for a run, recorded with it (not part of its identity). */
	public static final String TRIGGER = "trigger";

	/** An extra parameter that makes a report again whose files were deleted. */
	static final String REMADE = "remade";

	private final JobLaunches launches;

	private final Job ingestJob;

	private final Job reportJob;

	private final InputRepository inputs;

	private final UnitDataLoader units;

	private final ReportRepository reports;

	private final Job departmentJob;

	private final DepartmentReportBuilder departments;

	private final DepartmentRepository departmentReports;

	private final int reportThreads;

	RunCoordinator(JobLaunches launches, @Qualifier(IngestJobConfiguration.JOB_NAME) Job ingestJob,
			@Qualifier(MonthlyReportJobConfiguration.JOB_NAME) Job reportJob,
			@Qualifier(DepartmentReportJobConfiguration.JOB_NAME) Job departmentJob, InputRepository inputs,
			UnitDataLoader units, ReportRepository reports, DepartmentReportBuilder departments,
			DepartmentRepository departmentReports, RunsProperties properties) {
		this.reportThreads = properties.threads();
		this.departmentJob = departmentJob;
		this.departments = departments;
		this.departmentReports = departmentReports;
		this.launches = launches;
		this.ingestJob = ingestJob;
		this.reportJob = reportJob;
		this.inputs = inputs;
		this.units = units;
		this.reports = reports;
	}

	/**
	 * Where the run in progress stands.
	 *
	 * @param trigger what asked for the run
	 * @param unitsDone units reported so far
	 * @param unitsTotal units to report on (0 while inputs are being read)
	 * @param unit the unit whose report started last (others may be under way), or {@code null}
	 */
	public record Progress(RunTrigger trigger, int unitsDone, int unitsTotal, String unit) {
	}

	private final AtomicReference<Progress> progress = new AtomicReference<>();

	/**
	 * How many jobs have ended in this process (a unit's or a department's report, reading the
	 * inputs, a recovery): what a page's reading of the run history is keyed on.
	 */
	public long jobsEnded() {
		return launches.ended();
	}

	/** The run in progress, or {@code null}. */
	public Progress progress() {
		return progress.get();
	}

	public synchronized RunOutcome run(RunRequest request) throws Exception {
		progress.set(new Progress(request.trigger(), 0, 0, null));
		try {
			return doRun(request);
		}
		finally {
			progress.set(null);
		}
	}

	private RunOutcome doRun(RunRequest request) throws Exception {
		Path output = request.outputDir().toAbsolutePath().normalize();
		Files.createDirectories(output);
		BatchStatus ingestStatus = null;
		String ingestFailure = null;
		Optional<Long> pending = inputs.lastPendingId();
		if (pending.isPresent()) {
			JobExecution ingest = launches.launch(ingestJob, new JobParametersBuilder()
				.addLong(IngestJobConfiguration.UP_TO, pending.get())
				.addString(IngestJobConfiguration.OUTPUT_DIR, output.toString())
				.addString(TRIGGER, request.trigger().name(), false)
				.toJobParameters()).execution();
			ingestStatus = ingest.getStatus();
			ingestFailure = failure(ingest);
			if (ingestStatus != BatchStatus.COMPLETED) {
				return new RunOutcome(ingestStatus, ingestFailure, List.of(), List.of());
			}
		}
		// Distinct: a unit's report job runs on one thread only, never beside itself.
		List<String> targets = (request.units() != null ? request.units() : units.units(request.inputIds())).stream()
			.distinct()
			.toList();
		List<UnitRun> done = inParallel(targets, unit -> reportAlone(unit, request.month(), output, request.trigger()));
		List<DepartmentRun> departments = reportDepartments(done, request, output);
		// Said once the whole run is over, departments included: what follows the line is idle.
		List<UnitRun> failed = done.stream().filter(u -> u.status() != BatchStatus.COMPLETED).toList();
		if (failed.isEmpty()) {
			log.info("{} run: {} unit(s) reported, {} department report(s)", request.trigger(), done.size(),
					departments.size());
		}
		else {
			log.warn("{} run: {} unit(s) reported, {} failed: {}; {} department report(s)", request.trigger(),
					done.size() - failed.size(), failed.size(),
					failed.stream().map(u -> u.unit() + " (" + u.failure() + ")").toList(), departments.size());
		}
		return new RunOutcome(ingestStatus, ingestFailure, done, departments);
	}

	/**
	 * Does each unit's work on {@code ita.runs.report-threads} threads, each unit its own job instance
	 * (so it restarts and fails alone), and returns the results in the units' order. The units are
	 * handed out from one queue, so a slow unit holds up only its own thread.
	 */
	private List<UnitRun> inParallel(List<String> targets, Function<String, UnitRun> work) throws InterruptedException {
		RunTrigger trigger = progress.get().trigger();
		progress.set(new Progress(trigger, 0, targets.size(), null));
		int threads = Math.max(1, Math.min(reportThreads, targets.size()));
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads,
				task -> new Thread(task, "ita-report-" + threadNumber.incrementAndGet()));
		try {
			List<Future<UnitRun>> futures = new ArrayList<>();
			for (String unit : targets) {
				futures.add(pool.submit(() -> {
					// null once the run is over: a unit still going after its run ended (an Error) reports nothing.
					progress.updateAndGet(p -> p == null ? null : new Progress(p.trigger(), p.unitsDone(), p.unitsTotal(), unit));
					try {
						return work.apply(unit);
					}
					finally {
						progress.updateAndGet(
								p -> p == null ? null : new Progress(p.trigger(), p.unitsDone() + 1, p.unitsTotal(), p.unit()));
					}
				}));
			}
			List<UnitRun> done = new ArrayList<>();
			for (Future<UnitRun> future : futures) {
				try {
					done.add(future.get());
				}
				catch (ExecutionException ex) {
					// The work answers every exception of its own; what comes here (out of memory) ends the run.
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException("a unit's work ended abnormally", ex.getCause());
				}
			}
			return done;
		}
		finally {
			// An interrupted run leaves its units' jobs as a killed process would: the next run restarts them.
			pool.shutdownNow();
		}
	}

	/** One unit's report; whatever fails in it fails that unit alone, said in plain words. */
	private UnitRun reportAlone(String unit, Optional<YearMonth> requested, Path output, RunTrigger trigger) {
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
			.addString(MonthlyReportJobConfiguration.OUTPUT_DIR, output.toString())
			.addString(TRIGGER, trigger.name(), false)
			.toJobParameters();
		JobLaunches.Launch launch = launches.launch(reportJob, parameters);
		if (launch.alreadyDone() && !restoreReport(launch.execution().getJobInstanceId())) {
			// The same report was made, but its files are gone: make it again.
			launch = launches.launch(reportJob, new JobParametersBuilder(parameters)
				// A nonce that makes a new job instance, not a date: the system clock, not the application's.
				.addLong(REMADE, System.currentTimeMillis())
				.toJobParameters());
		}
		JobExecution execution = launch.execution();
		var report = reports.ofRun(execution.getJobInstanceId()).orElse(null);
		if (report != null && !launch.alreadyDone()) {
			log.info("รายงาน / report: {} ({}, {})", report.file(), unit, month);
		}
		return new UnitRun(unit, month, requested.isEmpty(), execution.getJobInstanceId(), execution.getStatus(),
				launch.alreadyDone(), report, failure(execution));
	}

	/**
	 * The department reports of the months the units were reported on, after them: each department
	 * its own job, identified by its units' standings, failing alone.
	 */
	private List<DepartmentRun> reportDepartments(List<UnitRun> done, RunRequest request, Path output) {
		List<YearMonth> months = done.stream().map(UnitRun::month).filter(java.util.Objects::nonNull).distinct().sorted().toList();
		if (months.isEmpty() && request.month().isPresent()) {
			months = List.of(request.month().get());
		}
		List<DepartmentRun> runs = new ArrayList<>();
		for (YearMonth month : months) {
			for (DepartmentReportBuilder.Planned planned : departments.plan(month)) {
				progress.set(new Progress(request.trigger(), done.size(), done.size(), planned.department().name()));
				runs.add(departmentAlone(planned, month, output, request.trigger()));
			}
		}
		List<DepartmentRun> failed = runs.stream().filter(d -> d.status() != BatchStatus.COMPLETED).toList();
		if (!failed.isEmpty()) {
			// The line above names only the count; which failed and why is said here.
			log.warn("{} run: {} department report(s) failed: {}", request.trigger(), failed.size(),
					failed.stream().map(d -> d.name() + " (" + d.failure() + ")").toList());
		}
		return runs;
	}

	private DepartmentRun departmentAlone(DepartmentReportBuilder.Planned planned, YearMonth month, Path output,
			RunTrigger trigger) {
		String code = planned.department().code();
		String name = planned.department().name();
		try {
			JobParameters parameters = new JobParametersBuilder()
				.addString(DepartmentReportJobConfiguration.DEPARTMENT, code)
				.addString(MonthlyReportJobConfiguration.REPORT_MONTH, month.toString())
				.addString(MonthlyReportJobConfiguration.INPUTS, planned.fingerprint())
				.addString(MonthlyReportJobConfiguration.OUTPUT_DIR, output.toString())
				.addString(TRIGGER, trigger.name(), false)
				.toJobParameters();
			JobLaunches.Launch launch = launches.launch(departmentJob, parameters);
			if (launch.alreadyDone() && !restore(departmentReports.ofRun(launch.execution().getJobInstanceId())
				.map(r -> departmentReports.documents(r.id())))) {
				launch = launches.launch(departmentJob, new JobParametersBuilder(parameters)
					.addLong(REMADE, System.currentTimeMillis())
					.toJobParameters());
			}
			JobExecution execution = launch.execution();
			var report = departmentReports.ofRun(execution.getJobInstanceId()).orElse(null);
			List<String> files = report == null ? List.of()
					: departmentReports.documents(report.id()).stream().map(ReportRepository.Document::file).toList();
			if (!files.isEmpty() && !launch.alreadyDone()) {
				log.info("รายงานหน่วยงานในสังกัด / department report: {} ({}, {})", files.get(0), name, month);
			}
			return new DepartmentRun(code, name, month, execution.getJobInstanceId(), execution.getStatus(),
					launch.alreadyDone(), report, files, failure(execution));
		}
		catch (Exception ex) {
			log.warn("Department report of {} could not be made", name, ex);
			return new DepartmentRun(code, name, month, -1, BatchStatus.FAILED, false, null, List.of(), PlainReason.of(ex));
		}
	}

	/** True when the documents of an earlier run are in the output folder, restored from their history copies if need be. */
	private boolean restoreReport(long jobInstanceId) throws java.io.IOException {
		return restore(reports.ofRun(jobInstanceId).map(r -> reports.documents(r.id())));
	}

	private static boolean restore(Optional<List<ReportRepository.Document>> documents) throws java.io.IOException {
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

	/** Restarts the runs a process left unfinished when it died (a crash, {@code kill -9}). */
	public synchronized void recoverInterrupted() throws Exception {
		launches.recover(ingestJob);
		launches.recover(reportJob);
		launches.recover(departmentJob);
	}

	/** Why an execution failed, in plain words (no class names, no server paths), or null. */
	private static String failure(JobExecution execution) {
		return execution.getAllFailureExceptions()
			.stream()
			.map(PlainReason::of)
			.distinct()
			.reduce((a, b) -> a + "; " + b)
			.orElse(null);
	}
}
