package th.itabatch.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The runs of every job as Spring Batch's job repository recorded them, newest first, with their steps' counts. */
@Component
public class RunHistory {

	private final JobRepository jobs;

	RunHistory(JobRepository jobs) {
		this.jobs = jobs;
	}

	/**
	 * One execution of a job.
	 *
	 * @param executionId the execution
	 * @param instanceId the job instance (the run's identity)
	 * @param job the job name
	 * @param status its status
	 * @param start when it started, or {@code null}
	 * @param end when it ended, or {@code null} while it runs
	 * @param exitMessage why it failed, or ""
	 * @param parameters its parameters
	 * @param steps its steps
	 */
	public record Execution(long executionId, long instanceId, String job, String status, LocalDateTime start,
			LocalDateTime end, String exitMessage, Map<String, String> parameters, List<Step> steps) {

		public Duration duration() {
			if (start == null) {
				return Duration.ZERO;
			}
			return Duration.between(start, end != null ? end : LocalDateTime.now());
		}

		public boolean running() {
			return end == null && ("STARTED".equals(status) || "STARTING".equals(status) || "STOPPING".equals(status));
		}
	}

	/**
	 * One step of an execution.
	 *
	 * @param name the step
	 * @param status its status
	 * @param read items read
	 * @param written items written
	 * @param commits transactions committed
	 */
	public record Step(String name, String status, long read, long written, long commits) {
	}

	/** The latest executions of every job, newest first. */
	public List<Execution> recent(int limit) {
		List<JobExecution> executions = new ArrayList<>();
		for (String job : jobs.getJobNames()) {
			for (JobInstance instance : jobs.getJobInstances(job, 0, limit)) {
				executions.addAll(jobs.getJobExecutions(instance));
			}
		}
		return executions.stream()
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(limit)
			.map(RunHistory::execution)
			.toList();
	}

	private static Execution execution(JobExecution execution) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (JobParameter<?> parameter : execution.getJobParameters()) {
			parameters.put(parameter.name(), String.valueOf(parameter.value()));
		}
		List<Step> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.map(step -> new Step(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
					step.getCommitCount()))
			.toList();
		String exit = execution.getExitStatus() == null ? "" : execution.getExitStatus().getExitDescription();
		return new Execution(execution.getId(), execution.getJobInstance().getInstanceId(),
				execution.getJobInstance().getJobName(), execution.getStatus().name(), execution.getStartTime(),
				execution.getEndTime(), exit == null ? "" : exit, parameters, steps);
	}
}
