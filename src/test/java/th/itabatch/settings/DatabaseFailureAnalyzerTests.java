package th.itabatch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.mock.env.MockEnvironment;

/** A trial: a wrong database password was 136 lines of trace with the cause on the last. */
class DatabaseFailureAnalyzerTests {

	@Test
	void aDatabaseThatRefusesIsSaidInTwoSentences() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:55439/ita?user=ita&password=secret");
		Exception failure = new BeanCreationException("oneShotRun",
				new IllegalStateException("Failed to obtain JDBC Connection",
						// As a real start showed: the pool's exception, no state, over the driver's.
						new SQLException("Cannot create PoolableConnectionFactory (FATAL: password authentication failed)",
								new SQLException("FATAL: password authentication failed for user \"ita\"", "28P01"))));

		FailureAnalysis analysis = new DatabaseFailureAnalyzer(environment).analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("ITA Batch could not use its database"
				+ " jdbc:postgresql://127.0.0.1:55439/ita?user=ita&password=…: FATAL: password authentication failed for user \"ita\"");
		assertThat(analysis.getAction()).contains("ITA_DB_PASSWORD", "README");
	}

	/** A review: a migration's SQL error is no database out of reach, and keeps its own trace. */
	@Test
	void aMigrationsOwnErrorIsNotTakenForADatabaseOutOfReach() {
		Exception failure = new BeanCreationException("flyway", new SQLException("syntax error at or near \"TABL\"", "42601"));

		assertThat(new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(failure)).isNull();
	}

	@Test
	void itIsRegisteredForSpringBootsStart() throws Exception {
		try (var factories = getClass().getResourceAsStream("/META-INF/spring.factories")) {
			assertThat(new String(factories.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.contains(FailureAnalyzer.class.getName() + "=" + DatabaseFailureAnalyzer.class.getName());
		}
	}
}
