package th.itabatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

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
}
