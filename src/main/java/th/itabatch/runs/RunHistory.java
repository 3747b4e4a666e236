package th.itabatch.runs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs of both jobs as Spring Batch recorded them, newest first, with their steps' counts. */
@Repository
public class RunHistory {

	private final JdbcClient jdbc;

	RunHistory(JdbcClient jdbc) {
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

	public List<Execution> recent(int limit) {
		List<Execution> executions = new ArrayList<>();
		jdbc.sql("""
				SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE
				FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST ? ROWS ONLY""")
			.param(limit)
			.query((rs, n) -> {
				long id = rs.getLong(1);
				executions.add(new Execution(id, rs.getLong(2), rs.getString(3), rs.getString(4), time(rs.getTimestamp(5)),
						time(rs.getTimestamp(6)), rs.getString(7) == null ? "" : rs.getString(7), parameters(id), steps(id)));
				return null;
			})
			.list();
		return executions;
	}

	private Map<String, String> parameters(long executionId) {
		Map<String, String> parameters = new LinkedHashMap<>();
		jdbc.sql("SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?")
			.param(executionId)
			.query((rs, n) -> parameters.put(rs.getString(1), rs.getString(2)))
			.list();
		return parameters;
	}

	private List<Step> steps(long executionId) {
		return jdbc.sql("""
				SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, COMMIT_COUNT FROM BATCH_STEP_EXECUTION
				WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""")
			.param(executionId)
			.query((rs, n) -> new Step(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}
}
