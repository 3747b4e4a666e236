package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;

/**
 * A unit whose scores workbook was refused while its plan is in use: a trial's unit report said "no
 * scores in the data" and listed no warning, and its department report counted no unit with a refused
 * workbook, so a report for the DOC system said the unit sent no scores. Its report now says which
 * file was refused, with the errors to mend; its department counts and names it; once the scores are
 * sent again and used, neither says so.
 */
@ItaApplicationTest
class RefusedWorkbookFunctionalTests {

	private static final String SCORES = "คะแนน ITA กองว่าง.xlsx";

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@TempDir
	Path work;

	/** Each test's refused workbooks its own: the department counts every one since the year began. */
	@org.junit.jupiter.api.BeforeEach
	void noInputs() {
		jdbc.sql("DELETE FROM ita_report").update();
		jdbc.sql("DELETE FROM ita_input").update();
	}

	@Test
	void aUnitsRefusedScoresAreSaidInItsReportAndItsDepartments() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);
		XSSFWorkbook plan = (XSSFWorkbook) ExampleWorkbooks.plan();
		plan.getSheetAt(0).getRow(0).getCell(0).setCellValue("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส กองว่าง");
		ExampleWorkbooks.write(plan, input.resolve("แผน ITA กองว่าง.xlsx"));
		ExampleWorkbooks.write(scores("197.11"), input.resolve(SCORES));

		oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));

		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองว่าง_FY2564_2564-06.xlsx"))) {
			assertThat(report.sheet("รายงาน").texts()).anySatisfy(text -> assertThat(text)
				.startsWith("ไฟล์ที่กองว่างส่งมาแต่มีข้อผิดพลาด จึงยังไม่นำข้อมูลมาใช้ในรายงานนี้: " + SCORES));
			ReportCells warnings = report.sheet("ข้อสังเกต");
			assertThat(warnings.text("A4")).isEqualTo(SCORES);
			assertThat(warnings.text("D4")).isEqualTo("SCORE_RANGE");
		}
		try (ReportCells department = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells summary = department.sheet("สรุป");
			assertThat(summary.number("B14")).as("sent with errors: กองว่าง, its plan in use").isEqualTo(1);
			assertThat(summary.narrative()).contains("หน่วยงานที่ส่งไฟล์แล้วแต่ไฟล์มีข้อผิดพลาด จึงยังไม่ได้นำข้อมูลมาใช้ ๑ หน่วยงาน ได้แก่ กองว่าง");
		}

		// Sent again, mended: used, and said by neither.
		ExampleWorkbooks.write(scores("97.11"), input.resolve(SCORES));
		oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));
		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองว่าง_FY2564_2564-06.xlsx"))) {
			assertThat(report.sheet("รายงาน").texts()).noneSatisfy(text -> assertThat(text).contains("มีข้อผิดพลาด"));
			assertThat(report.sheet("ข้อสังเกต").texts()).doesNotContain("SCORE_RANGE");
		}
		try (ReportCells department = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			assertThat(department.sheet("สรุป").number("B14")).isZero();
		}
	}

	/**
	 * A unit whose scores of the year are in use sends more that are refused: counted among those that
	 * sent files with errors, as its own report says (a retrial's round-2 export refused beside round 1
	 * in use: "sent with errors 0").
	 */
	@Test
	void refusedScoresAfterOnesInUseAreCountedToo() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);
		oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));
		ExampleWorkbooks.write(scores("197.11", "กองคลัง"), input.resolve("คะแนน ITA กองคลัง แก้ไข.xlsx"));

		th.itabatch.cli.RunSummary again = oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));

		// Its own report is made again, the refused file's errors first, and its page says them (a trial's
		// run found the report unchanged, and neither it nor the unit's page said a word of the refusal).
		assertThat(again.outcome().units()).filteredOn(u -> u.unit().equals("กองคลัง")).singleElement()
			.satisfies(u -> assertThat(u.alreadyDone()).isFalse());
		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			ReportCells warnings = report.sheet("ข้อสังเกต");
			assertThat(warnings.text("A4")).isEqualTo("คะแนน ITA กองคลัง แก้ไข.xlsx");
			assertThat(warnings.text("D4")).isEqualTo("SCORE_RANGE");
		}
		assertThat(mvc.perform(get("/unit").param("name", "กองคลัง").with(user("viewer").roles("VIEWER")))
			.andReturn().getResponse().getContentAsString()).contains("คะแนน ITA กองคลัง แก้ไข.xlsx", "SCORE_RANGE");
		// Left in the folder, refused again at the next run: the report is not made again (a review).
		assertThat(oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH)).outcome().units())
			.allSatisfy(u -> assertThat(u.alreadyDone()).as(u.unit()).isTrue());

		try (ReportCells department = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells summary = department.sheet("สรุป");
			assertThat(summary.number("B14")).as("sent with errors: กองคลัง, its earlier scores in use").isEqualTo(1);
			assertThat(summary.narrative()).contains("ไฟล์มีข้อผิดพลาด จึงยังไม่ได้นำข้อมูลมาใช้ ๑ หน่วยงาน ได้แก่ กองคลัง");
		}
	}

	/** The seed's scores under กองว่าง's label, the first indicator's as given. */
	private static XSSFWorkbook scores(String first) {
		return scores(first, "กองว่าง");
	}

	private static XSSFWorkbook scores(String first, String unit) {
		XSSFWorkbook scores = ExampleWorkbooks.scoresWorkbook();
		scores.getSheetAt(0).getRow(0).getCell(0).setCellValue("ผลคะแนน ITA");
		scores.getSheetAt(0).getRow(1).getCell(0).setCellValue("หน่วยงาน: " + unit);
		scores.getSheetAt(0).getRow(5).getCell(2).setCellValue(Double.parseDouble(first));
		return scores;
	}
}
