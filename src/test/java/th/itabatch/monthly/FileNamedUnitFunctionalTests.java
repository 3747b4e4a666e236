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
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.validation.Message;

/**
 * A unit's own workbook that names it in its file's name alone, dropped with the register: a trial's
 * "ITA_กลุ่มงานระบบสารสนเทศ_ศทส.xlsx" was refused for naming no unit (read before the register was
 * accepted, and not read again), and the department report said the unit sent nothing.
 */
@ItaApplicationTest
class FileNamedUnitFunctionalTests {

	private static final String FILE = "คะแนน ITA_กองว่าง_2564.xlsx";

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aWorkbookNamedForItsUnitAloneIsThatUnitsWithTheRegisterDroppedBesideIt() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		XSSFWorkbook scores = ExampleWorkbooks.scoresWorkbook();
		scores.getSheetAt(0).getRow(0).getCell(0).setCellValue("ผลคะแนนแบบวัดการรับรู้ภายในหน่วยงานตนเอง (IIT)");
		scores.getSheetAt(0).getRow(1).getCell(0).setCellValue("");
		ExampleWorkbooks.write(scores, input.resolve(FILE));

		RunSummary summary = oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(summary.inputs()).filteredOn(i -> i.fileName().equals(FILE)).extracting(StoredInput::status)
			.containsExactly(InputStatus.USED);
		assertThat(summary.messages().values().stream().flatMap(List::stream))
			.filteredOn(m -> m.file().equals(FILE) && m.code().startsWith("UNIT_"))
			.extracting(Message::code)
			.as("said, not the configured กองคลัง's")
			.containsExactly("UNIT_FROM_FILE_NAME");
		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองว่าง_FY2564_2564-06.xlsx"))) {
			assertThat(report.text("C2")).isEqualTo("กองว่าง");
			assertThat(report.number("C8")).as("its first indicator's score").isEqualTo(97.11);
		}
		try (ReportCells department = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells units = department.sheet("หน่วยงาน");
			assertThat(units.text("B4")).as("the one unit with scores ranked first").isEqualTo("กองว่าง");
			assertThat(units.text("J4")).as("its scores received").isEqualTo("✓");
		}
	}
}
