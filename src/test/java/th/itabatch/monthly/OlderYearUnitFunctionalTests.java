package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
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
import th.itabatch.runs.UnitRun;

/**
 * A run without a month, where one unit's newest scores are of the fiscal year before the others':
 * every unit is reported on the one month the data reach, that unit included, and so is its place
 * in its department's report.
 */
@ItaApplicationTest
class OlderYearUnitFunctionalTests {

	private static final YearMonth JUNE_2564 = YearMonth.of(2021, 6);

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private MockMvc mvc;

	@TempDir
	Path work;

	/**
	 * A division whose own newest scores are of the year before (a new user's trial: its FY 2565
	 * scores were under a misspelt name) was reported on that year's July and left out of its
	 * department's report of the month the others were reported on: it is reported on that month.
	 */
	@Test
	void aUnitWhoseNewestScoresAreOfTheYearBeforeIsReportedOnTheSameMonth() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);
		XSSFWorkbook older = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(older.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			s.row("A" + (indicator + 1), "สลก.", 2563, 2, indicator, 70);
		}
		ExampleWorkbooks.write(older, input.resolve("scores-2563.xlsx"));

		RunSummary reported = oneShot.run(input, output, Optional.empty());

		assertThat(reported.exitCode()).isZero();
		assertThat(reported.outcome().units()).extracting(UnitRun::unit).contains("สำนักงานเลขานุการกรม");
		assertThat(reported.outcome().units()).extracting(UnitRun::month).containsOnly(JUNE_2564);
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::month).containsOnly(JUNE_2564);
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells units = report.sheet("หน่วยงาน");
			assertThat(List.of(units.text("B4"), units.text("B5"), units.text("B6"), units.text("B7"), units.text("B8")))
				.as("the division among its department's units, with its latest scores (70)")
				.contains("สำนักงานเลขานุการกรม");
		}
		String page = mvc.perform(get("/").param("month", "2564-06").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).as("a trial: the page gave an older round's fail with nothing to say its target was that round's")
			.containsOnlyOnce("<sup class=\"older\" title=\"ผลปีงบประมาณ 2563 รอบที่ 2 ผ่านหรือไม่ผ่านตามค่าเป้าหมายของรอบนั้น (92.50)\">*</sup>")
			.contains("id=\"older-round\"");
	}
}
