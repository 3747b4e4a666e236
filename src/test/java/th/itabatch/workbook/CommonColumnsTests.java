package th.itabatch.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommonColumnsTests {

	@ParameterizedTest
	@CsvSource({ "แผน ปี 66,2566", "แผนปฏิบัติการ ปีงบประมาณ 2567,2567", "ปีงบ ๒๕๖๕,2565", "FY2023,2566", "2566,2566",
			"แผน 2567 (แก้ไข),2567" })
	void aSheetNamedForItsYearGivesIt(String name, int year) {
		assertThat(CommonColumns.fiscalYearInSheetName(name)).contains(year);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sheet1", "แผนปฏิบัติการ", "ต.ค.66", "ผลการดำเนินงาน มี.ค.", "สรุป 12 เดือน", "ไตรมาส 2" })
	void otherSheetNamesGiveNone(String name) {
		assertThat(CommonColumns.fiscalYearInSheetName(name)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "รอบ 1/2566,2566", "รอบที่ ๒/๖๖,2566", "ครั้งที่ 1 - 2567,2567", "รอบ 1 ปี 67,2567", "2567 รอบ 1,2567",
			"รอบ 5 เดือนแรก ปีงบประมาณ 2566,2566" })
	void aRoundsHeadingWithItsYearGivesIt(String heading, int year) {
		assertThat(CommonColumns.fiscalYearInRoundHeading(heading)).contains(year);
	}

	@ParameterizedTest
	@ValueSource(strings = { "รอบ 1", "รอบ 5 เดือนแรก", "รอบ 1-2", "รอบ 1 (1 ต.ค. 2565 – 28 ก.พ. 2566)", "Round 2",
			"รอบ 1 (ณ 31 ธ.ค. 2565)", "ครั้งที่ 1-10", "รอบ 1 ต.ค. 2565 - ก.พ. 66" })
	void roundHeadingsWithoutOneYearGiveNone(String heading) {
		assertThat(CommonColumns.fiscalYearInRoundHeading(heading)).isEmpty();
	}
}
