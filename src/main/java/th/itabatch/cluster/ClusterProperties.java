package th.itabatch.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances sharing one database take turns ({@code ita.cluster.*}).
 *
 * @param instanceId this instance's name in the database and the log; empty = host, process id and a random tag
 * @param lease how long a lock (the run, the leadership) outlives the last sign of life of the
 *     instance holding it: a killed instance's run is taken over this long after it died
 * @param heartbeat how often a held lock is renewed and the instance's heartbeat written
 */
@ConfigurationProperties("ita.cluster")
public record ClusterProperties(@DefaultValue("") String instanceId, @DefaultValue("10s") Duration lease,
		@DefaultValue("2s") Duration heartbeat) {

	public ClusterProperties {
		if (heartbeat.isNegative() || heartbeat.isZero() || lease.compareTo(heartbeat.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("ita.cluster.lease (" + lease + ") must be at least three heartbeats ("
					+ heartbeat + "): a lock renewed late would be taken by another instance");
		}
		if (instanceId.isBlank()) {
			// The process id and a few random characters: two applications in one process are two instances.
			instanceId = host() + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
					+ java.util.UUID.randomUUID().toString().substring(0, 4);
		}
	}

	static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}
}
