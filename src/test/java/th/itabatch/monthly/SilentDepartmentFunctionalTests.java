package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import th.itabatch.runs.DepartmentRun;

/**
 * A division none of whose groups has sent anything gets its department report all the same (a new
 * user's trial found none made): its units listed as having sent nothing, which its office chases.
 */
@ItaApplicationTest
class SilentDepartmentFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

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
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			s.row("A" + (indicator + 1), "กลุ่มงานส่งแล้ว", 2564, 2, indicator, 90);
		}
		ExampleWorkbooks.write(scores, input.resolve("scores.xlsx"));

		RunSummary reported = oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(reported.exitCode()).isZero();
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::name)
			.containsExactlyInAnyOrder("กรมทดลอง", "กองส่งแล้ว", "กองยังไม่ส่ง");
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กองยังไม่ส่ง_FY2564_2564-06.xlsx"))) {
			ReportCells summary = report.sheet("สรุป");
			assertThat(summary.number("B8")).as("units followed").isEqualTo(2);
			assertThat(summary.number("B9")).as("with scores").isZero();
			assertThat(summary.number("B13")).as("sent nothing").isEqualTo(2);
			assertThat(summary.text("A19")).contains("กลุ่มงานยังไม่ส่งหนึ่ง", "กลุ่มงานยังไม่ส่งสอง");
			ReportCells units = report.sheet("หน่วยงาน");
			assertThat(units.text("B4") + " " + units.text("B5")).contains("กลุ่มงานยังไม่ส่งหนึ่ง", "กลุ่มงานยังไม่ส่งสอง");
		}
	}
}
