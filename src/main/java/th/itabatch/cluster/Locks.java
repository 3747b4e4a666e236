package th.itabatch.cluster;

import java.time.Duration;
import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The locks instances share: Spring Integration's JDBC lock registry over the application's own
 * database (table {@code INT_LOCK}, created by migration V4). A lock's row names the instance
 * holding it and when it expires; an instance that stops renewing (killed, cut off) loses it a
 * lease later.
 */
@Configuration(proxyBeanMethods = false)
class Locks {

	/** The region of the lock table that is ITA Batch's. */
	static final String REGION = "ita-batch";

	@Bean
	DefaultLockRepository lockRepository(DataSource dataSource, PlatformTransactionManager transactions,
			ClusterProperties properties) {
		// The instance's own id as the client id (36 characters at most, as the table's column).
		DefaultLockRepository repository = new StartedLockRepository(dataSource,
				java.util.UUID.nameUUIDFromBytes(properties.instanceId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
					.toString());
		repository.setRegion(REGION);
		repository.setTimeToLive((int) properties.lease().toMillis());
		repository.setTransactionManager(transactions);
		return repository;
	}

	/**
	 * Closes (deleting this instance's locks) only once started: a start refused for a setting closed it
	 * before it had its transactions, and the refusal came after a warning of a NullPointerException.
	 */
	static final class StartedLockRepository extends DefaultLockRepository {

		private volatile boolean started;

		StartedLockRepository(DataSource dataSource, String id) {
			super(dataSource, id);
		}

		@Override
		public void afterSingletonsInstantiated() {
			super.afterSingletonsInstantiated();
			started = true;
		}

		@Override
		public void close() {
			if (started) {
				super.close();
			}
		}
	}

	@Bean
	JdbcLockRegistry lockRegistry(DefaultLockRepository repository, ClusterProperties properties) {
		JdbcLockRegistry registry = new JdbcLockRegistry(repository, properties.lease());
		// How often a waiting instance asks whether a lock is free.
		registry.setIdleBetweenTries(Duration.ofMillis(Math.min(1000, properties.heartbeat().toMillis())));
		return registry;
	}
}
