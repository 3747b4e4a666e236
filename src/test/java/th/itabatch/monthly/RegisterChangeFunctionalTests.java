package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
 * A register sent alone, with a unit added, changes the department it is added to: its report is
 * made again for the latest month with reports, though no unit's own report changes (a trial's page
 * counted the new units while the report it offered to download did not).
 */
@ItaApplicationTest
class RegisterChangeFunctionalTests {

	private static final YearMonth JUNE_2564 = YearMonth.of(2021, 6);

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aRegisterAloneMakesItsDepartmentsReportAgain() throws Exception {
		Path first = Files.createDirectories(work.resolve("first"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(first);
		ExampleDepartment.writeData(first);
		oneShot.run(first, output, Optional.empty());
		Path report = output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx");
		try (ReportCells cells = new ReportCells(report)) {
			assertThat(cells.sheet("สรุป").number("B13")).as("sent nothing: กองว่าง").isEqualTo(1);
		}

		Path second = Files.createDirectories(work.resolve("second"));
		XSSFWorkbook register = ExampleDepartment.register();
		new SheetBuilder(register.getSheetAt(0)).row("A8", "0104", "กองใหม่", "", "01");
		ExampleWorkbooks.write(register, second.resolve("units-2.xlsx"));

		RunSummary again = oneShot.run(second, output, Optional.empty());

		assertThat(again.outcome().units()).as("no unit's own data changed").isEmpty();
		assertThat(again.outcome().departments()).extracting(DepartmentRun::name, DepartmentRun::month)
			.contains(org.assertj.core.groups.Tuple.tuple("กรมทดสอบ", JUNE_2564));
		try (ReportCells cells = new ReportCells(report)) {
			assertThat(cells.sheet("สรุป").number("B13")).as("sent nothing: กองว่าง and the new กองใหม่").isEqualTo(2);
		}
	}
}
