package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
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
 * A trial: a stray workbook of another year (a unit outside the register) had every department of
 * the register reported on that year's month, empty ("no unit has scores yet"). None of their units
 * is reported on it, nor is it their data's month: no department report for it.
 */
@ItaApplicationTest
class StrayYearFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aStrayWorkbookOfAnotherYearMakesNoDepartmentReportOfItsMonth() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);
		assertThat(oneShot.run(input, output, Optional.empty()).outcome().departments()).isNotEmpty();
		Path stray = Files.createDirectories(work.resolve("stray"));
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder sheet = new SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			sheet.row("A" + (indicator + 1), "สำนักงานนอกทะเบียน", 2562, 1, indicator, 90);
		}
		ExampleWorkbooks.write(scores, stray.resolve("คะแนน 2562.xlsx"));

		RunSummary reported = oneShot.run(stray, output, Optional.empty());

		assertThat(reported.outcome().units()).extracting(UnitRun::unit, UnitRun::month)
			.containsExactly(Tuple.tuple("สำนักงานนอกทะเบียน", YearMonth.of(2019, 2)));
		assertThat(reported.outcome().departments()).as("none of the register's departments, on February 2562").isEmpty();
	}

	@Test
	void aMisspellingMendedInTheRegisterMakesNoDepartmentReportOfItsOldMonthAndOutsidersOfLastYearAreNamed()
			throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);
		YearMonth month = oneShot.run(input, output, Optional.empty()).outcome().departments().get(0).month();
		// Last year's scores of กองว่าง under a misspelling, and of a unit the register does not know.
		Path lastYear = Files.createDirectories(work.resolve("last-year"));
		ExampleWorkbooks.write(lastYearScores(88), lastYear.resolve("คะแนน 2563.xlsx"));
		assertThat(oneShot.run(lastYear, output, Optional.empty()).outcome().units()).extracting(UnitRun::month)
			.as("outside the register, each on its own year's month").doesNotContain(month);
		// The register mended: the misspelling another name of กองว่าง; the outsider's scores sent again.
		Path mended = Files.createDirectories(work.resolve("mended"));
		XSSFWorkbook register = ExampleDepartment.register();
		register.getSheetAt(0).getRow(6).createCell(2).setCellValue("กองวาง");
		ExampleWorkbooks.write(register, mended.resolve("ทะเบียน ปรับปรุง.xlsx"));
		ExampleWorkbooks.write(lastYearScores(89), mended.resolve("คะแนน 2563 แก้ไข.xlsx"));

		RunSummary reported = oneShot.run(mended, output, Optional.empty());

		// A trial: every department was reported on last year's July too, one unit in them, "1 of 13 scored".
		assertThat(reported.outcome().departments()).isNotEmpty()
			.allSatisfy(department -> assertThat(department.month()).isEqualTo(month));
		Path top = reported.outcome().departments().stream().filter(d -> d.name().equals("กรมทดสอบ"))
			.findFirst().orElseThrow().files().stream().map(Path::of).filter(f -> f.toString().endsWith(".xlsx"))
			.findFirst().orElseThrow();
		try (XSSFWorkbook report = new XSSFWorkbook(Files.newInputStream(top))) {
			String narrative = StreamSupport.stream(report.getSheet("สรุป").spliterator(), false)
				.flatMap(row -> StreamSupport.stream(row.spliterator(), false))
				.filter(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING)
				.map(cell -> cell.getStringCellValue())
				.filter(text -> text.contains("ไม่อยู่ในทะเบียนหน่วยงาน"))
				.findFirst().orElse("");
			assertThat(narrative).as("a trial: last year's data of a unit the register does not know went unsaid")
				.contains("สำนักงานนอกทะเบียน");
		}
	}

	/** FY 2563 round 2 of กองว่าง under a misspelling, at 90, and of a unit outside the register. */
	private static XSSFWorkbook lastYearScores(int outsider) {
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder sheet = new SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			sheet.row("A" + (indicator + 1), "กองวาง", 2563, 2, indicator, 90);
			sheet.row("A" + (indicator + 6), "สำนักงานนอกทะเบียน", 2563, 2, indicator, outsider);
		}
		return scores;
	}
}
