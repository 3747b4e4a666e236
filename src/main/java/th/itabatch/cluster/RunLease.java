package th.itabatch.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.jdbc.lock.LockRepository;
import org.springframework.integration.support.locks.DistributedLock;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.stereotype.Component;

import th.itabatch.files.TaskThreads;

/**
 * One run at a time across every instance on the database: a lock row renewed every heartbeat
 * while the run goes on. An instance that dies stops renewing, and a lease later another instance
 * may take the lease; whoever holds it knows that every job execution still marked as running was
 * left by a dead instance.
 */
@Component
public class RunLease {

	private static final Logger log = LoggerFactory.getLogger(RunLease.class);

	/** The lock's key. */
	static final String KEY = "ita-run";

	/** The key as the lock table has it (the registry turns keys into UUIDs). */
	private static final String ROW = UUIDConverter.getUUID(KEY).toString();

	private final JdbcLockRegistry registry;

	private final LockRepository repository;

	/**
	 * The lease's own renewing thread. On the application's two scheduling threads a renewal waited
	 * behind the input folder's receiving and the schedule's checks, and on a loaded machine came
	 * later than the lease: another instance took over a run that was still going (TwoInstancesTests
	 * failed once so).
	 */
	private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ita-run-lease");
		thread.setDaemon(true);
		return thread;
	});

	private final ClusterProperties properties;

	/** Whether the lease of the work holding it now was found taken (see {@link #lost()}). */
	private volatile boolean lost;

	RunLease(JdbcLockRegistry registry, LockRepository repository, ClusterProperties properties) {
		this.registry = registry;
		this.repository = repository;
		this.properties = properties;
	}

	@PreDestroy
	void stop() {
		// Waited for: a renewal still using the database as the application closes it.
		if (!TaskThreads.stop(renewer, Duration.ofSeconds(30))) {
			log.warn("The lease thread had not ended 30 s after it was told to stop");
		}
	}

	/**
	 * Whether the work holding the lease now has lost it: a renewal found it no longer this
	 * instance's (a pause or a database outage longer than the lease, and another instance took it).
	 * The work should stop: another instance may be doing it already.
	 */
	public boolean lost() {
		return lost;
	}

	/** Does the work holding the lease, waiting for another instance's run to end first. */
	public <T> T exclusively(String what, Callable<T> work) throws Exception {
		DistributedLock lock = registry.obtain(KEY);
		if (!lock.tryLock()) {
			log.info("{} waits for the run of another instance to end", what);
			lock.lockInterruptibly();
		}
		return holding(lock, work);
	}

	/** Does the work holding the lease if no one holds it now; empty when someone does. */
	public <T> Optional<T> ifFree(Callable<T> work) throws Exception {
		DistributedLock lock = registry.obtain(KEY);
		if (!lock.tryLock()) {
			return Optional.empty();
		}
		return Optional.ofNullable(holding(lock, work));
	}

	private <T> T holding(DistributedLock lock, Callable<T> work) throws Exception {
		AtomicBoolean released = new AtomicBoolean();
		lost = false;
		long every = properties.heartbeat().toMillis();
		ScheduledFuture<?> renewal = null;
		try {
			renewal = renewer.scheduleAtFixedRate(() -> renew(released), every, every, TimeUnit.MILLISECONDS);
			return work.call();
		}
		finally {
			released.set(true);
			if (renewal != null) {
				renewal.cancel(false);
			}
			try {
				lock.unlock();
			}
			catch (RuntimeException ex) {
				// Expired and taken meanwhile (a pause longer than the lease): said, the run's own result stands.
				log.warn("The run lease had expired before the run ended: {}", ex.getMessage());
			}
		}
	}

	private void renew(AtomicBoolean released) {
		// Through the repository: the registry renews only from the thread holding the lock, which is busy running.
		try {
			// A renewal that comes after the work ended finds no lease: that is no loss.
			if (!repository.renew(ROW, properties.lease()) && !released.get()) {
				lost = true;
				log.error("The run lease was lost (not renewed within {}); another instance may take over this run, "
						+ "which stops", properties.lease());
			}
		}
		catch (RuntimeException ex) {
			log.error("The run lease could not be renewed; another instance may take over this run: {}", ex.getMessage());
		}
	}
}
