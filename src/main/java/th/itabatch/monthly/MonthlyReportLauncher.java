package th.itabatch.monthly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import th.itabatch.ingest.InputRepository;
import th.itabatch.ingest.StoredInput;
import th.itabatch.report.ReportRepository;
import th.itabatch.validation.Message;

/**
 * Runs the monthly report job for an input folder, output folder and month. When the last run with
 * the same folders and month did not complete (it failed, or the process died), that run is
 * restarted and goes on where it stopped, so nothing is done or stored twice; otherwise a new run
 * starts.
 */
@Component
public class MonthlyReportLauncher {

	private static final Logger log = LoggerFactory.getLogger(MonthlyReportLauncher.class);

	private static final Set<BatchStatus> UNFINISHED = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED,
			BatchStatus.STARTED, BatchStatus.STARTING, BatchStatus.STOPPING, BatchStatus.UNKNOWN);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final InputRepository inputs;

	private final ReportRepository reports;

	private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

	MonthlyReportLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier(MonthlyReportJobConfiguration.JOB_NAME) Job job, InputRepository inputs, ReportRepository reports) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.inputs = inputs;
		this.reports = reports;
	}

	/**
	 * Runs the job and waits for it.
	 * @param month the month to report on, or empty to let the job choose
	 */
	public RunSummary run(Path inputDir, Path outputDir, Optional<YearMonth> month) throws Exception {
		Path input = inputDir.toAbsolutePath().normalize();
		Path output = outputDir.toAbsolutePath().normalize();
		Files.createDirectories(output);
		String monthParameter = month.map(YearMonth::toString).orElse(MonthlyReportJobConfiguration.AUTO);
		JobExecution execution;
		Optional<JobExecution> unfinished = unfinished(input.toString(), output.toString(), monthParameter);
		if (unfinished.isPresent()) {
			JobExecution last = unfinished.get();
			if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
				// Marked running but not running in this process: the process that ran it died.
				log.info("Recovering run {} left {} by a process that stopped", last.getJobInstanceId(), last.getStatus());
				last = jobOperator.recover(last);
			}
			log.info("Restarting run {} where it stopped", last.getJobInstanceId());
			JobExecution restartable = last;
			execution = track(last.getJobInstanceId(), () -> jobOperator.restart(restartable));
		}
		else {
			JobParameters parameters = new JobParametersBuilder()
				.addString(MonthlyReportJobConfiguration.INPUT_DIR, input.toString())
				.addString(MonthlyReportJobConfiguration.OUTPUT_DIR, output.toString())
				.addString(MonthlyReportJobConfiguration.REPORT_MONTH, monthParameter)
				.addLong(MonthlyReportJobConfiguration.RUN_ID, System.currentTimeMillis())
				.toJobParameters();
			execution = jobOperator.start(job, parameters);
		}
		return summary(execution);
	}

	private JobExecution track(long instanceId, Launch launch) throws Exception {
		runningHere.add(instanceId);
		try {
			return launch.run();
		}
		finally {
			runningHere.remove(instanceId);
		}
	}

	/** The last execution of the newest run with these parameters, when that run did not complete. */
	private Optional<JobExecution> unfinished(String input, String output, String month) {
		List<JobInstance> instances = jobRepository.findJobInstances(MonthlyReportJobConfiguration.JOB_NAME);
		return instances.stream()
			.sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
			.map(jobRepository::getLastJobExecution)
			.filter(e -> e != null && sameRun(e.getJobParameters(), input, output, month))
			.findFirst()
			.filter(e -> UNFINISHED.contains(e.getStatus()) && !runningHere.contains(e.getJobInstanceId()));
	}

	private static boolean sameRun(JobParameters parameters, String input, String output, String month) {
		return input.equals(parameters.getString(MonthlyReportJobConfiguration.INPUT_DIR))
				&& output.equals(parameters.getString(MonthlyReportJobConfiguration.OUTPUT_DIR))
				&& month.equals(parameters.getString(MonthlyReportJobConfiguration.REPORT_MONTH));
	}

	private RunSummary summary(JobExecution execution) {
		long run = execution.getJobInstanceId();
		List<StoredInput> stored = inputs.inputs(run);
		Map<Long, List<Message>> messages = new LinkedHashMap<>();
		for (StoredInput input : stored) {
			messages.put(input.id(), inputs.messages(input.id()));
		}
		String month = execution.getExecutionContext().containsKey(ReportMonthTasklet.MONTH)
				? execution.getExecutionContext().getString(ReportMonthTasklet.MONTH) : null;
		boolean chosen = execution.getExecutionContext().containsKey(ReportMonthTasklet.CHOSEN)
				&& Boolean.parseBoolean(execution.getExecutionContext().getString(ReportMonthTasklet.CHOSEN));
		List<String> failures = execution.getAllFailureExceptions()
			.stream()
			.map(ex -> ex.getClass().getSimpleName() + ": " + ex.getMessage())
			.toList();
		return new RunSummary(run, execution.getStatus(), failures, month == null ? null : YearMonth.parse(month),
				chosen, stored, messages, reports.reports(run));
	}

	@FunctionalInterface
	private interface Launch {

		JobExecution run() throws Exception;

	}
}
