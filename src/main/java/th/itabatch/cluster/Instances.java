package th.itabatch.cluster;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The instances on the database, each writing its heartbeat: what an operator reads to see who is
 * up, who leads and who was last heard from when.
 */
@Component
public class Instances {

	private static final Logger log = LoggerFactory.getLogger(Instances.class);

	private static final long SAY_EVERY_NANOS = 60_000_000_000L;

	private final JdbcClient jdbc;

	private final ClusterProperties properties;

	private final Leadership leadership;

	private final Clock clock;

	private final LocalDateTime started;

	Instances(JdbcClient jdbc, ClusterProperties properties, Leadership leadership, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.leadership = leadership;
		this.clock = clock;
		this.started = LocalDateTime.now(clock);
	}

	/** Whether this instance's row has been written by it: from then on, another start there is another process's. */
	private volatile boolean written;

	private volatile boolean idShared;

	private long lastSaid = System.nanoTime() - SAY_EVERY_NANOS;

	@Scheduled(initialDelay = 0, fixedRateString = "${ita.cluster.heartbeat:2s}")
	void heartbeat() {
		try {
			if (written) {
				checkNotShared();
			}
			// Its start too: an instance killed and started again under its name kept its first start (a trial).
			int updated = jdbc.sql("""
					UPDATE ita_instance SET heartbeat_at = CURRENT_TIMESTAMP, leader = ?, started_at = ?
					WHERE instance_id = ?""")
				.params(leadership.isLeader(), started, properties.instanceId())
				.update();
			if (updated == 0) {
				jdbc.sql("""
						INSERT INTO ita_instance (instance_id, host, started_at, heartbeat_at, leader)
						VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?)""")
					.params(properties.instanceId(), ClusterProperties.host(), started, leadership.isLeader())
					.update();
			}
			written = true;
			if (leadership.isLeader()) {
				clearDeadLeaders();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not write this instance's heartbeat: {}", ex.getMessage());
		}
	}

	/**
	 * Two processes given one instance id (a trial's): both led, one's run was ended by the other and a
	 * unit's new data went unreported, without a word. Its row then carries the other's start between
	 * two heartbeats of this one, which a killed predecessor's can no longer do: said, once a minute.
	 */
	private void checkNotShared() {
		LocalDateTime there = jdbc.sql("SELECT started_at FROM ita_instance WHERE instance_id = ?")
			.param(properties.instanceId())
			.query(LocalDateTime.class)
			.optional()
			.orElse(null);
		idShared = there != null
				&& !there.truncatedTo(ChronoUnit.MILLIS).equals(started.truncatedTo(ChronoUnit.MILLIS));
		if (idShared && System.nanoTime() - lastSaid >= SAY_EVERY_NANOS) {
			lastSaid = System.nanoTime();
			log.error("Another process runs as this instance ({}, started {}): two instances must never share an id,"
					+ " or both lead and each ends the other's runs. Give each its own ita.cluster.instance-id"
					+ " (ITA_CLUSTER_INSTANCE_ID) and start them again", properties.instanceId(), there);
		}
	}

	/** Whether another process was found writing this instance's row at its last heartbeat. */
	boolean idShared() {
		return idShared;
	}

	/**
	 * A killed instance's row keeps saying it leads (it could not say otherwise): the leader clears it,
	 * so that "who leads" reads right (a trial found two rows leading, one dead for minutes). The row
	 * stays, its last heartbeat telling when it was last heard from.
	 */
	private void clearDeadLeaders() {
		Set<String> alive = alive();
		jdbc.sql("SELECT instance_id FROM ita_instance WHERE leader")
			.query(String.class)
			.list()
			.stream()
			.filter(id -> !alive.contains(id))
			.forEach(id -> jdbc.sql("UPDATE ita_instance SET leader = FALSE WHERE instance_id = ?").param(id).update());
	}

	/**
	 * The instances heard from within a lease, this one always among them. Measured by the
	 * database's clock, which every instance's heartbeat is written with, so machines whose clocks
	 * differ still agree.
	 */
	public Set<String> alive() {
		Set<String> alive = new HashSet<>();
		alive.add(properties.instanceId());
		jdbc.sql("SELECT instance_id, heartbeat_at, CURRENT_TIMESTAMP FROM ita_instance").query((ResultSet rs) -> {
			LocalDateTime heartbeat = rs.getTimestamp(2).toLocalDateTime();
			if (!heartbeat.plus(properties.lease()).isBefore(rs.getTimestamp(3).toLocalDateTime())) {
				alive.add(rs.getString(1));
			}
		});
		return alive;
	}

	@PreDestroy
	void leave() {
		try {
			jdbc.sql("DELETE FROM ita_instance WHERE instance_id = ?").param(properties.instanceId()).update();
		}
		catch (RuntimeException ex) {
			// Stopping with the database gone: the row stays, its heartbeat tells it is gone.
		}
	}
}
