package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Report file names: one to a unit, whatever characters its name has, fitting every disk. */
class ReportFilesTests {

	@Test
	void aSafeNameStaysAsItIs() {
		assertThat(ReportFiles.unitKey("กองคลัง")).isEqualTo("กองคลัง");
	}

	@Test
	void unitsThatLookAlikeOnDiskGetNamesOfTheirOwn() {
		List<String> keys = List.of("กองชน ก", "กองชน-ก", "กองชน/ก", "กองชน_ก").stream().map(ReportFiles::unitKey).toList();

		assertThat(keys).doesNotHaveDuplicates();
		assertThat(keys).allMatch(key -> key.startsWith("กองชน"));
		assertThat(keys).noneMatch(key -> key.contains("/") || key.contains(" "));
	}

	@Test
	void aVeryLongUnitNameIsCutButStaysItsOwn() {
		String longName = "กองทดสอบที่ยาวมาก".repeat(40);

		String key = ReportFiles.unitKey(longName);

		assertThat(key.length()).isLessThanOrEqualTo(ReportFiles.UNIT_CHARS + 9);
		assertThat(key).isNotEqualTo(ReportFiles.unitKey(longName + "ก"));
	}
}
