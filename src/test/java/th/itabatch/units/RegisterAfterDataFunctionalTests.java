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

/** A register that comes after the data it names: the data are filed again under its names (a class of its own: the database is emptied per class). */
@ItaApplicationTest
class RegisterAfterDataFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	/**
	 * A register dropped after the data files the rows it names otherwise under its names, and the
	 * unit's report is made again from the same input: a trial's corrected register left "กผ." beside
	 * กองแผนงาน, whose report from the same input's id was taken for made.
	 */
	@Test
	void aRegisterDroppedAfterTheScoresFilesThemUnderItsNamesAndTheReportIsMadeAgain() throws Exception {
		Path data = Files.createDirectories(work.resolve("data"));
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			s.row("A" + (1 + indicator), "กองคลัง", 2564, 1, indicator, 80);
			s.row("A" + (6 + indicator), "กค.", 2564, 2, indicator, 90);
		}
		ExampleWorkbooks.write(scores, data.resolve("scores.xlsx"));
		Path output = work.resolve("output");
		RunSummary before = oneShot.run(data, output, Optional.empty());
		assertThat(before.outcome().units()).extracting(UnitRun::unit).containsExactlyInAnyOrder("กองคลัง", "กค.");

		Path later = Files.createDirectories(work.resolve("later"));
		UnitRegisterFunctionalTests.writeRegister(later.resolve("units.xlsx"), "กองคลัง", "กค.");
		RunSummary after = oneShot.run(later, output, Optional.empty());

		assertThat(after.outcome().units()).extracting(UnitRun::unit).as("กค. is no unit of its own any more")
			.containsExactly("กองคลัง");
		UnitRun unit = after.outcome().units().get(0);
		assertThat(unit.alreadyDone()).as("the same input, read again: its rows are กองคลัง's now").isFalse();
		assertThat(unit.report().overall()).as("round 2, which the rows of กค. were").isEqualByComparingTo("90");
	}

}
