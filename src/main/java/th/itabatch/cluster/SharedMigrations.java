package th.itabatch.cluster;

import java.time.Duration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database once of several instances started together: where another instance has just
 * created Flyway's history table and is still applying the migrations, Flyway finds the table empty and
 * refuses to record a baseline ("already exists, and is empty"), and the instance did not start (CI:
 * two services started at once on a new PostgreSQL database). It tries again until the other is done.
 */
@Configuration(proxyBeanMethods = false)
class SharedMigrations {

	private static final Logger log = LoggerFactory.getLogger(SharedMigrations.class);

	/** How long another instance's first migrations may take: some seconds; a minute to spare. */
	private static final int ATTEMPTS = 60;

	private static final Duration WAIT = Duration.ofSeconds(1);

	@Bean
	FlywayMigrationStrategy migrationsOnceOfMany() {
		return flyway -> migrate(flyway, ATTEMPTS, WAIT);
	}

	/** Migrates, trying again while another instance is seen migrating, at most {@code attempts} times. */
	static void migrate(Flyway flyway, int attempts, Duration wait) {
		for (int attempt = 1;; attempt++) {
			try {
				flyway.migrate();
				return;
			}
			catch (FlywayException ex) {
				if (attempt >= attempts || !anotherIsMigrating(ex)) {
					throw ex;
				}
				log.info("Another instance is creating the database's tables; trying again in {} ms", wait.toMillis());
				try {
					Thread.sleep(wait.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** Flyway's refusal to baseline a history table another instance has created and not yet filled. */
	static boolean anotherIsMigrating(FlywayException ex) {
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		return message.contains("Unable to baseline schema history table") && message.contains("already exists, and is empty");
	}
}
