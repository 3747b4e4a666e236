package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SmallSurvey;
import th.itabatch.validation.Message;

/**
 * Whose respondents an export's are: the unit its file's name names, its unit column's names, with
 * and without a register. The tests without one come first: the database is emptied once a class,
 * and the register the last test drops stays.
 */
@ItaApplicationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyExportUnitsTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	/**
	 * Without a register, an export whose file's name names its unit is that unit's, not the configured
	 * unit's: its unit column's other names ("กจ.", a group) are counted for it and said once (a trial's
	 * division had "กจ." made a unit of its own, and an export without a unit column reported as กองคลัง).
	 */
	@Test
	@Order(1)
	void withoutARegisterTheUnitAFileNamesIsItsExportsAndTheOtherNamesInItsColumnCountForIt() throws Exception {
		RunSummary summary = allCountedFor("กองการเจ้าหน้าที่",
				theThree("หน่วยงานที่ท่านสังกัด", "กองการเจ้าหน้าที่", "กจ.", "ฝ่ายบริหารทั่วไป"),
				"IIT รอบ 2 2564 กองการเจ้าหน้าที่.xlsx");

		java.util.List<Message> messages = summary.messages().values().stream().flatMap(java.util.List::stream).toList();
		assertThat(messages).filteredOn(m -> m.code().equals("SURVEY_UNIT_GROUPS")).singleElement().satisfies(m -> {
			assertThat(m.cell()).isEqualTo("B1");
			assertThat(m.thai()).startsWith("คอลัมน์สังกัดระบุชื่ออื่น (กจ., ฝ่ายบริหารทั่วไป) ที่ไม่ได้ลงทะเบียนเป็นหน่วยงาน")
				.contains("นับผู้ตอบเหล่านี้เป็นของ \"กองการเจ้าหน้าที่\"");
		});
	}

	/**
	 * Without a register, the configured unit comes before a guess from a file's name, which is said: the
	 * shipped กองคลัง took a trial's division's export, and a name's "… ส่ง กองแผนงาน" is no unit's (a review).
	 */
	@Test
	@Order(1)
	void withoutARegisterAnExportWithoutAUnitColumnIsTheConfiguredUnitsAndTheNameItsFileGivesIsSaid() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		XSSFWorkbook own = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);
		own.getSheetAt(0).getRow(0).getCell(1).setCellValue("อีเมล");
		ExampleWorkbooks.write(own, input.resolve("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน กองแผนงาน (การตอบกลับ).xlsx"));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.empty());

		assertThat(summary.outcome().units()).extracting(u -> u.unit()).containsExactly("กองคลัง");
		assertTheThreesScores(output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx"));
		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.filteredOn(m -> m.code().equals("SURVEY_FILE_NAME_UNIT_NOT_USED")).singleElement()
			.satisfies(m -> assertThat(m.english()).startsWith("the file's name names \"กองแผนงาน\", but there is no register"));
	}

	/**
	 * Without a register, a file's name whose words start with a unit's kind but name no unit the column
	 * names ("กลุ่มผู้มีส่วนได้ส่วนเสียภายใน", a department's form title) leaves the column's units as they are.
	 */
	@Test
	@Order(1)
	void withoutARegisterAFileNameTheColumnDoesNotNameTakesNoneOfItsRespondents() throws Exception {
		RunSummary summary = allCountedFor("กองคลัง", theThree("หน่วยงาน", "กองคลัง", "กองคลัง", "กองคลัง"),
				"IIT รอบ 2 2564 กลุ่มผู้มีส่วนได้ส่วนเสียภายใน.xlsx");

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::code))
			.doesNotContain("SURVEY_UNIT_GROUPS");
	}

	/**
	 * Without a register, a division's form asking for its groups, every answer a กลุ่ม or ฝ่าย and the
	 * file's unit a กอง: the division's survey (a review: its groups were reported, the division not).
	 */
	@Test
	@Order(1)
	void withoutARegisterADivisionsFormOfItsGroupsCountsForTheDivision() throws Exception {
		RunSummary summary = allCountedFor("กองการเจ้าหน้าที่",
				theThree("ท่านสังกัดกลุ่มงานใด", "ฝ่ายบริหารทั่วไป", "กลุ่มงานวินัยและนิติการ", "ฝ่ายบริหารทั่วไป"),
				"IIT รอบ 2 2564 กองการเจ้าหน้าที่.xlsx");

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::code))
			.contains("SURVEY_UNIT_GROUPS");
	}

	/** Without a register or a unit in the file's name, each name is a unit, and the export says what would pool them. */
	@Test
	@Order(1)
	void withoutARegisterOrAUnitInTheFileNameEachNameTypedIsAUnitAndTheExportSaysSo() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.write(theThree("หน่วยงาน", "กองคลัง", "กค.", "อื่นๆ (โปรดระบุ)"),
				input.resolve("IIT รอบ 2 2564 (การตอบกลับ).xlsx"));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.empty());

		assertThat(summary.outcome().units()).extracting(u -> u.unit()).containsExactlyInAnyOrder("กองคลัง", "กค.");
		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.filteredOn(m -> m.code().equals("SURVEY_UNITS_AS_TYPED")).singleElement()
			.satisfies(m -> assertThat(m.english()).startsWith("the unit column names 2 units (กองคลัง, กค.)"));
		// A form's "Other" left as it is names no unit (a trial's made a report of its own).
		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.filteredOn(m -> m.code().equals("SURVEY_UNIT_BLANK")).singleElement()
			.satisfies(m -> assertThat(m.english()).startsWith("1 respondent(s) named no unit"));
	}

	/**
	 * A division's own survey asking which of its groups the respondent is in ("ท่านสังกัดกลุ่มงานใด"):
	 * with a register, the groups are no units of it, and every respondent counts for the unit the
	 * file's name names (a trial had four group reports and none of the division).
	 */
	@Test
	@Order(2)
	void aDivisionsExportNamingItsGroupsCountsForTheRegisteredUnitItsFileNames() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleDepartment.writeRegister(input);
		ExampleWorkbooks.write(theThree("ท่านสังกัดกลุ่มงานใด", "ฝ่ายบริหารทั่วไป", "กลุ่มงานวินัยและนิติการ", "กค."),
				input.resolve("IIT รอบ 2 2564 กองคลัง.xlsx"));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.of(java.time.YearMonth.of(2021, 7)));

		assertTheThreesScores(output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx"));
		java.util.List<Message> messages = summary.messages().values().stream().flatMap(java.util.List::stream).toList();
		assertThat(messages).extracting(Message::code).doesNotContain("UNIT_UNKNOWN");
		assertThat(messages).filteredOn(m -> m.code().equals("SURVEY_UNIT_GROUPS")).singleElement()
			.satisfies(m -> assertThat(m.english()).startsWith(
					"the unit column names others (ฝ่ายบริหารทั่วไป, กลุ่มงานวินัยและนิติการ) that are no registered unit"));
		assertThat(output.resolve("ITA-report_ฝ่ายบริหารทั่วไป_FY2564_2564-07.xlsx")).doesNotExist();
	}

	/** Runs the export alone, no month asked: every respondent counted for the unit, scored as by hand. */
	private RunSummary allCountedFor(String unit, XSSFWorkbook export, String fileName) throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.write(export, input.resolve(fileName));
		Path output = work.resolve("out");
		RunSummary summary = oneShot.run(input, output, Optional.empty());
		assertThat(summary.outcome().units()).extracting(u -> u.unit()).containsExactly(unit);
		assertTheThreesScores(output.resolve("ITA-report_" + unit + "_FY2564_2564-07.xlsx"));
		return summary;
	}

	/**
	 * A department-wide export named for the department: its column's unknown unit is told of, not
	 * counted as the department's own (a review and a trial had a report of the department's own made
	 * of them, and the department's mean with it).
	 */
	@Test
	@Order(3)
	void aDepartmentsExportNamedForItKeepsItsUnitsAndTellsOfAnUnknownOne() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.write(theThree("หน่วยงาน", "กองคลัง", "กองการเจ้าหน้าที่", "กองการเจ้าหน้าที่"),
				input.resolve("IIT รอบ 2 2564 กรมทดสอบ.xlsx"));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.of(java.time.YearMonth.of(2021, 7)));

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::code))
			.contains("UNIT_UNKNOWN")
			.doesNotContain("SURVEY_UNIT_GROUPS");
		assertThat(output.resolve("ITA-report_กรมทดสอบ_FY2564_2564-07.xlsx")).doesNotExist();
	}

	/** SmallSurvey's three respondents, their unit column headed so and typed so. */
	private static XSSFWorkbook theThree(String header, String... typed) {
		XSSFWorkbook export = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);
		XSSFSheet sheet = export.getSheetAt(0);
		sheet.getRow(0).getCell(1).setCellValue(header);
		for (int r = 0; r < typed.length; r++) {
			sheet.getRow(r + 1).getCell(1).setCellValue(typed[r]);
		}
		return export;
	}

	private static void assertTheThreesScores(Path report) throws Exception {
		SurveyJobFunctionalTests.assertTheThreesScores(report);
	}
}
