package th.itabatch.runs;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The runs of every job as Spring Batch's job repository recorded them, newest first, with their steps' counts. */
@Component
public class RunHistory {

	private final JobRepository jobs;

	private final JdbcClient jdbc;

	RunHistory(JobRepository jobs, JdbcClient jdbc) {
		this.jobs = jobs;
		this.jdbc = jdbc;
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

	/**
	 * The latest executions of every job, newest first, without their steps: two queries of Spring
	 * Batch's tables, where {@link #recent} reads each execution through the job repository (a few
	 * queries each, seconds for a page once a run has reported a thousand units).
	 */
	public List<Execution> recentOutcomes(int limit) {
		List<Execution> executions = jdbc.sql("""
				SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE
				FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST ? ROWS ONLY""")
			.param(limit)
			.query((rs, n) -> new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getString(7) == null ? "" : rs.getString(7),
					new LinkedHashMap<>(), List.of()))
			.list();
		if (executions.isEmpty()) {
			return executions;
		}
		Map<Long, Map<String, String>> parameters = new HashMap<>();
		executions.forEach(e -> parameters.put(e.executionId(), e.parameters()));
		jdbc.sql("""
				SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
				WHERE JOB_EXECUTION_ID BETWEEN ? AND ?""")
			.params(executions.get(executions.size() - 1).executionId(), executions.get(0).executionId())
			.query((ResultSet rs) -> {
				Map<String, String> of = parameters.get(rs.getLong(1));
				if (of != null) {
					of.put(rs.getString(2), rs.getString(3));
				}
			});
		return executions;
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
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
