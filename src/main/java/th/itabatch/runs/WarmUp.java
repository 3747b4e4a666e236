package th.itabatch.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.files.TaskThreads;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportTemplate;
import th.itabatch.report.ReportTemplateModel;
import th.itabatch.report.ReportTemplates;
import th.itabatch.report.ThaiFormat;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.settings.RunsProperties;
import th.itabatch.tables.TableKinds;
import th.itabatch.tables.UnitNames;
import th.itabatch.tables.WorkbookContent;
import th.itabatch.tables.WorkbookContentReader;
import th.itabatch.validation.MessageLog;
import th.itabatch.validation.PlainReason;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.WorkbookLimits;

/**
 * Once the service has started, reads a made-up unit's workbooks and fills its unit templates for
 * it (on one thread, into nothing) until the JIT compilers are done with that code, at most
 * {@code ita.runs.warm-up-fills} times, so that the JVM has compiled the workbook and document code
 * before the first real run: a first run otherwise goes at the speed of code not yet compiled while
 * the compiler takes one of the cores (docs/benchmarks.md). The fills store and write nothing; the
 * {@link WarmUpStep}s after them (a run rehearsed in an application and database of its own) keep
 * nothing of the service's. A run coming meanwhile ends it, and a failure is logged and ends only
 * the warm-up.
 */
@Component
public class WarmUp {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	/** Fills between two looks at the compilers: some 1 s with the optimising compiler, 1.5 s without. */
	static final int WINDOW = 25;

	/**
	 * The compilers' share of a window's time below which they are taken to be done: with the
	 * optimising compiler never within 600 fills (its share 80 % at 100 fills, 11 % at 450, 8–10 %
	 * at 550–600), with the quick compiler alone ({@code mvn spring-boot:run}) after some 175 instead
	 * of 600 (docs/benchmarks.md, the nineteenth pass).
	 */
	static final double COMPILERS_IDLE = 0.05;

	/** The made-up unit's workbooks, in the application's resources under {@code /warm-up/}. */
	static final List<String> WORKBOOKS = List.of("scores.xlsx", "plan.xlsx");

	private final TableKinds kinds;

	private final MonthlyReportAssembler assembler;

	private final List<ReportTemplate> templates;

	private final ThaiFormat format;

	private final int fills;

	/** Whether this instance has started work of its own: the warm-up then gives way to it. */
	private final BooleanSupplier working;

	/** The JIT compilers' time so far in milliseconds, or -1 where the JVM does not say. */
	private final LongSupplier compilerMillis;

	/** What the warm-up does after its fills (a rehearsed run): none in the tests' own warm-ups. */
	private final List<WarmUpStep> steps;

	private final CompletableFuture<Result> done = new CompletableFuture<>();

	private ExecutorService thread;

	/** Set when the application stops: the fills may swallow the thread's interrupt. */
	private volatile boolean stopping;

	@Autowired
	WarmUp(TableKinds kinds, Catalog catalog, ReportProperties report, ReportTemplates templates, RunsProperties runs,
			JobLaunches launches, List<WarmUpStep> steps) {
		this(kinds, catalog, report, templates, runs, workStarted(launches), compilerMillis(), steps);
	}

	/**
	 * Whether this process has started a job (read inputs, made a report, finished an interrupted one)
	 * since now: a start's catch-up run that finds every report made starts none.
	 */
	static BooleanSupplier workStarted(JobLaunches launches) {
		long before = launches.started();
		return () -> launches.started() != before;
	}

	WarmUp(TableKinds kinds, Catalog catalog, ReportProperties report, ReportTemplates templates, RunsProperties runs,
			BooleanSupplier working, LongSupplier compilerMillis) {
		this(kinds, catalog, report, templates, runs, working, compilerMillis, List.of());
	}

	WarmUp(TableKinds kinds, Catalog catalog, ReportProperties report, ReportTemplates templates, RunsProperties runs,
			BooleanSupplier working, LongSupplier compilerMillis, List<WarmUpStep> steps) {
		this.steps = List.copyOf(steps);
		this.kinds = kinds;
		this.working = working;
		this.compilerMillis = compilerMillis;
		this.assembler = new MonthlyReportAssembler(catalog, report);
		this.templates = templates.of(ReportTemplates.UNIT_MONTH);
		this.format = new ThaiFormat(report.thaiDigits());
		this.fills = runs.warmUpFills();
	}

	/**
	 * What a warm-up did.
	 *
	 * @param fills the made-up unit's reports made
	 * @param scores the scores read from its workbooks at each fill
	 * @param activities the plan's activities read at each fill
	 * @param bytes the bytes of the last fill's documents
	 * @param seconds how long it took
	 */
	public record Result(int fills, int scores, int activities, long bytes, double seconds) {
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (stopping) {
			return;
		}
		if (fills <= 0) {
			done.complete(new Result(0, 0, 0, 0, 0));
			return;
		}
		thread = TaskThreads.pool("ita-warm-up", 1);
		thread.execute(this::warm);
		// Its one thread ends with the warm-up.
		thread.shutdown();
	}

	@PreDestroy
	synchronized void stop() {
		stopping = true;
		if (thread != null) {
			TaskThreads.stop(thread);
		}
		done.cancel(false);
	}

	/**
	 * Waits for the warm-up to end; what it did (fewer fills where it gave way to a run), or empty
	 * where it failed or was stopped (the reason in the log).
	 */
	public Optional<Result> awaitDone(Duration wait) throws InterruptedException, TimeoutException {
		try {
			return Optional.ofNullable(done.get(wait.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (ExecutionException | CancellationException ex) {
			return Optional.empty();
		}
	}

	private void warm() {
		long start = System.nanoTime();
		long windowStart = start;
		long windowCompiler = compilerMillis.getAsLong();
		try {
			// Read from the application once: each fill reads them from memory, as the ingest does a file's bytes.
			Map<String, byte[]> workbooks = new LinkedHashMap<>();
			for (String name : WORKBOOKS) {
				workbooks.put(name, resource(name));
			}
			Result result = null;
			boolean compiled = false;
			for (int i = 1; i <= fills && !stopping && !Thread.currentThread().isInterrupted(); i++) {
				if (working.getAsBoolean()) {
					// Real work warms the JVM as well, and a division's first run on arrival (the shipped
					// example's) would otherwise share the cores with this one.
					Result gaveWay = result == null ? new Result(0, 0, 0, 0, (System.nanoTime() - start) / 1e9) : result;
					log.info("The warm-up gave way to a run after {} of {} fills", gaveWay.fills(), fills);
					done.complete(gaveWay);
					return;
				}
				result = fillOnce(workbooks, i, start);
				if (i % WINDOW == 0) {
					long now = System.nanoTime();
					long compiler = compilerMillis.getAsLong();
					if (windowCompiler >= 0) {
						log.debug("Warm-up fill {}: the compilers took {} ms of the last {} ms", i, compiler - windowCompiler,
								(now - windowStart) / 1_000_000);
					}
					if (windowCompiler >= 0 && compiler - windowCompiler < COMPILERS_IDLE * (now - windowStart) / 1e6) {
						// More fills would only repeat compiled code.
						compiled = true;
						break;
					}
					windowStart = now;
					windowCompiler = compiler;
				}
			}
			if (result == null || (result.fills() < fills && !compiled)) {
				// Stopped with the application, which has already cancelled the wait.
				log.info("The warm-up was stopped after {} of {} fills", result == null ? 0 : result.fills(), fills);
				return;
			}
			log.info("Warmed up in {} s: a made-up unit's documents made {} times{}", String.format("%.1f", result.seconds()),
					result.fills(), compiled ? ", the compilers done with them" : "");
			takeSteps();
			done.complete(new Result(result.fills(), result.scores(), result.activities(), result.bytes(),
					(System.nanoTime() - start) / 1e9));
		}
		catch (Exception | Error ex) {
			// The service runs without it, only its first run the slower.
			log.warn("The warm-up stopped: {}", PlainReason.of(ex));
			done.completeExceptionally(ex);
		}
	}

	/**
	 * The steps after the fills, each until a run comes or the application stops: a step that fails
	 * is logged and the next one taken (the service runs without them, only its first run the slower).
	 */
	private void takeSteps() {
		BooleanSupplier giveWay = () -> stopping || Thread.currentThread().isInterrupted() || working.getAsBoolean();
		for (WarmUpStep step : steps) {
			if (giveWay.getAsBoolean()) {
				log.info("The warm-up gave way to a run before its last steps");
				return;
			}
			try {
				step.warm(giveWay);
			}
			catch (Exception ex) {
				if (stopping || Thread.currentThread().isInterrupted()) {
					// The application stopping interrupted it ("sleep interrupted"): no failure of the step's.
					log.info("The warm-up was stopped during its last steps");
					return;
				}
				log.warn("A warm-up step stopped: {}", PlainReason.of(ex));
			}
		}
	}

	/** Reads the made-up unit's workbooks, makes its report and fills every unit template with it. */
	private Result fillOnce(Map<String, byte[]> workbooks, int fill, long start) throws IOException {
		WorkbookContentReader reader = kinds.reader(InputDefaults.none(), WorkbookLimits.DEFAULTS, UnitNames.NONE);
		List<ScoreEntry> scores = new ArrayList<>();
		ActionPlan plan = null;
		List<ProgressEntry> reported = new ArrayList<>();
		for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
			WorkbookContent content = reader.read(workbook.getKey(), workbook.getValue());
			if (content.hasErrors()) {
				throw new IllegalStateException("a warm-up workbook was not read: " + content.messages());
			}
			scores.addAll(content.rows(ScoreEntry.class));
			plan = content.rows(ActionPlan.class).stream().findFirst().orElse(plan);
			reported.addAll(content.rows(ProgressEntry.class));
		}
		if (scores.isEmpty() || plan == null) {
			throw new IllegalStateException("the warm-up workbooks hold no scores or no plan");
		}
		MessageLog warnings = new MessageLog(plan.unit());
		List<ProgressEntry> progress = ProgressMatcher.match(plan, reported, warnings);
		YearMonth month = progress.stream().map(ProgressEntry::month).max(YearMonth::compareTo).orElse(plan.periodStart());
		MonthlyReport report = assembler.assemble(plan.unit(), month, scores, plan, progress, warnings.messages());
		Map<String, Object> variables = ReportTemplateModel.of(report, format, LocalDateTime.of(month.plusMonths(1).atDay(1),
				LocalTime.of(8, 30)));
		CountingStream out = new CountingStream();
		for (ReportTemplate template : templates) {
			template.fill(variables, out);
		}
		return new Result(fill, scores.size(), plan.activities().size(), out.count, (System.nanoTime() - start) / 1e9);
	}

	/** What the JVM's compilers have taken so far; -1 where it does not measure it. */
	private static LongSupplier compilerMillis() {
		CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
		if (compilers == null || !compilers.isCompilationTimeMonitoringSupported()) {
			return () -> -1;
		}
		return compilers::getTotalCompilationTime;
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = WarmUp.class.getResourceAsStream("/warm-up/" + name)) {
			if (in == null) {
				throw new IOException("the warm-up workbook " + name + " is not in the application");
			}
			return in.readAllBytes();
		}
	}

	/** Counts what is written to it and keeps none of it. */
	private static final class CountingStream extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}
}
