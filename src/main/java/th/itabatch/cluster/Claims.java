package th.itabatch.cluster;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Something done once for the cluster, whichever instance comes first: each instance's schedule
 * fires, and the one whose row goes in does the work.
 */
@Component
public class Claims {

	private final JdbcClient jdbc;

	private final ClusterProperties properties;

	private final Clock clock;

	Claims(JdbcClient jdbc, ClusterProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** True for the first instance to claim the key, false for every later claim of it. */
	public boolean claim(String key) {
		try {
			jdbc.sql("INSERT INTO ita_claim (claim_key, instance_id, claimed_at) VALUES (?, ?, ?)")
				.params(key, properties.instanceId(), LocalDateTime.now(clock))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}
}
