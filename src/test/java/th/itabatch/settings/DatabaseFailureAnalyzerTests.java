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
				"jdbc:postgresql://127.0.0.1:55439/ita");
		Exception failure = new BeanCreationException("oneShotRun",
				new IllegalStateException("Failed to obtain JDBC Connection",
						new SQLException("FATAL: password authentication failed for user \"ita\"")));

		FailureAnalysis analysis = new DatabaseFailureAnalyzer(environment).analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("ITA Batch could not use its database"
				+ " jdbc:postgresql://127.0.0.1:55439/ita: FATAL: password authentication failed for user \"ita\"");
		assertThat(analysis.getAction()).contains("ITA_DB_PASSWORD", "README");
	}

	@Test
	void itIsRegisteredForSpringBootsStart() throws Exception {
		try (var factories = getClass().getResourceAsStream("/META-INF/spring.factories")) {
			assertThat(new String(factories.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.contains(FailureAnalyzer.class.getName() + "=" + DatabaseFailureAnalyzer.class.getName());
		}
	}
}
