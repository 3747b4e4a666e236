package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * One scores workbook of a department's units, with a warning about one unit's rows each: every
 * unit's report lists the warnings about it, not those about the others (a thousand units' workbook
 * put every unit's warnings in each report).
 */
@ItaApplicationTest
class SharedWorkbookWarningsFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void eachUnitsReportListsTheWarningsAboutItsOwnRows() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		ExampleDepartment.writeRegister(input);
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		int row = 2;
		for (String unit : new String[] { "กค.", "กลุ่มงานหนึ่ง", "กลุ่มงานสอง", "กองทดลอง" }) {
			// กลุ่มงานหนึ่ง leaves out indicator 5: ROUND_INCOMPLETE, its own.
			int indicators = unit.equals("กลุ่มงานหนึ่ง") ? 4 : 5;
			for (int indicator = 1; indicator <= indicators; indicator++) {
				s.row("A" + row++, unit, 2564, 2, indicator, 90);
			}
		}
		// กองคลัง's stated overall differs from its mean (90): OVERALL_MISMATCH, written under its short name.
		s.row("A" + row, "กค.", 2564, 2, "ภาพรวม", 95);
		ExampleWorkbooks.write(scores, input.resolve("scores-department.xlsx"));

		RunSummary reported = oneShot.run(input, work.resolve("output"), Optional.of(YearMonth.of(2021, 7)));

		assertThat(reported.exitCode()).isZero();
		Map<String, List<String>> warnings = reported.outcome()
			.units()
			.stream()
			.collect(Collectors.toMap(UnitRun::unit, u -> warningCodes(Path.of(u.report().file()))));
		assertThat(warnings).containsOnlyKeys("กองคลัง", "กลุ่มงานหนึ่ง", "กลุ่มงานสอง", "กองทดลอง");
		assertThat(warnings.get("กองคลัง")).containsExactly("OVERALL_MISMATCH@E21");
		assertThat(warnings.get("กลุ่มงานหนึ่ง")).containsExactly("ROUND_INCOMPLETE@E7"); // the round's first score
		assertThat(warnings.get("กลุ่มงานสอง")).isEmpty();
		assertThat(warnings.get("กองทดลอง")).as("the unit the register does not know is told of itself, at the cell naming it")
			.containsExactly("UNIT_UNKNOWN@A16"); // at the name, not its first score (E16)
		try (ReportCells department = new ReportCells(
				work.resolve("output").resolve("ITA-department_กรมทดสอบ_FY2564_2564-07.xlsx"))) {
			assertThat(department.sheet("สรุป").narrative())
				.as("and its department's office of it: a trial found it only in the stray unit's own report")
				.contains("มีข้อมูลของหน่วยงานที่ไม่อยู่ในทะเบียนหน่วยงาน ๑ หน่วยงาน ได้แก่ กองทดลอง");
		}
		try (ReportCells division = new ReportCells(
				work.resolve("output").resolve("ITA-department_สำนักงานเลขานุการกรม_FY2564_2564-07.xlsx"))) {
			assertThat(division.sheet("สรุป").narrative()).as("the top department's alone").doesNotContain("กองทดลอง");
		}
	}

	/** The codes and cells of a report's warnings sheet, "CODE@cell". */
	private static List<String> warningCodes(Path report) {
		List<String> codes = new ArrayList<>();
		try (ReportCells cells = new ReportCells(report)) {
			ReportCells sheet = cells.sheet("ข้อสังเกต");
			for (int row = 4; !sheet.text("D" + row).isEmpty(); row++) {
				codes.add(sheet.text("D" + row) + "@" + sheet.text("C" + row).replace("แถว/row ", "row "));
			}
		}
		catch (Exception ex) {
			throw new AssertionError(report + ": " + ex, ex);
		}
		return codes;
	}
}
