package th.itabatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of the input folder are read, and the names their stored copies get. */
class InboxFilesTests {

	@Test
	void lockHiddenAndTemporaryFilesAreIgnoredWithAReason() {
		assertThat(InboxFiles.whyIgnored(Path.of("~$ita-scores.xlsx"))).hasValueSatisfying(why -> assertThat(why).contains("lock"));
		assertThat(InboxFiles.whyIgnored(Path.of("..สรุป.xlsx"))).hasValueSatisfying(why -> assertThat(why).contains("hidden"));
		assertThat(InboxFiles.whyIgnored(Path.of("scores.xlsx.crdownload"))).isPresent();
		assertThat(InboxFiles.whyIgnored(Path.of("ผลคะแนน.xlsx"))).isEmpty();
	}

	@Test
	void aLongThaiNameIsCutToWhatEveryDiskTakesAndTheOriginalIsKept() {
		String name = "ผลคะแนนการประเมินคุณธรรม".repeat(4) + ".xlsx";

		String stored = InboxFiles.safeName(name);

		assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(InboxFiles.NAME_BYTES);
		assertThat(stored).startsWith("ผลคะแนน").endsWith("….xlsx");
		assertThat(InboxFiles.originalName("C:\\Users\\somchai\\" + name)).isEqualTo(name);
	}

	@Test
	void filesAreTakenInTheOrderTheyWereSavedThenByName(@TempDir Path folder) throws Exception {
		Instant morning = Instant.parse("2021-07-01T02:00:00Z");
		Path corrected = Files.writeString(folder.resolve("คะแนน (1).xlsx"), "x");
		Path first = Files.writeString(folder.resolve("คะแนน.xlsx"), "x");
		Path plan = Files.writeString(folder.resolve("แผน.xlsx"), "x");
		Path scores = Files.writeString(folder.resolve("ก-คะแนน.xlsx"), "x");
		Files.createDirectories(folder.resolve("history"));
		Files.setLastModifiedTime(first, FileTime.from(morning));
		Files.setLastModifiedTime(corrected, FileTime.from(morning.plusSeconds(600)));
		Files.setLastModifiedTime(plan, FileTime.from(morning.plusSeconds(900)));
		Files.setLastModifiedTime(scores, FileTime.from(morning.plusSeconds(900)));

		assertThat(InboxFiles.inOrder(folder)).as("a trial: by name, the older file came last and its scores counted")
			.containsExactly(first, corrected, scores, plan);
	}
}
