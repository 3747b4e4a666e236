package th.itabatch.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.cluster.ClusterProperties;
import th.itabatch.cluster.Instances;
import th.itabatch.cluster.RunLease;
import th.itabatch.files.AtomicFiles;
import th.itabatch.ingest.IngestJobConfiguration;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.monthly.DepartmentReportJobConfiguration;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportRepository;
import th.itabatch.units.UnitsKind;
import th.itabatch.validation.PlainReason;
import th.itabatch.validation.StatedFailure;

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

	/** An extra parameter that reads again inputs queued again up to an id read before (see {@link #ingest}). */
	static final String READ_AGAIN = "inputs.readAgain";

	/** How many readings up to one id a run tries before it takes the last as done. */
	private static final int MAX_READINGS_AGAIN = 1000;

	private final JobLaunches launches;

	private final Job ingestJob;

	private final Job reportJob;

	private final InputRepository inputs;

	private final UnitDataLoader units;

	private final ReportRepository reports;

	private final Job departmentJob;

	private final DepartmentReporter departmentReporter;

	private final DepartmentRepository departmentReports;

	private final RunLease lease;

	private final PdfCopies pdfs;

	private final UnitQueue queue;

	private final UnitWorkers workers;

	private final Instances instances;

	private final ClusterProperties cluster;

	private final Clock clock;

	/**
	 * Until when the reports made are counted in a run's line (the last line's time, or the start): a
	 * report found made that was made since is this run's, not "unchanged since its report". A restart's
	 * report threads finish the killed run's queue before the catch-up run: it said "38 reported, 22
	 * unchanged" where it had made 40 (a crash trial).
	 */
	private volatile LocalDateTime countedUntil;

	/** How many failed units the run's closing line tells with their reasons. */
	private static final int FAILURES_TOLD = 10;

	/** How often the run looks at its units' progress in the database. */
	private static final long POLL_MILLIS = 50;

	RunCoordinator(JobLaunches launches, @Qualifier(IngestJobConfiguration.JOB_NAME) Job ingestJob,
			@Qualifier(MonthlyReportJobConfiguration.JOB_NAME) Job reportJob,
			@Qualifier(DepartmentReportJobConfiguration.JOB_NAME) Job departmentJob, InputRepository inputs,
			UnitDataLoader units, ReportRepository reports, DepartmentReporter departmentReporter,
			DepartmentRepository departmentReports, RunLease lease, UnitQueue queue, UnitWorkers workers,
			Instances instances, ClusterProperties cluster, PdfCopies pdfs, Clock clock) {
		this.clock = clock;
		this.countedUntil = LocalDateTime.now(clock);
		this.pdfs = pdfs;
		this.lease = lease;
		this.queue = queue;
		this.workers = workers;
		this.instances = instances;
		this.cluster = cluster;
		this.departmentJob = departmentJob;
		this.departmentReporter = departmentReporter;
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
	 * How this instance's last "run now" ended: its units, those reported and those unchanged since
	 * their report (which leave no job on the runs page: a trial's run of five unchanged units left no
	 * trace of itself).
	 *
	 * @param ended when it ended
	 * @param units its units
	 * @param reported those reported anew
	 * @param unchanged those whose data had not changed since their report
	 * @param failed those whose report failed
	 */
	public record ManualOutcome(LocalDateTime ended, int units, long reported, long unchanged, long failed) {
	}

	private final AtomicReference<ManualOutcome> lastManual = new AtomicReference<>();

	/** How this instance's last "run now" ended, or null when it has had none. */
	public ManualOutcome lastManual() {
		return lastManual.get();
	}

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

	/**
	 * Does the run, once no other run goes on in any instance on the database: it holds the run
	 * lease, so the job executions still marked as running were left by an instance that died, and
	 * they are finished first.
	 */
	public RunOutcome run(RunRequest request) throws Exception {
		return lease.exclusively(request.trigger() + " run", () -> {
			progress.set(new Progress(request.trigger(), 0, 0, null));
			try {
				recoverLeftRunning();
				return doRun(request);
			}
			finally {
				progress.set(null);
			}
		});
	}

	/**
	 * Reads the inputs waiting, up to the highest id. An input rejected and queued again (its plan may
	 * have come since) keeps its id: where no newer input waits, an ingest up to that id completed
	 * before, and the same parameters found it done with the input still waiting (a trial: "waiting"
	 * for eight minutes, until another file came). Each such reading is a new instance; a failed one
	 * is still restarted with its own parameters.
	 */
	private JobExecution ingest(long upTo, Path output, RunTrigger trigger) throws Exception {
		JobLaunches.Launch launch = null;
		for (long again = 0; again <= MAX_READINGS_AGAIN && (launch == null || launch.alreadyDone()); again++) {
			JobParametersBuilder parameters = new JobParametersBuilder().addLong(IngestJobConfiguration.UP_TO, upTo)
				.addString(IngestJobConfiguration.OUTPUT_DIR, output.toString())
				.addString(TRIGGER, trigger.name(), false);
			if (again > 0) {
				parameters.addLong(READ_AGAIN, again);
			}
			launch = launches.launch(ingestJob, parameters.toJobParameters());
		}
		return launch.execution();
	}

	private RunOutcome doRun(RunRequest request) throws Exception {
		Path output = request.outputDir().toAbsolutePath().normalize();
		usableOutput(output);
		removeLeftovers(output);
		BatchStatus ingestStatus = null;
		String ingestFailure = null;
		boolean registerRead = false;
		boolean refused = false;
		List<Long> refusedIds = List.of();
		List<Long> readAgain = List.of();
		Optional<Long> pending = inputs.lastPendingId();
		if (pending.isPresent()) {
			JobExecution ingest = ingest(pending.get(), output, request.trigger());
			ingestStatus = ingest.getStatus();
			ingestFailure = UnitReporter.failure(ingest);
			List<StoredInput> read = inputs.readBy(ingest.getJobInstance().getInstanceId());
			registerRead = read.stream()
				.anyMatch(input -> input.status() == InputStatus.USED && input.hasKind(UnitsKind.NAME));
			// With a register, inputs of earlier runs may have been read again against it: their units too.
			readAgain = registerRead ? read.stream().map(StoredInput::id).toList() : List.of();
			refusedIds = read.stream().filter(input -> input.status() == InputStatus.REJECTED).map(StoredInput::id).toList();
			refused = !refusedIds.isEmpty();
			if (ingestStatus != BatchStatus.COMPLETED) {
				return new RunOutcome(ingestStatus, ingestFailure, List.of(), List.of());
			}
		}
		// Distinct: a unit's report job runs on one thread only, never beside itself.
		List<Long> arrived = request.inputIds();
		if (arrived != null && !readAgain.isEmpty()) {
			arrived = Stream.concat(arrived.stream(), readAgain.stream()).distinct().toList();
		}
		List<String> named = request.units() != null ? request.units() : units.units(arrived);
		if (request.units() == null && arrived != null && refused) {
			// A refused workbook's units with data: their reports give its errors first, to mend (a trial's
			// run found the unit's report unchanged, and neither it nor the unit's page said a word of it).
			Set<String> withData = new HashSet<>(units.units(null));
			named = Stream.concat(named.stream(), inputs.unitsOfRefused(refusedIds).stream().filter(withData::contains))
				.toList();
		}
		List<String> targets = withUnitsNotYetReported(request, named.stream().distinct().toList());
		List<UnitRun> done = reportUnits(targets, request, output);
		// A refused workbook changes what its departments say of its unit ("sent a workbook with errors",
		// not "sent nothing"): their reports are looked at again as for a register (a trial's page said one,
		// its report to download the other).
		List<DepartmentRun> departments = departmentReporter.report(done, request, output, registerRead || refused,
				name -> progress.set(new Progress(request.trigger(), done.size(), done.size(), name)));
		writePdfs(done, departments, request.trigger());
		// Said once the whole run is over, departments included: what follows the line is idle.
		List<UnitRun> failed = done.stream().filter(u -> u.status() != BatchStatus.COMPLETED).toList();
		LocalDateTime since = countedUntil;
		countedUntil = LocalDateTime.now(clock);
		Predicate<UnitRun> unchangedUnit = u -> unchangedSince(since, u.alreadyDone(),
				u.report() == null ? null : u.report().createdAt());
		if (request.trigger() == RunTrigger.MANUAL) {
			long alreadyDone = done.stream().filter(unchangedUnit).count();
			lastManual.set(new ManualOutcome(LocalDateTime.now(), done.size(),
					done.size() - alreadyDone - failed.size(), alreadyDone, failed.size()));
		}
		if (done.isEmpty() && departments.isEmpty()) {
			// A first start on an empty folder said "RECOVERY run: 0 unit(s): 0 reported, 0 unchanged …".
			log.info("{} run: no unit's data to report", request.trigger());
		}
		else if (failed.isEmpty()) {
			// Those whose data had not changed since their report are counted apart: a restart's recovery
			// run said "8 unit(s) reported" where it had made no report (a trial).
			long unchanged = done.stream().filter(unchangedUnit).count();
			long departmentsUnchanged = departments.stream()
				.filter(d -> unchangedSince(since, d.alreadyDone(), d.report() == null ? null : d.report().createdAt()))
				.count();
			log.info("{} run: {} unit(s): {} reported, {} unchanged since their report; {} department report(s), {} unchanged",
					request.trigger(), done.size(), done.size() - unchanged, unchanged,
					departments.size() - departmentsUnchanged, departmentsUnchanged);
		}
		else {
			// The first few with their reasons (a unit reported by another instance is said in that one's log):
			// a template every unit failed on made one line of a thousand reasons.
			String more = failed.size() > FAILURES_TOLD ? " and " + (failed.size() - FAILURES_TOLD) + " more" : "";
			log.warn("{} run: {} unit(s) reported, {} failed: {}{}; {} department report(s)", request.trigger(),
					done.size() - failed.size(), failed.size(),
					failed.stream().limit(FAILURES_TOLD).map(u -> u.unit() + " (" + u.failure() + ")").toList(), more,
					departments.size());
		}
		return new RunOutcome(ingestStatus, ingestFailure, done, departments);
	}

	/**
	 * Makes the output folder where it is missing, or says in one line why it cannot be written: an
	 * output folder the service's user could not write was found at the first run as 63 lines of trace
	 * ending in "(…/history)".
	 */
	private static void usableOutput(Path output) throws StatedFailure {
		try {
			Files.createDirectories(output);
			if (!Files.isWritable(output)) {
				throw new java.nio.file.AccessDeniedException(output.toString());
			}
		}
		catch (IOException ex) {
			throw new StatedFailure("เขียนโฟลเดอร์รายงาน " + output + " ไม่ได้ ให้ตรวจ ita.output-dir (หรือ --output) และสิทธิ์ของผู้ใช้ที่รันบริการ"
					+ " / the output folder " + output + " cannot be made or written (" + PlainReason.of(ex)
					+ "): check ita.output-dir (or --output), and that the user running ITA Batch may write it");
		}
	}

	/** Found made by its launch, and made before {@code since} (when the last run's line was said). */
	private static boolean unchangedSince(LocalDateTime since, boolean alreadyDone, LocalDateTime made) {
		return alreadyDone && (made == null || !made.isAfter(since));
	}

	/** A half-written file a killed process left in the output folder or its history goes at the next run. */
	private static void removeLeftovers(Path output) {
		try {
			int removed = AtomicFiles.removeLeftoversBelow(output, LEFTOVER_AGE);
			if (removed > 0) {
				log.info("{} half-written file(s) a stopped process left in {} removed", removed, output);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not look for half-written files left in {}: {}", output, ex.getMessage());
		}
	}

	/** How old a temporary file must be to be taken for a killed process's: no write takes that long. */
	static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

	/**
	 * An arrival's units, and every other unit with data that has no report yet for the month they are
	 * reported on: files dropped one by one moved an earlier year's month from July (the round's end) to
	 * June (its progress), and June's department report then had only the units whose files came last,
	 * the others "no report" (a trial). With a month asked for, the units whose data are of its fiscal
	 * year: a trial's monthly one-shot runs, each on that month's files alone, made May's department
	 * report of the two units that sent progress, the three whose scores were stored "no report". Units
	 * named are the run's alone.
	 */
	private List<String> withUnitsNotYetReported(RunRequest request, List<String> targets) {
		if (request.units() != null || request.inputIds() == null || targets.isEmpty()) {
			return targets;
		}
		List<String> all = units.units(null);
		Map<String, YearMonth> months = units.chooseMonths(all);
		Set<String> result = new LinkedHashSet<>(targets);
		if (request.month().isPresent()) {
			YearMonth month = request.month().get();
			int fiscalYear = FiscalCalendar.fiscalYear(month);
			Set<String> reported = reports.unitsReported(month);
			all.stream()
				.filter(u -> months.get(u) != null && FiscalCalendar.fiscalYear(months.get(u)) == fiscalYear
						&& !reported.contains(u))
				.forEach(result::add);
		}
		else {
			targets.stream().map(months::get).filter(Objects::nonNull).distinct().forEach(month -> {
				Set<String> reported = reports.unitsReported(month);
				all.stream().filter(u -> month.equals(months.get(u)) && !reported.contains(u)).forEach(result::add);
			});
		}
		if (result.size() > targets.size()) {
			log.info("{} unit(s) with data but no report yet for the run's month are reported with it",
					result.size() - targets.size());
		}
		return List.copyOf(result);
	}

	/**
	 * Has the units reported by the report threads of every instance on the database: each unit is
	 * put in the run's queue, taken by one thread of one instance, reported as its own job instance
	 * (so it restarts and fails alone) and its outcome written back. A unit taken by an instance
	 * that died (no heartbeat for a lease) is put back for another. Returns the outcomes in the
	 * units' order; interrupted (stopping), the units left in the queue are the next run's.
	 */
	private List<UnitRun> reportUnits(List<String> targets, RunRequest request, Path output) throws InterruptedException {
		RunTrigger trigger = request.trigger();
		progress.set(new Progress(trigger, 0, targets.size(), null));
		if (targets.isEmpty()) {
			return List.of();
		}
		String runKey = UUID.randomUUID().toString();
		// One month for a fiscal year's units: a department's units reported on different months made two half reports.
		Map<String, YearMonth> months = request.month().isPresent() ? Map.of() : units.chooseMonths(targets);
		queue.enqueue(runKey, cluster.instanceId(), targets, unit -> request.month().orElse(months.get(unit)), output,
				trigger);
		workers.wake();
		long nextLook = System.nanoTime();
		while (true) {
			if (lease.lost()) {
				// Another instance holds the runs now (it clears this run's waiting units first): this one
				// stops rather than coordinate units beside it. A unit not reported is a later run's to report.
				throw new IllegalStateException("The run lease was lost to another instance; this run stops, "
						+ "and the units it had not reported are left to a later run");
			}
			int done = queue.doneCount(runKey);
			progress.updateAndGet(p -> p == null ? null : new Progress(p.trigger(), done, targets.size(), p.unit()));
			if (done >= targets.size()) {
				break;
			}
			if (System.nanoTime() - nextLook >= 0) {
				nextLook = System.nanoTime() + cluster.heartbeat().toNanos();
				Set<String> alive = instances.alive();
				List<String> gone = queue.takers(runKey).stream().filter(t -> !alive.contains(t)).toList();
				if (!gone.isEmpty()) {
					log.warn("{} unit(s) taken by {}, which stopped, are reported by another instance",
							queue.putBack(runKey, gone), gone);
					workers.wake();
				}
			}
			Thread.sleep(POLL_MILLIS);
		}
		List<UnitRun> done = new ArrayList<>();
		for (UnitQueue.Outcome o : queue.outcomes(runKey)) {
			done.add(new UnitRun(o.unit(), o.month(), request.month().isEmpty(), o.jobInstanceId(), o.status(),
					o.alreadyDone(), o.jobInstanceId() < 0 ? null : reports.ofRun(o.jobInstanceId()).orElse(null),
					o.failure()));
		}
		queue.forget(runKey);
		return done;
	}

	/**
	 * The PDFs of the documents this run made, and, in a recovery or command run, of those made before
	 * that lack theirs; by one LibreOffice process.
	 */
	private void writePdfs(List<UnitRun> units, List<DepartmentRun> departments, RunTrigger trigger) {
		if (!pdfs.available()) {
			return;
		}
		List<PdfCopies.Document> documents = new ArrayList<>();
		// A report made before (unchanged since) has its PDF made where it has none: a run killed after
		// its documents and before their PDFs left them without, and the runs after found the reports
		// made (a trial: 266 of 300 units without PDFs for good). By the runs that follow a stop, the
		// recovery run and the command run again, not every run: a document LibreOffice cannot convert
		// would be tried again at every arrival (a review). And by "run now", which is what a user does on
		// finding one missing (a trial's unit kept none after two instances were killed, "unchanged").
		boolean mendPdfs = trigger == RunTrigger.RECOVERY || trigger == RunTrigger.COMMAND || trigger == RunTrigger.MANUAL;
		Set<Long> madeBefore = units.stream()
			.filter(u -> u.report() != null && u.alreadyDone())
			.map(u -> u.report().id())
			.collect(Collectors.toSet());
		// The units' documents in one query: a thousand units' run asked for them one report at a time.
		reports.documents(units.stream().filter(u -> u.report() != null).map(UnitRun::report).toList())
			.forEach((id, list) -> list.stream()
				.map(d -> new PdfCopies.Document(Path.of(d.historyFile()), Path.of(d.file())))
				.filter(d -> !madeBefore.contains(id) || mendPdfs && withoutPdf(d))
				.forEach(documents::add));
		for (DepartmentRun department : departments) {
			if (department.report() != null) {
				departmentReports.documents(department.report().id())
					.stream()
					.map(d -> new PdfCopies.Document(Path.of(d.historyFile()), Path.of(d.file())))
					.filter(d -> !department.alreadyDone() || mendPdfs && withoutPdf(d))
					.forEach(documents::add);
			}
		}
		if (!documents.isEmpty()) {
			progress.updateAndGet(p -> p == null ? null : new Progress(p.trigger(), p.unitsDone(), p.unitsTotal(), "PDF"));
			log.info("PDF: {} of {} document(s) written", pdfs.write(documents), documents.size());
		}
	}

	/** Whether either copy of a document lacks its PDF. */
	private static boolean withoutPdf(PdfCopies.Document document) {
		return !Files.isRegularFile(PdfCopies.pdfOf(document.made())) || !Files.isRegularFile(PdfCopies.pdfOf(document.latest()));
	}

	/**
	 * Restarts the runs that instances left unfinished when they died (a crash, {@code kill -9}),
	 * if no run goes on anywhere now (then there are none to restart: the next run does it).
	 *
	 * @return whether there were any
	 */
	public boolean recoverInterrupted() throws Exception {
		return lease.ifFree(this::recoverLeftRunning).orElse(false);
	}

	/**
	 * Whether a job is marked as running while no run goes on anywhere: one that an instance left
	 * when it died (or, for a while, a unit that the instances alive still report for such a run).
	 */
	public boolean interruptedRunsLeft() throws Exception {
		return lease.ifFree(() -> launches.anyRunning(ingestJob, reportJob, departmentJob)).orElse(false);
	}

	/**
	 * Only while holding the lease: the units that instances alive now still report for a run
	 * whose starting instance died are let finish; then no job marked as running is live, and
	 * each is restarted.
	 */
	private boolean recoverLeftRunning() throws Exception {
		while (queue.clearEarlierRuns(instances.alive()) > 0) {
			Thread.sleep(POLL_MILLIS);
		}
		boolean any = !launches.recover(ingestJob).isEmpty();
		any |= !launches.recover(reportJob).isEmpty();
		return !launches.recover(departmentJob).isEmpty() || any;
	}


}
