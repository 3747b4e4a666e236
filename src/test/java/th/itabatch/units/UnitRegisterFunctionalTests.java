package th.itabatch.units;

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
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.runs.UnitRun;

/**
 * A register workbook through the jobs: it is read like any input, makes no report of its own, and
 * the inputs that come after it are filed under the register's names for their units.
 */
@ItaApplicationTest
class UnitRegisterFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private UnitRegistry registry;

	@TempDir
	Path work;

	@Test
	void scoresNamingAUnitByItsShortNameAreReportedUnderItsRegisteredName() throws Exception {
		Path first = Files.createDirectories(work.resolve("register"));
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
		s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		s.row("A2", "01", "กรมทดสอบ", "", "");
		s.row("A3", "0101", "กองคลัง", "กค.", "01");
		ExampleWorkbooks.write(register, first.resolve("units.xlsx"));
		Path output = work.resolve("output");

		RunSummary registered = oneShot.run(first, output, Optional.empty());

		assertThat(registered.exitCode()).isZero();
		assertThat(registered.outcome().units()).as("a register makes no report").isEmpty();
		assertThat(registry.current().canonical("กค.")).hasValue("กองคลัง");

		Path second = Files.createDirectories(work.resolve("scores"));
		XSSFWorkbook scores = ExampleWorkbooks.scoresWorkbook();
		scores.getSheetAt(0).getRow(1).getCell(0).setCellValue("หน่วยงาน: กค.");
		ExampleWorkbooks.write(scores, second.resolve("scores.xlsx"));

		RunSummary reported = oneShot.run(second, output, Optional.empty());

		assertThat(reported.outcome().units()).extracting(UnitRun::unit).containsExactly("กองคลัง");
		assertThat(Path.of(reported.outcome().units().get(0).report().file()).getFileName().toString())
			.startsWith("ITA-report_กองคลัง_FY2564_");
		assertThat(reported.messages().values().stream().flatMap(java.util.List::stream))
			.noneMatch(m -> m.code().equals("UNIT_UNKNOWN"));
	}
}
