package th.itabatch.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.ingest.IngestJobConfiguration;
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

	@Autowired
	private JobRepository jobRepository;

	@TempDir
	Path work;

	@Test
	void scoresNamingAUnitByItsShortNameAreReportedUnderItsRegisteredName() throws Exception {
		Path first = Files.createDirectories(work.resolve("register"));
		writeRegister(first.resolve("units.xlsx"), "กองคลัง", "กค.");
		Path output = work.resolve("output");

		RunSummary registered = oneShot.run(first, output, Optional.empty());

		assertThat(registered.exitCode()).isZero();
		assertThat(registered.outcome().units()).as("a register makes no report").isEmpty();
		assertThat(registry.current().canonical("กค.")).hasValue("กองคลัง");

		Path second = Files.createDirectories(work.resolve("scores"));
		writeScores(second.resolve("scores.xlsx"), "กค.");

		RunSummary reported = oneShot.run(second, output, Optional.empty());

		assertThat(reported.outcome().units()).extracting(UnitRun::unit).containsExactly("กองคลัง");
		assertThat(Path.of(reported.outcome().units().get(0).report().file()).getFileName().toString())
			.startsWith("ITA-report_กองคลัง_FY2564_");
		assertThat(reported.messages().values().stream().flatMap(java.util.List::stream))
			.noneMatch(m -> m.code().equals("UNIT_UNKNOWN"));
	}

	@Test
	void aRegisterDroppedTogetherWithTheScoresCountsForThemInTheSameRun() throws Exception {
		Path folder = Files.createDirectories(work.resolve("together"));
		writeScores(folder.resolve("a-scores.xlsx"), "กจ.");
		writeScores(folder.resolve("b-scores.xlsx"), "กองพัสดุ");
		// Named in its title alone, by the short name and then the department: read without the
		// register, the title's wording gave the department (registered), and it was not read again.
		XSSFWorkbook titled = ExampleWorkbooks.scoresWorkbook();
		titled.getSheetAt(0).getRow(0).getCell(0).setCellValue("ผลคะแนนแบบวัด ITA พ.ศ. ๒๕๖๔ กผ. กรมทดสอบ");
		titled.getSheetAt(0).getRow(1).getCell(0).setCellValue("");
		ExampleWorkbooks.write(titled, folder.resolve("c-scores.xlsx"));
		writeRegister(folder.resolve("z-units.xlsx"), "กองการเจ้าหน้าที่", "กจ.", "กองพัสดุ", "กพ.", "กองแผนงาน", "กผ.");

		RunSummary summary = oneShot.run(folder, work.resolve("output"), Optional.empty());

		assertThat(summary.exitCode()).isZero();
		assertThat(registry.current().canonical("กจ.")).hasValue("กองการเจ้าหน้าที่");
		assertThat(summary.outcome().units()).extracting(UnitRun::unit)
			.as("the scores filed under the register's names, not as a unit named กจ.")
			.containsExactlyInAnyOrder("กองการเจ้าหน้าที่", "กองพัสดุ", "กองแผนงาน");
		assertThat(summary.outcome().units()).extracting(unit -> Path.of(unit.report().file()).getFileName().toString())
			.anyMatch(name -> name.startsWith("ITA-report_กองการเจ้าหน้าที่_FY2564_"));
		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.noneMatch(m -> m.code().equals("UNIT_UNKNOWN"));
		JobInstance ingest = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
		assertThat(jobRepository.getLastJobExecution(ingest).getStepExecutions())
			.filteredOn(step -> step.getStepName().equals("rereadInputsStep"))
			.extracting(StepExecution::getReadCount)
			.as("only the scores that name their unit otherwise than the register, or name a department, are read again")
			.containsExactly(2L);
	}

	private static void writeScores(Path file, String unit) throws Exception {
		XSSFWorkbook scores = ExampleWorkbooks.scoresWorkbook();
		scores.getSheetAt(0).getRow(1).getCell(0).setCellValue("หน่วยงาน: " + unit);
		ExampleWorkbooks.write(scores, file);
	}

	/** A register of one department over the given units, each followed by its short name. */
	static void writeRegister(Path file, String... unitsAndShortNames) throws Exception {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
		s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		s.row("A2", "01", "กรมทดสอบ", "", "");
		for (int i = 0; i < unitsAndShortNames.length; i += 2) {
			s.row("A" + (3 + i / 2), "010" + (1 + i / 2), unitsAndShortNames[i], unitsAndShortNames[i + 1], "01");
		}
		ExampleWorkbooks.write(register, file);
	}
}
