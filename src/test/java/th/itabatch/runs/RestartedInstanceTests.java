package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;

/**
 * An instance killed with units taken and started again under the same id (as a service manager
 * restarts it): a trial's restarted instance counted those units as its own, alive, and its
 * recovery waited for them for ever, every run held up behind it.
 */
@ItaApplicationTest
class RestartedInstanceTests {

	@Autowired
	private UnitQueue queue;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void unitsTakenUnderAnInstancesIdBeforeItStartedArePutBackAndNoLongerHeldUp() {
		jdbc.sql("""
				INSERT INTO ita_run_unit (run_key, enqueued_by, position, unit, output_dir, run_trigger, state, taken_by)
				VALUES ('a killed run', 'ita-1', 0, 'กองคลัง', '/out', 'ARRIVAL', 'TAKEN', 'ita-1')""").update();
		try {
			assertThat(queue.clearEarlierRuns(Set.of("ita-1"))).as("held by an instance counted alive, itself").isEqualTo(1);

			assertThat(queue.putBackTakenBy("ita-1")).isEqualTo(1);

			assertThat(jdbc.sql("SELECT state FROM ita_run_unit WHERE run_key = 'a killed run'").query(String.class).single())
				.isEqualTo("WAITING");
			assertThat(queue.clearEarlierRuns(Set.of("ita-1"))).as("the recovery's wait ends: a dead run's units cleared")
				.isZero();
		}
		finally {
			jdbc.sql("DELETE FROM ita_run_unit WHERE run_key = 'a killed run'").update();
		}
	}
}
