package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How the pages write a run's duration. */
class FormatsTests {

	private final Formats formats = new Formats();

	@Test
	void aShortRunIsGivenInHundredthsOfASecond() {
		assertThat(formats.duration(Duration.ofMillis(43))).as("a trial: every unit's report took '0 s'").isEqualTo("0.04 s");
		assertThat(formats.duration(Duration.ofMillis(9_994))).isEqualTo("9.99 s");
		assertThat(formats.duration(Duration.ofSeconds(12))).isEqualTo("12 s");
		assertThat(formats.duration(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
	}
}
