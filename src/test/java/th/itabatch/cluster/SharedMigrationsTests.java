package th.itabatch.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Two instances started together on a new database: the one that finds the other's history table
 * still empty tries again (CI's two services on PostgreSQL: one did not start); any other refusal is
 * final at once.
 */
class SharedMigrationsTests {

	/** Flyway's words, as CI's failed start logged them. */
	private static final FlywayException EMPTY_HISTORY = new FlywayException(
			"Unable to baseline schema history table \"public\".\"flyway_schema_history\" as it already exists, and is empty.\n"
					+ "Delete the schema history table, and run baseline again.");

	@Test
	void anInstanceThatFindsAnotherMigratingTriesAgainUntilItIsDone() {
		Flyway flyway = mock(Flyway.class);
		when(flyway.migrate()).thenThrow(EMPTY_HISTORY, EMPTY_HISTORY).thenReturn(mock(MigrateResult.class));

		SharedMigrations.migrate(flyway, 5, Duration.ofMillis(1));

		verify(flyway, times(3)).migrate();
	}

	@Test
	void anyOtherRefusalIsFinalAndTheWaitIsBounded() {
		Flyway failing = mock(Flyway.class);
		when(failing.migrate()).thenThrow(new FlywayException("Validate failed: Migration checksum mismatch for migration version 3"));
		assertThatThrownBy(() -> SharedMigrations.migrate(failing, 5, Duration.ofMillis(1))).hasMessageContaining("checksum");
		verify(failing, times(1)).migrate();

		Flyway stuck = mock(Flyway.class);
		when(stuck.migrate()).thenThrow(EMPTY_HISTORY);
		assertThatThrownBy(() -> SharedMigrations.migrate(stuck, 3, Duration.ofMillis(1))).isSameAs(EMPTY_HISTORY);
		verify(stuck, times(3)).migrate();
	}
}
