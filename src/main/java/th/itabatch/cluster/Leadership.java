package th.itabatch.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.leader.Context;
import org.springframework.integration.leader.DefaultCandidate;
import org.springframework.integration.support.leader.LockRegistryLeaderInitiator;
import org.springframework.stereotype.Component;

/**
 * Which one instance on the database does what must be done once: watching the input folder,
 * bringing every unit up to date when it takes over, finishing the runs of instances that died.
 * Elected over the database (a lock held and renewed by Spring Integration's leader initiator);
 * when the leader dies another instance is granted leadership a lease later.
 */
@Component
public class Leadership implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Leadership.class);

	/** The lock's key. */
	static final String ROLE = "ita-leader";

	private final LockRegistryLeaderInitiator initiator;

	private volatile boolean leader;

	Leadership(JdbcLockRegistry registry, ClusterProperties properties, ApplicationEventPublisher events) {
		String instance = properties.instanceId();
		this.initiator = new LockRegistryLeaderInitiator(registry, new DefaultCandidate(instance, ROLE) {

			@Override
			public void onGranted(Context context) {
				leader = true;
				log.info("This instance ({}) leads: it watches the input folder and finishes others' interrupted runs",
						instance);
				events.publishEvent(new LeadershipGranted(instance));
			}

			@Override
			public void onRevoked(Context context) {
				leader = false;
				log.info("This instance ({}) no longer leads", instance);
			}
		});
		initiator.setHeartBeatMillis(properties.heartbeat().toMillis());
		initiator.setBusyWaitMillis(properties.heartbeat().toMillis());
		initiator.setApplicationEventPublisher(events);
	}

	/** Whether this instance leads now. */
	public boolean isLeader() {
		return leader;
	}

	@Override
	public void start() {
		initiator.start();
	}

	@Override
	public void stop() {
		initiator.stop();
		leader = false;
	}

	@Override
	public boolean isRunning() {
		return initiator.isRunning();
	}
}
