package th.itabatch.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	/**
	 * A half-written file left in a history folder whose number a later run took for another report is
	 * never written again: it goes at the next run once older than a write takes (a crash trial).
	 */
	@Test
	void leftoversBelowTheOutputFolderGoOnceOld(@TempDir Path output) throws Exception {
		Path history = Files.createDirectories(output.resolve("history").resolve("23"));
		Path old = leftover(history, "ITA-report_กลุ่มงานที่ 3_FY2564_2564-06.xlsx");
		Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
		Path fresh = leftover(history, "ITA-report_กลุ่มงานที่ 30_FY2564_2564-06.xlsx");
		Path oldAtTheTop = leftover(output, "ITA-report_กองคลัง_FY2564_2564-06.xlsx");
		Files.setLastModifiedTime(oldAtTheTop, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
		Path report = Files.writeString(history.resolve("ITA-report_กลุ่มงานที่ 30_FY2564_2564-06.xlsx"), "a report");
		Path users = Files.writeString(output.resolve("notes.tmp"), "someone's own");
		Files.setLastModifiedTime(users, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));

		assertThat(AtomicFiles.removeLeftoversBelow(output, java.time.Duration.ofMinutes(1))).isEqualTo(2);

		assertThat(old).doesNotExist();
		assertThat(oldAtTheTop).doesNotExist();
		assertThat(fresh).as("another instance's write under way").exists();
		assertThat(report).exists();
		assertThat(users).as("not this class's").exists();
	}

	@Test
	void aBatchsFilesAreThereOnceCommittedAndReadableBefore(@TempDir Path folder) throws Exception {
		Path history = folder.resolve("history").resolve("7").resolve("report.xlsx");
		Path latest = folder.resolve("report.xlsx");
		try (AtomicFiles.Batch files = AtomicFiles.batch()) {
			files.write(history, out -> out.write("the report".getBytes(StandardCharsets.UTF_8)));
			files.write(latest, out -> Files.copy(files.written(history), out));
			assertThat(history).as("not before the commit").doesNotExist();
			assertThat(latest).doesNotExist();
			files.commit();
		}
		assertThat(history).hasContent("the report");
		assertThat(latest).hasContent("the report");
		try (Stream<Path> all = Files.walk(folder)) {
			assertThat(all.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
		}
	}

	@Test
	void aBatchThatFailsLeavesNoneOfItsFiles(@TempDir Path folder) throws Exception {
		Path report = Files.writeString(folder.resolve("report.xlsx"), "last month's");
		Path brief = folder.resolve("brief.docx");
		assertThatThrownBy(() -> {
			try (AtomicFiles.Batch files = AtomicFiles.batch()) {
				files.write(report, out -> out.write("this month's".getBytes(StandardCharsets.UTF_8)));
				files.write(brief, out -> {
					out.write("half".getBytes(StandardCharsets.UTF_8));
					throw new IllegalStateException("the template broke");
				});
				files.commit();
			}
		}).hasMessage("the template broke");
		assertThat(report).as("as it was").hasContent("last month's");
		assertThat(brief).doesNotExist();
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files).containsExactly(report);
		}
	}

	@Test
	void aLeftoverMadeAfterTheFolderWasListedGoesOnceTheListingIsASecondOld(@TempDir Path folder) throws Exception {
		AtomicFiles.write(folder.resolve("report.xlsx"), out -> out.write(1));
		// Another instance, killed while it wrote the brief after this one had listed the folder.
		Path ofBrief = leftover(folder, "brief.docx");
		Thread.sleep(AtomicFiles.LISTING_MILLIS + 200);
		AtomicFiles.write(folder.resolve("brief.docx"), out -> out.write(2));
		assertThat(ofBrief).doesNotExist();
	}

	@Test
	void aFileStillBeingWrittenIsNoLeftoverToAnotherWriteOfItsTarget(@TempDir Path folder) throws Exception {
		Path report = folder.resolve("report.xlsx");
		try (AtomicFiles.Batch files = AtomicFiles.batch()) {
			files.write(report, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
			// The folder is listed again, the batch's temporary file in it: a leftover to no one.
			Thread.sleep(AtomicFiles.LISTING_MILLIS + 200);
			AtomicFiles.write(report, out -> out.write("beside".getBytes(StandardCharsets.UTF_8)));
			files.commit();
		}
		assertThat(report).hasContent("first");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files).containsExactly(report);
		}
	}
}
