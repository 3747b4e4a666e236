package th.itabatch.runs;

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
import th.itabatch.validation.Message;

/**
 * A register that adds a unit, dropped with that unit's first plan where a register is in use: the
 * plan, read against the register before it, was told its unit "is not in the register", and its
 * report said so (a trial's renamed division). It is read again against the new register.
 */
@ItaApplicationTest
class RegisterAddingAUnitFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aUnitTheNewRegisterAddsIsNotToldItIsUnknown() throws Exception {
		Path first = Files.createDirectories(work.resolve("first"));
		ExampleDepartment.writeRegister(first);
		ExampleDepartment.writeData(first);
		Path output = work.resolve("out");
		oneShot.run(first, output, Optional.of(ExampleDepartment.MONTH));

		Path second = Files.createDirectories(work.resolve("second"));
		try (XSSFWorkbook register = ExampleDepartment.register()) {
			var row = register.getSheetAt(0).createRow(7);
			row.createCell(0).setCellValue("0104");
			row.createCell(1).setCellValue("กองใหม่");
			row.createCell(3).setCellValue("01");
			ExampleWorkbooks.write(register, second.resolve("units-2.xlsx"));
		}
		XSSFWorkbook plan = (XSSFWorkbook) ExampleWorkbooks.plan();
		plan.getSheetAt(0).getRow(0).getCell(0).setCellValue("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส กองใหม่");
		ExampleWorkbooks.write(plan, second.resolve("แผน ITA กองใหม่.xlsx"));

		RunSummary summary = oneShot.run(second, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::code))
			.doesNotContain("UNIT_UNKNOWN");
		assertThat(summary.outcome().units()).extracting(UnitRun::unit).contains("กองใหม่");
	}
}
