package th.itabatch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.yaml.snakeyaml.Yaml;

/**
 * A configuration file YAML cannot read is said with the file, its line and what to do, not as the
 * YAML reader's 61 lines of trace (a trial's tab).
 */
class ConfigFileFailureAnalyzerTests {

	@TempDir
	Path folder;

	private Throwable reading(String yaml) {
		return catchThrowable(() -> new Yaml().loadAll(yaml).forEach(document -> {
		}));
	}

	@Test
	void aTabIsSaidWithItsFileAndLine() throws Exception {
		String yaml = "ita:\n  report:\n\tdue-day: 10\n";
		Files.createDirectories(folder.resolve("config"));
		Files.writeString(folder.resolve("config/application.yml"), yaml);
		Files.writeString(folder.resolve("application.yml"), "ita:\n  report:\n    due-day: 10\n");

		FailureAnalysis analysis = new ConfigFileFailureAnalyzer(folder)
			.analyze(new IllegalStateException("Failed to load", reading(yaml)));

		assertThat(analysis.getDescription()).isEqualTo("ITA Batch could not read its settings / อ่านไฟล์การตั้งค่าไม่ได้: "
				+ folder.resolve("config/application.yml") + ", line 3, column 1: a tab where YAML takes spaces only"
				+ " / มีอักขระแท็บ ซึ่ง YAML ใช้ย่อหน้าไม่ได้");
		assertThat(analysis.getAction()).startsWith("Indent that line with spaces");
	}

	@Test
	void aQuoteLeftOpenIsSaidWhereItOpens() {
		Throwable failure = reading("ita:\n  report:\n    due-day: \"10\n  inbox:\n    enabled: true\n");

		assertThat(new ConfigFileFailureAnalyzer(folder).analyze(failure).getDescription())
			.as("no file beside the application holds that line: the file is not guessed")
			.isEqualTo("ITA Batch could not read its settings / อ่านไฟล์การตั้งค่าไม่ได้: a configuration file, line 3,"
					+ " column 14: found unexpected end of stream (while scanning a quoted scalar)");
		assertThat(ConfigFileFailureAnalyzer.told(new IllegalStateException(failure))).get()
			.asString()
			.contains("line 3, column 14", "Correct the file at that line");
		assertThat(ConfigFileFailureAnalyzer.told(new IllegalStateException("no YAML in it"))).isEmpty();
	}

	/** A review: a profile's file was "a configuration file". */
	@Test
	void aProfilesFileIsNamedToo() throws Exception {
		String yaml = "ita:\n  inbox:\n\tenabled: true\n";
		Files.writeString(folder.resolve("application-prod.yml"), yaml);

		assertThat(new ConfigFileFailureAnalyzer(folder).analyze(reading(yaml)).getDescription())
			.contains(folder.resolve("application-prod.yml") + ", line 3, column 1: a tab");
	}
}
