package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

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
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.runs.DepartmentRun;

/**
 * A division none of whose groups has sent anything gets its department report all the same (a new
 * user's trial found none made): its units listed as having sent nothing, which its office chases.
 */
@ItaApplicationTest
class SilentDepartmentFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private MockMvc mvc;

	@TempDir
	Path work;

	@Test
	void aDivisionWhoseUnitsSentNothingIsReportedWithThemAsSilent() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder r = new SheetBuilder(register.createSheet("ทะเบียนหน่วยงาน"));
		r.row("A1", "รหัส", "ชื่อหน่วยงาน", "สังกัด");
		r.row("A2", "01", "กรมทดลอง", "");
		r.row("A3", "0101", "กองส่งแล้ว", "01");
		r.row("A4", "010101", "กลุ่มงานส่งแล้ว", "0101");
		r.row("A5", "0102", "กองยังไม่ส่ง", "01");
		r.row("A6", "010201", "กลุ่มงานยังไม่ส่งหนึ่ง", "0102");
		r.row("A7", "010202", "กลุ่มงานยังไม่ส่งสอง", "0102");
		ExampleWorkbooks.write(register, input.resolve("units.xlsx"));
		writeScoresOfTheOneThatSent(input);

		RunSummary reported = oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(reported.exitCode()).isZero();
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::name)
			.containsExactlyInAnyOrder("กรมทดลอง", "กองส่งแล้ว", "กองยังไม่ส่ง");
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กองยังไม่ส่ง_FY2564_2564-06.xlsx"))) {
			ReportCells summary = report.sheet("สรุป");
			assertThat(summary.number("B8")).as("units followed").isEqualTo(2);
			assertThat(summary.number("B9")).as("with scores").isZero();
			assertThat(summary.number("B13")).as("sent nothing").isEqualTo(2);
			assertThat(summary.narrative()).contains("กลุ่มงานยังไม่ส่งหนึ่ง", "กลุ่มงานยังไม่ส่งสอง");
			ReportCells units = report.sheet("หน่วยงาน");
			assertThat(units.text("B4") + " " + units.text("B5")).contains("กลุ่มงานยังไม่ส่งหนึ่ง", "กลุ่มงานยังไม่ส่งสอง");
		}
	}

	@Test
	void aUnitWhoseWorkbookWasRefusedIsToldApartFromOneThatSentNothing() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder r = new SheetBuilder(register.createSheet("ทะเบียนหน่วยงาน"));
		r.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		r.row("A2", "01", "กรมทดลอง", "", "");
		r.row("A3", "0101", "กลุ่มงานส่งแล้ว", "", "01");
		r.row("A4", "0102", "กลุ่มงานส่งผิด", "กสผ.", "01");
		r.row("A5", "0103", "กลุ่มงานเงียบ", "", "01");
		ExampleWorkbooks.write(register, input.resolve("units.xlsx"));
		writeScoresOfTheOneThatSent(input);
		assertThat(oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH)).exitCode()).isZero();
		// Later, that unit's workbook alone, refused: no unit is reported, and the department's report to
		// download says what its page says (it said "sent nothing" until another unit's data came).
		Path later = Files.createDirectories(work.resolve("later"));
		XSSFWorkbook refused = new XSSFWorkbook();
		SheetBuilder w = new SheetBuilder(refused.createSheet("คะแนน"));
		w.text("A1", "หน่วยงาน: กสผ.").text("A2", "ปีงบประมาณ 2564");
		w.row("A4", "ตัวชี้วัด", "รอบ 2");
		for (int indicator = 1; indicator <= 5; indicator++) {
			w.row("A" + (indicator + 4), indicator, indicator == 3 ? 197.5 : 91);
		}
		ExampleWorkbooks.write(refused, later.resolve("คะแนน กสผ.xlsx"));

		RunSummary reported = oneShot.run(later, output, Optional.empty());

		assertThat(reported.exitCode()).as("a workbook refused").isEqualTo(2);
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::name).contains("กรมทดลอง");
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดลอง_FY2564_2564-06.xlsx"))) {
			ReportCells summary = report.sheet("สรุป");
			assertThat(summary.number("B13")).as("sent nothing: the silent one alone").isEqualTo(1);
			assertThat(summary.number("B14")).as("sent a workbook refused").isEqualTo(1);
			String narrative = summary.narrative();
			assertThat(narrative).contains("หน่วยงานที่ยังไม่ส่งข้อมูลใด ๆ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือนมิถุนายน ๒๕๖๔ ๑ หน่วยงาน ได้แก่ กลุ่มงานเงียบ")
				.contains("หน่วยงานที่ส่งไฟล์แล้วแต่ไฟล์มีข้อผิดพลาด จึงยังไม่ได้นำข้อมูลมาใช้ ๑ หน่วยงาน ได้แก่ กลุ่มงานส่งผิด")
				.as("the one with scores and no plan is asked for its plan, not for the month's progress")
				.contains("หน่วยงานที่ยังไม่ส่งแผนปฏิบัติการของปีงบประมาณ ๒๕๖๔ (จึงยังติดตามผลการดำเนินงานไม่ได้) ๑ หน่วยงาน ได้แก่ กลุ่มงานส่งแล้ว")
				.doesNotContain("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือน");
		}
		// The department page as well: the refused one beside those that sent nothing, and the filter of
		// those that sent nothing without it. (A page may answer from the reading before while it reads anew.)
		String page = departmentPage("");
		for (int tries = 0; tries < 50 && !page.contains("id=\"refused\""); tries++) {
			Thread.sleep(200);
			page = departmentPage("");
		}
		assertThat(page).contains("id=\"silent\"><span>1</span><span class=\"muted\"> (กลุ่มงานเงียบ)</span>")
			.contains("id=\"refused\"><a href=\"/inputs\">1</a><span class=\"muted\"> (กลุ่มงานส่งผิด)</span>")
			.containsOnlyOnce("class=\"refused\"");
		assertThat(departmentPage("&show=silent")).contains(">กลุ่มงานเงียบ</a>").doesNotContain(">กลุ่มงานส่งผิด</a>");
	}

	/** กลุ่มงานส่งแล้ว's round 2 of FY 2564, 90 on every indicator. */
	private static void writeScoresOfTheOneThatSent(Path input) throws Exception {
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			s.row("A" + (indicator + 1), "กลุ่มงานส่งแล้ว", 2564, 2, indicator, 90);
		}
		ExampleWorkbooks.write(scores, input.resolve("scores.xlsx"));
	}

	private String departmentPage(String query) throws Exception {
		return mvc.perform(get("/?dept=01&month=2564-06" + query).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
