package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;

/**
 * A month reported under a name the register later gives a unit as another name (a misspelling, an
 * old name) leaves the output folder once the month is reported under the registered name: a trial's
 * output held both, the same scores as two units' reports. The run's own copies stay under history/.
 */
@ItaApplicationTest
class OtherNameFilesFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	/** A folder holding the example register with กองคลัง renamed กองบริหารการคลัง, given these other names. */
	static Path renamed(Path work, String otherNames) throws Exception {
		Path folder = Files.createDirectories(work.resolve("renamed"));
		try (XSSFWorkbook register = ExampleDepartment.register()) {
			register.getSheetAt(0).getRow(2).getCell(1).setCellValue("กองบริหารการคลัง");
			register.getSheetAt(0).getRow(2).getCell(2).setCellValue(otherNames);
			ExampleWorkbooks.write(register, folder.resolve("units-2.xlsx"));
		}
		return folder;
	}

	/** A folder holding the example department's register and data. */
	static Path example(Path work) throws Exception {
		Path folder = Files.createDirectories(work.resolve("example"));
		ExampleDepartment.writeRegister(folder);
		ExampleDepartment.writeData(folder);
		return folder;
	}

	/** The unit's documents directly in the folder. */
	static List<String> documents(Path folder, String unit) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return named(files, unit);
		}
	}

	private static List<String> historyDocuments(Path output, String unit) throws Exception {
		try (Stream<Path> files = Files.walk(output.resolve("history"))) {
			return named(files, unit);
		}
	}

	private static List<String> named(Stream<Path> files, String unit) {
		return files.map(f -> f.getFileName().toString()).filter(n -> n.contains("_" + unit + "_")).sorted().toList();
	}

	@Test
	void aMonthReportedUnderTheRegisteredNameTakesTheOtherNamesCopiesOutOfTheOutputFolder() throws Exception {
		Path output = work.resolve("out");
		oneShot.run(example(work), output, Optional.of(ExampleDepartment.MONTH));
		assertThat(documents(output, "กองคลัง")).as("its report and brief").hasSize(2);
		assertThat(documents(output, "กลุ่มงานหนึ่ง")).hasSize(2);

		// กลุ่มงานหนึ่ง is another unit's name too: its documents are that unit's, and stay.
		oneShot.run(renamed(work, "กค., กองคลัง, กลุ่มงานหนึ่ง"), output, Optional.of(ExampleDepartment.MONTH));

		assertThat(documents(output, "กองบริหารการคลัง")).hasSize(2);
		assertThat(documents(output, "กองคลัง")).as("the old name's copies, the same month under the new name").isEmpty();
		assertThat(historyDocuments(output, "กองคลัง")).as("the first run's own copies").hasSize(2);
		assertThat(documents(output, "กลุ่มงานหนึ่ง")).as("a review: an other name that is another unit's name").hasSize(2);
	}

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** A unit no register of the tests names (their database is shared: กองคลัง may be renamed by then). */
	private static final String UNIT = "กองทดสอบชื่อไฟล์";

	/** A folder holding the unit's round 2 scores of FY 2564, each at the given score (one no other test sends). */
	private Path financeScores(String folder, double score) throws Exception {
		Path path = Files.createDirectories(work.resolve(folder));
		XSSFWorkbook scores = new XSSFWorkbook();
		th.itabatch.examples.SheetBuilder sheet = new th.itabatch.examples.SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			sheet.row("A" + (indicator + 1), UNIT, 2564, 2, indicator, score);
		}
		ExampleWorkbooks.write(scores, path.resolve("คะแนน " + UNIT + ".xlsx"));
		return path;
	}

	@Test
	void aMonthReportedAgainTakesItsDocumentsOfAnEarlierFileNameOutOfTheOutputFolder() throws Exception {
		Path output = work.resolve("out");
		// Scores of its own: the example's, reported by another test of the same database first, would be
		// "made already" and written to that test's folder alone.
		oneShot.run(financeScores("first", 93.17), output, Optional.of(ExampleDepartment.MONTH));
		// As an earlier version named a unit's files ("สำนักงานเขต-1-3b9e6334" for สำนักงานเขต 1, a trial).
		assertThat(documents(output, UNIT)).hasSize(2);
		for (String file : documents(output, UNIT)) {
			String earlier = file.replace("_กองทดสอบชื่อไฟล์_", "_กองทดสอบชื่อไฟล์-0a1b2c3d_");
			Files.move(output.resolve(file), output.resolve(earlier));
			assertThat(jdbc.sql("UPDATE ita_report_file SET file_path = ? WHERE file_path = ?")
				.params(output.resolve(earlier).toString(), output.resolve(file).toString())
				.update()).isEqualTo(1);
		}
		assertThat(documents(output, "กองทดสอบชื่อไฟล์-0a1b2c3d")).hasSize(2);
		// A PDF of the report as it was (PDFs off here: none is made again).
		Path stalePdf = output.resolve("ITA-report_กองทดสอบชื่อไฟล์_FY2564_2564-06.pdf");
		Files.writeString(stalePdf, "the earlier figures");

		oneShot.run(financeScores("again", 91.23), output, Optional.of(ExampleDepartment.MONTH));

		assertThat(stalePdf).as("a trial: the PDF of the figures before sat beside the report made again").doesNotExist();
		assertThat(documents(output, UNIT)).as("the month's report as it is named now").hasSize(2);
		assertThat(documents(output, "กองทดสอบชื่อไฟล์-0a1b2c3d")).as("the same month under its earlier file name").isEmpty();
	}

	/**
	 * A unit reported under its name as typed, and then under the register's spelling of it (spaces
	 * apart): a trial's output folder kept both "กลุ่มงานยุทธศาสตร์" and "กลุ่มงาน ยุทธศาสตร์", two reports
	 * of one unit's month, where the register gave the name no other name to look for.
	 */
	@Test
	void aMonthReportedUnderTheNameAsTypedLeavesOnceTheRegisterSpellsIt() throws Exception {
		Path output = work.resolve("out");
		String typed = "กลุ่มงานทดสอบสะกด";
		Path first = Files.createDirectories(work.resolve("typed"));
		XSSFWorkbook scores = new XSSFWorkbook();
		th.itabatch.examples.SheetBuilder sheet = new th.itabatch.examples.SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			sheet.row("A" + (indicator + 1), typed, 2564, 2, indicator, 88.41);
		}
		ExampleWorkbooks.write(scores, first.resolve("คะแนน " + typed + ".xlsx"));
		oneShot.run(first, output, Optional.of(ExampleDepartment.MONTH));
		assertThat(documents(output, typed)).as("its report and brief, under the name as typed").hasSize(2);

		Path registered = Files.createDirectories(work.resolve("registered"));
		try (XSSFWorkbook register = ExampleDepartment.register()) {
			var row = register.getSheetAt(0).createRow(register.getSheetAt(0).getLastRowNum() + 1);
			row.createCell(0).setCellValue("0109");
			row.createCell(1).setCellValue(" กลุ่มงาน  ทดสอบสะกด");
			row.createCell(3).setCellValue("01");
			ExampleWorkbooks.write(register, registered.resolve("units-spelt.xlsx"));
		}
		oneShot.run(registered, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(documents(output, "กลุ่มงาน ทดสอบสะกด")).as("the month under the register's spelling").hasSize(2);
		assertThat(documents(output, typed)).as("and not under the name as typed too").isEmpty();
		assertThat(historyDocuments(output, typed)).as("the first run's own copies").hasSize(2);
	}
}
