package th.itabatch.runs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A run's units waiting in the database for an instance to report them: any instance on the
 * database takes the next waiting unit (an update that only one can win), reports it and writes
 * the outcome; a unit taken by an instance that died is put back for another.
 */
@Repository
class UnitQueue {

	private final JdbcClient jdbc;

	UnitQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A unit to report.
	 *
	 * @param id its row
	 * @param unit the unit
	 * @param month the month asked for, or empty
	 * @param output the output folder
	 * @param trigger what asked for the run
	 */
	record Task(long id, String unit, Optional<YearMonth> month, Path output, RunTrigger trigger) {
	}

	/**
	 * A unit's outcome as written by the instance that reported it.
	 *
	 * @param unit the unit
	 * @param month the month reported on, or null
	 * @param jobInstanceId the report job's instance, or -1
	 * @param status how it ended
	 * @param alreadyDone whether it had been reported already
	 * @param failure why it failed, or null
	 */
	record Outcome(String unit, YearMonth month, long jobInstanceId, BatchStatus status, boolean alreadyDone,
			String failure) {
	}

	/** Puts a run's units in the queue, in their order, each with the month asked for it (or null: chosen then). */
	void enqueue(String runKey, String instance, List<String> units, Function<String, YearMonth> month, Path output,
			RunTrigger trigger) {
		for (int i = 0; i < units.size(); i++) {
			jdbc.sql("""
					INSERT INTO ita_run_unit (run_key, enqueued_by, position, unit, requested_month, output_dir, run_trigger, state)
					VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING')""")
				.params(runKey, instance, i, units.get(i), Objects.toString(month.apply(units.get(i)), null), output.toString(),
						trigger.name())
				.update();
		}
	}

	/**
	 * Takes the next waiting unit for this instance, or empty when none waits.
	 *
	 * @param onlyOwn whether to take only the units this instance enqueued
	 */
	Optional<Task> take(String instance, boolean onlyOwn) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<Task> next = jdbc.sql("""
					SELECT id, unit, requested_month, output_dir, run_trigger FROM ita_run_unit WHERE state = 'WAITING'"""
					+ (onlyOwn ? " AND enqueued_by = :instance" : "") + " ORDER BY id FETCH FIRST 1 ROWS ONLY")
				.param("instance", instance)
				.query((rs, n) -> new Task(rs.getLong(1), rs.getString(2),
						Optional.ofNullable(rs.getString(3)).map(YearMonth::parse), Path.of(rs.getString(4)),
						RunTrigger.valueOf(rs.getString(5))))
				.optional();
			if (next.isEmpty()) {
				return Optional.empty();
			}
			// Whoever changes the row from WAITING first has it; another instance tries the next one.
			int taken = jdbc.sql("UPDATE ita_run_unit SET state = 'TAKEN', taken_by = ? WHERE id = ? AND state = 'WAITING'")
				.params(instance, next.get().id())
				.update();
			if (taken == 1) {
				return next;
			}
		}
		return Optional.empty();
	}

	/**
	 * Clears what runs before this one left (their starting instance died before they ended): the
	 * units no one is reporting go, and so do those taken by instances that are gone.
	 *
	 * @param alive the instances alive now
	 * @return how many units instances alive now are still reporting
	 */
	int clearEarlierRuns(Collection<String> alive) {
		jdbc.sql("DELETE FROM ita_run_unit WHERE state <> 'TAKEN'").update();
		List<String> takers = jdbc.sql("SELECT DISTINCT taken_by FROM ita_run_unit").query(String.class).list();
		for (String taker : takers) {
			if (!alive.contains(taker)) {
				jdbc.sql("DELETE FROM ita_run_unit WHERE taken_by = ?").param(taker).update();
			}
		}
		return jdbc.sql("SELECT COUNT(*) FROM ita_run_unit").query(Integer.class).single();
	}

	/** Writes a unit's outcome. */
	void done(long id, Outcome outcome) {
		jdbc.sql("""
				UPDATE ita_run_unit SET state = 'DONE', job_instance_id = ?, job_status = ?, already_done = ?,
				  report_month = ?, failure = ? WHERE id = ?""")
			.params(outcome.jobInstanceId(), outcome.status().name(), outcome.alreadyDone(),
					outcome.month() == null ? null : outcome.month().toString(), truncated(outcome.failure()), id)
			.update();
	}

	/** How many of the run's units are done. */
	int doneCount(String runKey) {
		return jdbc.sql("SELECT COUNT(*) FROM ita_run_unit WHERE run_key = ? AND state = 'DONE'")
			.param(runKey)
			.query(Integer.class)
			.single();
	}

	/** The instances holding the run's units now. */
	List<String> takers(String runKey) {
		return jdbc.sql("SELECT DISTINCT taken_by FROM ita_run_unit WHERE run_key = ? AND state = 'TAKEN'")
			.param(runKey)
			.query(String.class)
			.list();
	}

	/** Puts back the run's units taken by instances that are gone; how many. */
	int putBack(String runKey, Collection<String> gone) {
		int back = 0;
		for (String instance : gone) {
			back += jdbc.sql("UPDATE ita_run_unit SET state = 'WAITING', taken_by = NULL WHERE run_key = ? AND state = 'TAKEN' AND taken_by = ?")
				.params(runKey, instance)
				.update();
		}
		return back;
	}

	/**
	 * Puts back every unit taken under this instance's id: at its start, none can be its own. A
	 * process killed with units taken and started again under the same id (as a service manager
	 * restarts one) counted them as its own, alive, and its recovery waited for them for ever (a trial).
	 */
	int putBackTakenBy(String instance) {
		return jdbc.sql("UPDATE ita_run_unit SET state = 'WAITING', taken_by = NULL WHERE state = 'TAKEN' AND taken_by = ?")
			.param(instance)
			.update();
	}

	/** The run's outcomes, in its units' order. */
	List<Outcome> outcomes(String runKey) {
		return jdbc.sql("""
				SELECT unit, report_month, job_instance_id, job_status, already_done, failure FROM ita_run_unit
				WHERE run_key = ? AND state = 'DONE' ORDER BY position""")
			.param(runKey)
			.query((rs, n) -> new Outcome(rs.getString(1), Optional.ofNullable(rs.getString(2)).map(YearMonth::parse).orElse(null),
					rs.getLong(3), BatchStatus.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	/** The run's rows, once it has its outcomes. */
	void forget(String runKey) {
		jdbc.sql("DELETE FROM ita_run_unit WHERE run_key = ?").param(runKey).update();
	}

	private static String truncated(String text) {
		return text == null || text.length() <= 32767 ? text : text.substring(0, 32766) + "…";
	}
}
