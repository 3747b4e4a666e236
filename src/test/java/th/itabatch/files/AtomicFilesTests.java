package th.itabatch.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole, and the temporary files a killed writer leaves behind. */
class AtomicFilesTests {

	/** A temporary file as a writer of {@code target} killed half-way would leave it. */
	private static Path leftover(Path folder, String target) throws Exception {
		String prefix = "." + ContentHash.sha256(target.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".";
		return Files.writeString(folder.resolve(prefix + UUID.randomUUID() + ".tmp"), "half a report");
	}

	@Test
	void theContentIsWrittenAndNoTemporaryFileIsLeft(@TempDir Path folder) throws Exception {
		Path target = folder.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx");
		AtomicFiles.write(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
		assertThat(target).hasContent("second");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void aKilledWritersLeftoverGoesWhenItsTargetIsWrittenAgain(@TempDir Path folder) throws Exception {
		Path ofReport = leftover(folder, "report.xlsx");
		Path ofBrief = leftover(folder, "brief.docx");
		Path users = Files.writeString(folder.resolve(".scores.xlsx.tmp"), "a user's own");

		AtomicFiles.write(folder.resolve("report.xlsx"), out -> out.write(1));
		assertThat(ofReport).doesNotExist();
		assertThat(ofBrief).as("another target's, left to its own writer").exists();

		AtomicFiles.write(folder.resolve("brief.docx"), out -> out.write(2));
		assertThat(ofBrief).doesNotExist();
		assertThat(users).as("not a file of ours").hasContent("a user's own");
	}
}
