package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.runs.UnitRun;

/**
 * A planning office's summary of its units, a row per unit and a column per indicator under each
 * round, through the jobs: the same figures as {@link DepartmentReportFunctionalTests}'s long table
 * give the same unit and department reports.
 */
@ItaApplicationTest
class MatrixScoresFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Test
	void aSummaryOfUnitsByIndicatorIsReportedUnitByUnitAndForTheDepartment(@TempDir Path work) throws Exception {
		Path folder = Files.createDirectories(work.resolve("inputs"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(folder);
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("สรุปผล"));
		s.text("A1", "สรุปผลคะแนน ITA หน่วยงานในสังกัดกรมทดสอบ ปีงบประมาณ พ.ศ. ๒๕๖๔");
		s.row("A3", "ลำดับ", "หน่วยงาน", "รอบที่ 1", null, null, null, null, "รอบที่ 2");
		s.merge("A3:A4").merge("B3:B4").merge("C3:G3").merge("H3:L3");
		s.row("C4", "IIT1", "IIT2", "IIT3", "IIT4", "IIT5", "IIT1", "IIT2", "IIT3", "IIT4", "IIT5");
		s.row("A5", 1, "กค.", 80, 80, 80, 80, "-", 92, 90, 70, 95, 93);
		s.row("A6", 2, "กลุ่มงานหนึ่ง", 80, 80, 80, 80, 80, 80, 82, 75, 85, 78);
		s.row("A7", 3, "กลุ่มงานสอง", 80, 80, 80, 80, 80, 95, 94, 90, 96, 95);
		s.row("A8", null, "ค่าเฉลี่ย", 80, 80, 80, 80, 80, 89, 88.67, 78.33, 92, 88.67);
		ExampleWorkbooks.write(scores, folder.resolve("สรุปคะแนนหน่วยงาน.xlsx"));
		// The example's plan names กองคลัง run into its title's words ("…ให้กับบุคลากรกองคลัง"); a copy
		// naming กลุ่มงานหนึ่ง so is read again against the register that came with it, and filed under it.
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), folder.resolve(ExampleWorkbooks.PLAN_FILE));
		org.apache.poi.ss.usermodel.Workbook other = ExampleWorkbooks.plan();
		other.getSheetAt(0).getRow(0).getCell(0).setCellValue("แผนขับเคลื่อนนโยบายให้กับบุคลากรกลุ่มงานหนึ่ง");
		ExampleWorkbooks.write(other, folder.resolve("แผน-กลุ่มงานหนึ่ง.xlsx"));

		RunSummary summary = oneShot.run(folder, output, Optional.of(ExampleDepartment.MONTH));

		List<th.itabatch.validation.Message> messages = summary.messages().values().stream().flatMap(List::stream).toList();
		assertThat(messages).as("the mean row is the sheet's own sum, not a unit the register lacks")
			.noneMatch(m -> m.code().equals("UNIT_UNKNOWN"))
			.as("a dash is no score, not a survey's answer (a trial's sheet was refused as a survey for one)")
			.noneMatch(m -> m.code().startsWith("SURVEY_"));
		assertThat(messages).filteredOn(m -> m.file().equals("สรุปคะแนนหน่วยงาน.xlsx"))
			.extracting(th.itabatch.validation.Message::code)
			.as("the dash said once, at its cell, under the unit's short name as much as its registered one")
			.containsExactly("SCORE_MISSING");
		assertThat(messages).filteredOn(m -> m.file().equals("แผน-กลุ่มงานหนึ่ง.xlsx") || m.file().equals(ExampleWorkbooks.PLAN_FILE))
			.extracting(th.itabatch.validation.Message::code)
			.as("each named by its title's run-in name, where both went to the configured กองคลัง, one replacing the other")
			.doesNotContain("UNIT_FROM_CONFIGURATION", "UNIT_MISSING");
		assertThat(summary.outcome().units()).extracting(UnitRun::unit)
			.containsExactlyInAnyOrder("กองคลัง", "กลุ่มงานหนึ่ง", "กลุ่มงานสอง");
		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			ReportCells sheet = report.sheet("รายงาน");
			assertThat(sheet.number("C10")).as("round 2's IIT3, under the group header รอบที่ 2").isEqualTo(70);
			assertThat(sheet.text("B13")).isEqualTo("ภาพรวม");
			assertThat(sheet.number("C13")).as("(92 + 90 + 70 + 95 + 93) / 5").isEqualTo(88);
		}
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells units = report.sheet("สรุป");
			assertThat(units.number("B9")).as("with scores").isEqualTo(3);
			assertThat(units.number("B10")).as("pass the round's 92.50: กลุ่มงานสอง alone").isEqualTo(1);
			assertThat(units.number("B15")).as("(88 + 80 + 94) / 3").isEqualTo(87.33);
			ReportCells ranked = report.sheet("หน่วยงาน");
			assertThat(List.of(ranked.text("B6"), ranked.text("K6"))).as("กลุ่มงานหนึ่ง's plan, named in its title")
				.containsExactly("กลุ่มงานหนึ่ง", "✓");
		}
	}
}
