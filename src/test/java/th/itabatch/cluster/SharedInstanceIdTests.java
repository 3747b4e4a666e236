package th.itabatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;

/**
 * Two processes given one instance id (a trial's both led, one ended the other's run, and a unit's new
 * data went unreported without a word) are told apart from a killed predecessor whose row a restart
 * takes over: only a live twin writes its start over the row between two heartbeats.
 */
@ItaApplicationTest
class SharedInstanceIdTests {

	private static final ClusterProperties TWIN = new ClusterProperties("twin", Duration.ofSeconds(10),
			Duration.ofSeconds(2));

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Leadership leadership;

	@Test
	void aLiveTwinIsSaidAndAKilledPredecessorIsNot() {
		// A killed predecessor's row, its start an hour ago.
		jdbc.sql("""
				INSERT INTO ita_instance (instance_id, host, started_at, heartbeat_at, leader)
				VALUES ('twin', 'here', ?, CURRENT_TIMESTAMP, FALSE)""").param(LocalDateTime.now().minusHours(1)).update();
		try {
			Instances restarted = new Instances(jdbc, TWIN, leadership, Clock.systemDefaultZone());
			restarted.heartbeat();
			restarted.heartbeat();
			assertThat(restarted.idShared()).as("the row taken over from a process that is gone").isFalse();

			Instances twin = new Instances(jdbc, TWIN, leadership, Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(5)));
			twin.heartbeat();
			restarted.heartbeat();

			assertThat(restarted.idShared()).isTrue();
		}
		finally {
			jdbc.sql("DELETE FROM ita_instance WHERE instance_id = 'twin'").update();
		}
	}
}
