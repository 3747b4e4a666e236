package th.itabatch.runs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import th.itabatch.files.TaskThreads;
import th.itabatch.monthly.DepartmentReportBuilder;
import th.itabatch.monthly.DepartmentReportJobConfiguration;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.monthly.RetiredCopies;
import th.itabatch.report.Department;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportRepository;
import th.itabatch.settings.RunsProperties;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;
import th.itabatch.validation.PlainReason;

/**
 * Reports the departments of the months a run's units were reported on, after them: each
 * department its own job, identified by its units' standings and failing alone, as many at once as
 * the instance has report threads (which the units no longer need by then).
 */
@Component
class DepartmentReporter {

	private static final Logger log = LoggerFactory.getLogger(DepartmentReporter.class);

	private final JobLaunches launches;

	private final Job departmentJob;

	private final DepartmentReportBuilder departments;

	private final DepartmentRepository departmentReports;

	private final int threads;

	private final ReportRepository reports;

	private final UnitRegistry registry;

	DepartmentReporter(JobLaunches launches, @Qualifier(DepartmentReportJobConfiguration.JOB_NAME) Job departmentJob,
			DepartmentReportBuilder departments, DepartmentRepository departmentReports, RunsProperties runs,
			ReportRepository reports, UnitRegistry registry) {
		this.reports = reports;
		this.registry = registry;
		this.launches = launches;
		this.departmentJob = departmentJob;
		this.departments = departments;
		this.departmentReports = departmentReports;
		this.threads = runs.threads();
	}

	/** A department to report on for a month. */
	private record Planned(YearMonth month, DepartmentReportBuilder.Planned department) {

		int size() {
			return department.department().members().size();
		}
	}

	/**
	 * The department reports of the months the units were reported on (or the month asked for), in
	 * the order of months and of the register; {@code starting} is told each department's name as
	 * its report starts.
	 *
	 * @param departmentsChanged true when the run read a register of units or refused a workbook: with
	 *     no unit reported, the latest month's departments are looked at again (a register alone
	 *     changed a department's units, its page said so, and its report to download still said otherwise)
	 */
	List<DepartmentRun> report(List<UnitRun> done, RunRequest request, Path output, boolean departmentsChanged,
			Consumer<String> starting) throws InterruptedException {
		UnitRegister register = registry.current();
		List<YearMonth> months = done.stream()
			// A unit the register does not know is in no department, nor is its month: a trial's misspelt unit,
			// reported alone on last year's July, had every department reported on July, with one unit in them.
			.filter(run -> register.isEmpty() || register.named(run.unit()).isPresent())
			.map(UnitRun::month)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		if (months.isEmpty() && request.month().isPresent()) {
			months = List.of(request.month().get());
		}
		else if (months.isEmpty() && departmentsChanged) {
			months = reports.months(1);
		}
		List<Planned> planned = new ArrayList<>();
		for (YearMonth month : months) {
			departments.plan(month).stream()
				.filter(d -> request.units() == null || mendsItsOwn(d, month, done))
				.forEach(d -> planned.add(new Planned(month, d)));
		}
		List<DepartmentRun> runs = reportAll(planned, output, request.trigger(), starting);
		for (YearMonth month : months) {
			retireAllUnits(month, planned, runs, output);
		}
		List<DepartmentRun> failed = runs.stream().filter(d -> d.status() != BatchStatus.COMPLETED).toList();
		if (!failed.isEmpty()) {
			// The run's closing line names only the count; which failed and why is said here.
			log.warn("{} run: {} department report(s) failed: {}", request.trigger(), failed.size(),
					failed.stream().map(d -> d.name() + " (" + d.failure() + ")").toList());
		}
		return runs;
	}

	/**
	 * Whether a run asked for named units makes this department's report of the month again: only one
	 * of theirs, and only one already made. A "run now" for one unit on an earlier month made every
	 * department's report of that month from that unit alone: "1 unit has scores, 100 % pass" where
	 * eight had (a trial). The month's report of a department is made by the runs that report its
	 * units on it; such a run mends it once it exists.
	 */
	private boolean mendsItsOwn(DepartmentReportBuilder.Planned planned, YearMonth month, List<UnitRun> done) {
		Department department = planned.department();
		return done.stream().anyMatch(run -> month.equals(run.month())
				&& department.members().stream().anyMatch(m -> m.name().equals(run.unit())))
				&& departmentReports.latest(department.code(), month).isPresent();
	}

	/**
	 * Once a register's departments are reported for a month, takes the month's report of every unit
	 * (made before there was a register) out of the output folder: a trial's stayed beside them, still
	 * listing units by the names the register has since given otherwise.
	 */
	private void retireAllUnits(YearMonth month, List<Planned> planned, List<DepartmentRun> runs, Path output) {
		List<Planned> ofMonth = planned.stream().filter(p -> p.month().equals(month)).toList();
		if (ofMonth.isEmpty() || ofMonth.stream().anyMatch(p -> p.department().department().code().equals(Department.ALL))) {
			return;
		}
		departmentReports.latest(Department.ALL, month)
			.ifPresent(all -> RetiredCopies.retire(output, departmentReports.documents(all.id()),
					runs.stream().flatMap(run -> run.files().stream()).toList(),
					month + ": the register's departments are reported now, not every unit as one"));
	}

	private List<DepartmentRun> reportAll(List<Planned> planned, Path output, RunTrigger trigger, Consumer<String> starting)
			throws InterruptedException {
		int pool = Math.min(threads, planned.size());
		if (pool <= 1) {
			return planned.stream().map(p -> reportAlone(p, output, trigger, starting)).toList();
		}
		ExecutorService executor = TaskThreads.pool("ita-department", pool);
		try {
			// The largest first: a department of a thousand units takes as long as its twenty divisions together.
			Map<Planned, Future<DepartmentRun>> runs = new IdentityHashMap<>();
			planned.stream()
				.sorted(Comparator.comparingInt(Planned::size).reversed())
				.forEach(p -> runs.put(p, executor.submit(() -> reportAlone(p, output, trigger, starting))));
			List<DepartmentRun> done = new ArrayList<>(planned.size());
			for (Planned p : planned) {
				done.add(runs.get(p).get());
			}
			return done;
		}
		catch (ExecutionException ex) {
			// reportAlone answers every failure itself but an Error (out of memory): that ends the run as on one thread.
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			// Interrupted (stopping): the reports under way are interrupted as a killed process would leave
			// them, and waited for: the run's lease must not be let go while one of its jobs still runs.
			TaskThreads.stop(executor);
		}
	}

	private DepartmentRun reportAlone(Planned planned, Path output, RunTrigger trigger, Consumer<String> starting) {
		String code = planned.department().department().code();
		String name = planned.department().department().name();
		YearMonth month = planned.month();
		starting.accept(name);
		try {
			JobParameters parameters = new JobParametersBuilder()
				.addString(DepartmentReportJobConfiguration.DEPARTMENT, code)
				.addString(DepartmentReportJobConfiguration.DEPARTMENT_NAME, name, false)
				.addString(MonthlyReportJobConfiguration.REPORT_MONTH, month.toString())
				.addString(MonthlyReportJobConfiguration.INPUTS, planned.department().fingerprint())
				.addString(MonthlyReportJobConfiguration.OUTPUT_DIR, output.toString())
				.addString(RunCoordinator.TRIGGER, trigger.name(), false)
				.toJobParameters();
			JobLaunches.Launch launch = launches.launch(departmentJob, parameters);
			if (launch.alreadyDone() && !UnitReporter.restore(departmentReports.ofRun(launch.execution().getJobInstanceId())
				.map(r -> departmentReports.documents(r.id())))) {
				launch = launches.launch(departmentJob, new JobParametersBuilder(parameters)
					.addLong(RunCoordinator.REMADE, System.currentTimeMillis())
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
					launch.alreadyDone(), report, files, UnitReporter.failure(execution));
		}
		catch (Exception ex) {
			log.warn("Department report of {} could not be made", name, ex);
			return new DepartmentRun(code, name, month, -1, BatchStatus.FAILED, false, null, List.of(), PlainReason.of(ex));
		}
	}
}
