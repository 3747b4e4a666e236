package th.itabatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;

import th.itabatch.ItaApplicationTest;

/** The run lease outlives a run longer than itself, whatever else keeps the application's scheduler busy. */
@ItaApplicationTest
class RunLeaseTests {

	/** A region of the lock table of this test's own, apart from the application's leases. */
	private static final String REGION = "run-lease-test";

	private static final Duration LEASE = Duration.ofSeconds(3);

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TaskScheduler scheduler;

	private DefaultLockRepository repository(String instance) {
		DefaultLockRepository repository = new DefaultLockRepository(dataSource,
				java.util.UUID.nameUUIDFromBytes(instance.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
		repository.setRegion(REGION);
		repository.setTimeToLive((int) LEASE.toMillis());
		repository.setTransactionManager(transactions);
		repository.afterPropertiesSet();
		repository.afterSingletonsInstantiated();
		return repository;
	}

	/** The run lease's row in the lock table. */
	private static final String ROW = UUIDConverter.getUUID(RunLease.KEY).toString();

	/** An instance's run lease on its repository, renewed every second. */
	private static RunLease lease(DefaultLockRepository repository, String instance) {
		return new RunLease(new JdbcLockRegistry(repository, LEASE), repository,
				new ClusterProperties(instance, LEASE, Duration.ofSeconds(1)));
	}

	@Test
	void anotherInstanceCannotTakeTheLeaseOfARunLongerThanItWhileTheSchedulerIsBusy() throws Exception {
		// The application's scheduling threads held, as receiving a large input folder holds them.
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < 4; i++) {
			scheduler.schedule(() -> {
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, Instant.now());
		}
		DefaultLockRepository mine = repository("a");
		DefaultLockRepository other = repository("b");
		RunLease lease = lease(mine, "a");
		try {
			boolean takenDuringTheRun = lease.exclusively("a long run", () -> {
				Thread.sleep(LEASE.multipliedBy(2).plusSeconds(1).toMillis());
				return other.acquire(ROW, LEASE);
			});
			assertThat(takenDuringTheRun).as("the lease renewed while the run went on, past its three seconds").isFalse();
			assertThat(other.acquire(ROW, LEASE)).as("free once the run ended").isTrue();
		}
		finally {
			release.countDown();
			lease.stop();
			other.delete(ROW);
		}
	}

	@Test
	void aRunWhoseLeaseAnotherInstanceTookIsToldItLostIt() throws Exception {
		DefaultLockRepository mine = repository("c");
		DefaultLockRepository other = repository("d");
		RunLease lease = lease(mine, "c");
		try {
			boolean lost = lease.exclusively("a run", () -> {
				assertThat(lease.lost()).as("held").isFalse();
				// As after a pause longer than the lease: it expired, and another instance took it.
				mine.delete(ROW);
				assertThat(other.acquire(ROW, LEASE)).isTrue();
				long until = System.nanoTime() + LEASE.toNanos();
				while (!lease.lost() && System.nanoTime() < until) {
					Thread.sleep(50);
				}
				return lease.lost();
			});
			assertThat(lost).as("told within a heartbeat or two").isTrue();
			other.delete(ROW);
			assertThat(lease.exclusively("the next run", lease::lost)).as("the next run holds its own").isFalse();
		}
		finally {
			lease.stop();
			other.delete(ROW);
		}
	}
}
