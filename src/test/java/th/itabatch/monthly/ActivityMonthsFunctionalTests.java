package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;

/**
 * This month's and next month's activities say what is known of them then (a trial): the example's
 * activity 1 runs in June and again in August, done in June; activity 2 runs in July, begun in June.
 * In July's report the August list has activity 1 not reported (June's run said nothing of
 * August's), and the July list has activity 2 in progress as of June, in the Excel report, the brief
 * and the unit's page.
 */
@ItaApplicationTest
class ActivityMonthsFunctionalTests {

	private static final YearMonth JULY_2564 = YearMonth.of(2021, 7);

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private MockMvc mvc;

	@Test
	void aRepeatedActivitysEarlierRunAndAnOlderRowAreSaidForWhatTheyAre(@TempDir Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), input.resolve(ExampleWorkbooks.SCORES_FILE));
		XSSFWorkbook plan = (XSSFWorkbook) ExampleWorkbooks.plan();
		// Activity 1 again in August (column N); activity 2 begun in June.
		new SheetBuilder(plan.getSheet("แผนปฏิบัติการ")).text("N5", "✓");
		new SheetBuilder(plan.getSheet("ผลการดำเนินงาน")).row("A5", ExampleWorkbooks.ACTIVITY_2, "มิ.ย. 64",
				"อยู่ระหว่างดำเนินการ", "เตรียมข้อมูลหัวข้อที่คะแนนต่ำ");
		// Activity 3 (August and September) begun early, in June: in August's list, as of June.
		new SheetBuilder(plan.getSheet("ผลการดำเนินงาน")).row("A6", ExampleWorkbooks.ACTIVITY_3, "มิ.ย. 64",
				"อยู่ระหว่างดำเนินการ", "ร่างข่าวคุณธรรม");
		ExampleWorkbooks.write(plan, input.resolve(ExampleWorkbooks.PLAN_FILE));

		assertThat(oneShot.run(input, output, Optional.of(JULY_2564)).exitCode()).isLessThan(2);

		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx"))) {
			XSSFSheet activities = report.sheet("กิจกรรม").sheet;
			int july = rowOf(activities, "กิจกรรมตามแผนของเดือน กรกฎาคม");
			int august = rowOf(activities, "กิจกรรมตามแผนของเดือนถัดไป");
			assertThat(july).isPositive().isLessThan(august);
			assertThat(statusOf(activities, july, 2)).isEqualTo("อยู่ระหว่างดำเนินการ (ข้อมูล มิ.ย. ๒๕๖๔)");
			assertThat(statusOf(activities, august, 1)).as("June's run was done; August's is not reported yet")
				.isEqualTo("ยังไม่มีรายงานผล");
			assertThat(statusOf(activities, august, 3)).isEqualTo("อยู่ระหว่างดำเนินการ (ข้อมูล มิ.ย. ๒๕๖๔)");
			assertThat(statusOf(activities, 0, 1)).as("among the activities due, June's run done, as said then")
				.isEqualTo("ดำเนินการแล้ว");
		}
		String brief = documentXml(output.resolve("ITA-brief_กองคลัง_FY2564_2564-07.docx"));
		assertThat(brief).contains("อยู่ระหว่างดำเนินการ (ข้อมูล มิ.ย. ๒๕๖๔)");

		String page = mvc.perform(get("/unit").param("name", "กองคลัง").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String nextMonth = page.substring(page.indexOf(">กิจกรรมของเดือนถัดไป</h3>"));
		assertThat(page).contains("<small class=\"muted\">(ข้อมูล มิถุนายน 2564)</small>");
		assertThat(nextMonth.substring(0, nextMonth.indexOf("</ul>"))).contains("ยังไม่มีรายงานผล")
			.doesNotContain("ดำเนินการแล้ว")
			.as("begun before it is due: as stored, with its month and result")
			.contains("อยู่ระหว่างดำเนินการ", "(ข้อมูล มิถุนายน 2564)", "ร่างข่าวคุณธรรม");
	}

	/**
	 * A workbook with a correction of one activity's June row leaves June's other rows as they were
	 * received: a trial's February workbook with one corrected January row made January's other
	 * activities "not reported".
	 */
	@Test
	void aCorrectionOfOneActivityKeepsTheMonthsOtherRows(@TempDir Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), input.resolve(ExampleWorkbooks.SCORES_FILE));
		XSSFWorkbook plan = (XSSFWorkbook) ExampleWorkbooks.plan();
		new SheetBuilder(plan.getSheet("ผลการดำเนินงาน")).row("A5", ExampleWorkbooks.ACTIVITY_2, "มิ.ย. 64",
				"อยู่ระหว่างดำเนินการ", "เตรียมข้อมูลหัวข้อที่คะแนนต่ำ");
		ExampleWorkbooks.write(plan, input.resolve(ExampleWorkbooks.PLAN_FILE));
		assertThat(oneShot.run(input, output, Optional.of(JULY_2564.minusMonths(1))).exitCode()).isLessThan(2);

		Path later = Files.createDirectories(work.resolve("later"));
		XSSFWorkbook correction = (XSSFWorkbook) ExampleWorkbooks.plan();
		correction.removeSheetAt(0);
		new SheetBuilder(correction.getSheet("ผลการดำเนินงาน")).text("C4", "อยู่ระหว่างดำเนินการ");
		ExampleWorkbooks.write(correction, later.resolve("ผลการดำเนินงาน มิ.ย. 64 แก้ไข.xlsx"));
		assertThat(oneShot.run(later, output, Optional.of(JULY_2564.minusMonths(1))).exitCode()).isLessThan(2);

		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			XSSFSheet activities = report.sheet("กิจกรรม").sheet;
			assertThat(statusOf(activities, 0, 1)).as("the corrected row").isEqualTo("อยู่ระหว่างดำเนินการ");
			int july = rowOf(activities, "กิจกรรมตามแผนของเดือนถัดไป");
			assertThat(statusOf(activities, july, 2)).as("June's row of activity 2, which the correction did not hold")
				.startsWith("อยู่ระหว่างดำเนินการ");
			StringBuilder warnings = new StringBuilder();
			report.sheet("ข้อสังเกต").sheet.forEach(row -> row.forEach(cell -> warnings.append(cell).append(' ')));
			assertThat(warnings.toString()).as("a review: the row it replaced is not another row of the month")
				.doesNotContain("PROGRESS_DUPLICATE");
		}
	}

	/** The first row at or after row 0 whose first cell starts with the text, or -1. */
	private static int rowOf(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).toString().startsWith(text)) {
				return row.getRowNum();
			}
		}
		return -1;
	}

	/** The status (column E) of the activity numbered so in the first table below the row. */
	private static String statusOf(XSSFSheet sheet, int from, int number) {
		for (int r = from + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && row.getCell(0).toString().equals(number + ".0")) {
				return row.getCell(4).getStringCellValue();
			}
		}
		return null;
	}

	/** The brief's body as written (its XML read from the archive; nothing left behind in the temp folder). */
	private static String documentXml(Path docx) throws Exception {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
	}
}
