package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

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
}
