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
		List<String> keys = List.of("กองชน ก", "กองชน  ก", "กองชน-ก", "กองชน/ก", "กองชน_ก").stream().map(ReportFiles::unitKey)
			.toList();

		assertThat(keys).doesNotHaveDuplicates();
		assertThat(keys).allMatch(key -> key.startsWith("กองชน"));
		assertThat(keys).noneMatch(key -> key.contains("/") || key.contains("  "));
		assertThat(keys.get(0)).as("a trial: \"สำนักงานเขต-1-3b9e6334\" for สำนักงานเขต 1").isEqualTo("กองชน ก");
	}

	@Test
	void aVeryLongUnitNameIsCutButStaysItsOwn() {
		String longName = "กองทดสอบที่ยาวมาก".repeat(40);

		String key = ReportFiles.unitKey(longName);

		assertThat(key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ReportFiles.UNIT_BYTES);
		assertThat(key).isNotEqualTo(ReportFiles.unitKey(longName + "ก"));
	}

	@Test
	void aLongThaiNameOfACentreIsKeptWhole() {
		// A trial's three centres, cut at forty letters, were one name and three hashes.
		String centre = "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านบางแค";

		assertThat(ReportFiles.unitKey(centre)).isEqualTo(centre);
	}
}
