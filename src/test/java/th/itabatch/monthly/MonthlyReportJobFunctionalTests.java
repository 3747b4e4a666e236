package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;
import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.ingest.IngestJobConfiguration;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.validation.Message;

/**
 * Runs the ingest and monthly report jobs on the shipped example and reads the cells of the report
 * they wrote: the seed's figures, ranks, gaps, narrative and chart ranges; and the one-shot run on a
 * workbook with an error, and on one with a NUL character in its cells.
 */
@ItaApplicationTest
class MonthlyReportJobFunctionalTests {

	@Autowired
	private JobOperator jobs;

	@Autowired
	@Qualifier(IngestJobConfiguration.JOB_NAME)
	private Job ingestJob;

	@Autowired
	@Qualifier(MonthlyReportJobConfiguration.JOB_NAME)
	private Job reportJob;

	@Autowired
	private Inbox inbox;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private UnitDataLoader units;

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path work;

	private record Launched(JobExecution execution) {
	}

	private Launched ingest(Path output) throws Exception {
		return new Launched(jobs.start(ingestJob, new JobParametersBuilder()
			.addLong(IngestJobConfiguration.UP_TO, inputs.lastPendingId().orElseThrow())
			.addString(IngestJobConfiguration.OUTPUT_DIR, output.toString())
			.toJobParameters()));
	}

	private Launched report(String unit, YearMonth month, Path output) throws Exception {
		return new Launched(jobs.start(reportJob, new JobParametersBuilder()
			.addString(MonthlyReportJobConfiguration.UNIT, unit)
			.addString(MonthlyReportJobConfiguration.REPORT_MONTH, month.toString())
			.addString(MonthlyReportJobConfiguration.INPUTS, units.load(unit, FiscalCalendar.fiscalYear(month)).fingerprint())
			.addString(MonthlyReportJobConfiguration.OUTPUT_DIR, output.toString())
			.toJobParameters()));
	}

	private Path example() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		ExampleWorkbooks.main(new String[] { input.toString() });
		return input;
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

	@Test
	void theJobsTurnTheExampleIntoTheSeedsConclusions() throws Exception {
		Path input = example();
		List<Long> received = new ArrayList<>();
		for (String name : List.of(ExampleWorkbooks.PLAN_FILE, ExampleWorkbooks.SCORES_FILE)) {
			received.add(inbox.receive(input.resolve(name), InputSource.FOLDER).input().id());
		}
		Path output = work.resolve("output");

		JobExecution ingest = ingest(output).execution();

		assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(received).allSatisfy(id -> assertThat(inputs.find(id).orElseThrow().status()).isEqualTo(InputStatus.USED));
		assertThat(units.units(received)).containsExactly("กองคลัง");
		assertThat(units.chooseMonth("กองคลัง")).as("the latest month the progress covers").isEqualTo(YearMonth.of(2021, 6));

		JobExecution execution = report("กองคลัง", YearMonth.of(2021, 6), output).execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path report = output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx");
		assertThat(report).exists();
		assertThat(output.resolve("history").resolve(String.valueOf(execution.getJobInstanceId())).resolve(report.getFileName()))
			.hasSameBinaryContentAs(report);
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
				.containsExactlyInAnyOrder(report.getFileName().toString(), "ITA-brief_กองคลัง_FY2564_2564-06.docx", "history");
		}

		try (ReportCells cells = new ReportCells(report)) {
			assertThat(cells.text("A1")).endsWith("มิถุนายน ๒๕๖๔");
			assertThat(cells.text("C2")).isEqualTo("กองคลัง");
			assertThat(cells.text("I2")).isEqualTo("๒๕๖๔");
			assertThat(cells.text("C4")).isEqualTo("ภายในวันที่ ๑๐ กรกฎาคม ๒๕๖๔");
			assertThat(cells.text("A6")).contains("รอบ ๕ เดือนแรก", "ตุลาคม ๒๕๖๓ – กุมภาพันธ์ ๒๕๖๔");

			// Indicator rows 8–12: name, score, target, gap, result, rank from the lowest, level.
			String[] names = { "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
					"การแก้ไขปัญหาการทุจริต" };
			double[] scores = { 97.11, 90.08, 91.04, 87.99, 91.81 };
			double[] gaps = { 4.61, -2.42, -1.46, -4.51, -0.69 };
			int[] ranks = { 5, 2, 3, 1, 4 };
			for (int i = 0; i < 5; i++) {
				int row = 8 + i;
				assertThat(cells.text("B" + row)).isEqualTo(names[i]);
				assertThat(cells.number("C" + row)).isEqualTo(scores[i]);
				assertThat(cells.number("D" + row)).isEqualTo(92.50);
				assertThat(cells.number("E" + row)).isEqualTo(gaps[i]);
				assertThat(cells.text("F" + row)).isEqualTo(i == 0 ? "ผ่าน" : "ไม่ผ่าน");
				assertThat(cells.number("G" + row)).isEqualTo(ranks[i]);
				assertThat(cells.text("H" + row)).isEqualTo(i == 0 ? "AA" : "A");
			}
			assertThat(cells.text("B13")).isEqualTo("ภาพรวม");
			assertThat(cells.number("C13")).isEqualTo(92.51);
			assertThat(cells.number("E13")).isEqualTo(0.01);
			assertThat(cells.number("C14")).isEqualTo(92.51);
			assertThat(cells.number("D14")).isEqualTo(85.0);
			assertThat(cells.text("F14")).isEqualTo("ผ่าน");
			assertThat(cells.number("C15")).as("the computed mean").isEqualTo(91.61);
			assertThat(cells.number("F15")).as("stated minus computed").isEqualTo(0.90);
			assertThat(cells.text("D15")).isEqualTo("ต่างจากที่ระบุ");

			// A paragraph a row (Excel cuts a row at 409 points): the scores', then the plan's.
			String narrative = cells.text("A37") + "\n" + cells.text("A38");
			assertThat(narrative).contains("ภาพรวมร้อยละ ๙๒.๕๑ ผ่านเป้าหมายที่กำหนดในรอบ ๕ เดือนแรก (กำหนดคะแนนไม่ต่ำกว่าร้อยละ ๘๕)")
				.contains("การใช้ทรัพย์สินของราชการ (ร้อยละ ๘๗.๙๙) มีคะแนนต่ำเป็นลำดับที่ ๑")
				.contains("การใช้งบประมาณ (ร้อยละ ๙๐.๐๘) ต่ำเป็นลำดับที่ ๒")
				.contains("เป้าหมายรอบ ๕ เดือนหลัง (ไม่น้อยกว่าร้อยละ ๙๒.๕๐) มีตัวชี้วัดที่ยังต่ำกว่าเป้าหมาย ๔ ตัวชี้วัด")
				.contains("การใช้ทรัพย์สินของราชการ (ต่ำกว่าเป้าหมาย ๔.๕๑)", "การใช้งบประมาณ (ต่ำกว่าเป้าหมาย ๒.๔๒)",
						"การใช้อำนาจ (ต่ำกว่าเป้าหมาย ๑.๔๖)", "การแก้ไขปัญหาการทุจริต (ต่ำกว่าเป้าหมาย ๐.๖๙)")
				.contains("ส่วนการปฏิบัติหน้าที่ (สูงกว่า ๔.๖๑) ผ่านเป้าหมาย ภาพรวม")
				.contains("ดำเนินการแล้ว ๑ กิจกรรม คิดเป็นร้อยละ ๑๐๐.๐๐");

			// The names with their word breaks from the hidden column K, so no name breaks mid-word.
			assertThat(cells.chartRanges()).containsExactly("รายงาน!$K$8:$K$12", "รายงาน!$C$8:$C$12",
					"รายงาน!$K$8:$K$12", "รายงาน!$D$8:$D$12");

			// Plan: one activity due by June and done; activity 2 next month.
			assertThat(cells.text("A40")).isEqualTo("๓. ความก้าวหน้าตามแผนปฏิบัติการ (ระยะเวลาของแผน มี.ค. ๒๕๖๔ – ก.ค. ๒๕๖๔)");
			assertThat(cells.number("C41")).isEqualTo(1);
			assertThat(cells.number("C42")).isEqualTo(1);
			assertThat(cells.number("C43")).isEqualTo(100);
			// The two warnings of the seed's data (its plan's title names กองคลัง, run into its words).
			assertThat(cells.text("E42")).contains("ชีต \"กิจกรรม\"");
			assertThat(cells.text("E43")).as("beside the counts: a row of its own below them printed alone on a page")
				.contains("๒ รายการ", "ชีต \"ข้อสังเกต\"");
			assertThat(cells.text("A44")).isEmpty();

			ReportCells activities = cells.sheet("กิจกรรม");
			assertThat(activities.text("A3")).contains("ดำเนินการแล้ว ๑ จาก ๑ กิจกรรม");
			assertThat(activities.number("A5")).isEqualTo(1);
			assertThat(activities.text("B5")).startsWith("จัดกิจกรรมเผยแพร่");
			assertThat(activities.text("C5")).isEqualTo("การสร้างการมีส่วนร่วมในองค์การและการพัฒนาศักยภาพบุคลากร");
			assertThat(activities.text("D5")).isEqualTo("มิ.ย. ๒๕๖๔");
			assertThat(activities.text("E5")).isEqualTo("ดำเนินการแล้ว");
			assertThat(activities.text("F5")).isEqualTo(ExampleWorkbooks.RESULT_1);
			assertThat(activities.text("G5")).isEqualTo("กลุ่มพัสดุ");
			assertThat(activities.number("I5")).isEqualTo(45);
			// This month's and next month's under bands of the one table: no header of their own to print
			// twice under the one repeated at a page's top (a trial).
			assertThat(activities.text("A6")).isEqualTo("กิจกรรมตามแผนของเดือน มิถุนายน ๒๕๖๔");
			assertThat(activities.number("A7")).as("this month's activity").isEqualTo(1);
			assertThat(activities.text("A8")).isEqualTo("กิจกรรมตามแผนของเดือนถัดไป (กรกฎาคม ๒๕๖๔)");
			assertThat(activities.number("A9")).isEqualTo(2);
			assertThat(activities.text("E9")).isEqualTo("ยังไม่มีรายงานผล");
			assertThat(activities.text("A10")).isEmpty();

			ReportCells warnings = cells.sheet("ข้อสังเกต");
			assertThat(List.of(warnings.text("D4"), warnings.text("D5")))
				.containsExactlyInAnyOrder("OVERALL_MISMATCH", "PLAN_OUTSIDE_PERIOD");
			assertThat(List.of(warnings.text("C4"), warnings.text("C5"))).containsExactlyInAnyOrder("C11", "C7");
			assertThat(warnings.text("D6")).as("the plan's title names กองคลัง, run into its words: no warning").isEmpty();
		}

		long run = execution.getJobInstanceId();
		assertThat(count("SELECT COUNT(*) FROM ita_input WHERE job_instance_id = ? AND status = 'USED'",
				ingest.getJobInstanceId())).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM ita_score s JOIN ita_input i ON i.id = s.input_id WHERE i.job_instance_id = ?",
				ingest.getJobInstanceId())).isEqualTo(6);
		assertThat(count("SELECT COUNT(*) FROM ita_indicator_result r JOIN ita_report p ON p.id = r.report_id "
				+ "WHERE p.job_instance_id = ?", run)).isEqualTo(5);
		assertThat(jdbc.sql("SELECT overall_computed FROM ita_report WHERE job_instance_id = ?")
			.param(run)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("91.61");
	}

	@Test
	void theReportChartsTheTrendOfEveryRoundStoredUpToItsYear() throws Exception {
		Path input = example();
		ExampleWorkbooks.write(ExampleWorkbooks.previousYearScores(), input.resolve("ita-scores-2563.xlsx"));
		for (String name : List.of(ExampleWorkbooks.PLAN_FILE, ExampleWorkbooks.SCORES_FILE, "ita-scores-2563.xlsx")) {
			inbox.receive(input.resolve(name), InputSource.FOLDER);
		}
		Path output = work.resolve("output");
		assertThat(ingest(output).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(report("กองคลัง", YearMonth.of(2021, 6), output).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		try (ReportCells cells = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			assertThat(cells.chartRanges()).as("the scores chart still reads the indicator rows")
				.containsExactly("รายงาน!$K$8:$K$12", "รายงาน!$C$8:$C$12", "รายงาน!$K$8:$K$12", "รายงาน!$D$8:$D$12");
			ReportCells trend = cells.sheet("แนวโน้ม");
			// Rows 17–19, oldest first: label, overall (stated, computed, stated), its source, target, indicators.
			assertThat(List.of(trend.text("A17"), trend.text("A18"), trend.text("A19")))
				.containsExactly("ปีงบ ๒๕๖๓ รอบ ๑", "ปีงบ ๒๕๖๓ รอบ ๒", "ปีงบ ๒๕๖๔ รอบ ๑");
			assertThat(List.of(trend.number("B17"), trend.number("B18"), trend.number("B19"))).containsExactly(84.69, 88.80,
					92.51);
			assertThat(List.of(trend.text("C17"), trend.text("C18"), trend.text("C19"))).containsExactly("ระบุ", "คำนวณ", "ระบุ");
			assertThat(List.of(trend.number("D17"), trend.number("D18"), trend.number("D19"))).containsExactly(85.0, 92.5,
					85.0);
			assertThat(List.of(trend.number("E17"), trend.number("H18"), trend.number("H19"))).as("indicators 1 and 4")
				.containsExactly(88.10, 84.50, 87.99);
			assertThat(trend.cell("J19")).as("no indicator 6 in an internal survey")
				.satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(trend.text("J19")).isEmpty());
			assertThat(trend.text("A20")).isEmpty();
			assertThat(trend.chartRanges()).containsExactly("'แนวโน้ม'!$A$17:$A$19", "'แนวโน้ม'!$B$17:$B$19",
					"'แนวโน้ม'!$A$17:$A$19", "'แนวโน้ม'!$D$17:$D$19");
		}
	}

	@Test
	void aScoreOutOfRangeRejectsItsWorkbookWithALocatedMessageAndLeavesTheFileAlone() throws Exception {
		Path input = example();
		Path scores = input.resolve(ExampleWorkbooks.SCORES_FILE);
		try (XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook()) {
			workbook.getSheetAt(0).getRow(6).getCell(2).setCellValue(197.11);
			ExampleWorkbooks.write(workbook, scores);
		}
		byte[] before = Files.readAllBytes(scores);
		Path output = work.resolve("output");

		RunSummary summary = oneShot.run(input, output, Optional.empty());

		assertThat(summary.outcome().completed()).isTrue();
		assertThat(summary.exitCode()).isEqualTo(2);
		StoredInput rejected = summary.inputs()
			.stream()
			.filter(i -> i.fileName().equals(ExampleWorkbooks.SCORES_FILE))
			.findFirst()
			.orElseThrow();
		assertThat(rejected.status()).isEqualTo(InputStatus.REJECTED);
		assertThat(summary.messages().get(rejected.id()).stream().filter(Message::isError).map(Message::toString))
			.containsExactly(
					"ita-scores-2564.xlsx › คะแนน › C7 · SCORE_RANGE · คะแนน 197.11 อยู่นอกช่วง 0–100 / score 197.11 is outside 0–100");
		assertThat(count("SELECT COUNT(*) FROM ita_score WHERE input_id = ?", rejected.id()))
			.as("nothing from the rejected workbook is stored").isZero();

		Path validation = output.resolve("validation");
		// Named by the input as well as its file name: two uploads of one name keep their own outputs.
		String base = rejected.id() + "-ita-scores-2564";
		assertThat(validation.resolve(base + "-validation.xlsx")).exists();
		Path annotated = validation.resolve(base + "-annotated.xlsx");
		try (XSSFWorkbook copy = new XSSFWorkbook(Files.newInputStream(annotated))) {
			Cell c7 = copy.getSheetAt(0).getRow(6).getCell(2);
			assertThat(c7.getNumericCellValue()).isEqualTo(197.11);
			assertThat(c7.getCellComment().getString().getString()).contains("SCORE_RANGE", "197.11");
			assertThat(c7.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		}
		try (XSSFWorkbook report = new XSSFWorkbook(Files.newInputStream(validation.resolve(base + "-validation.xlsx")))) {
			var row = report.getSheetAt(0).getRow(4);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("C7");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("SCORE_RANGE");
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("คะแนน 197.11 อยู่นอกช่วง 0–100");
		}
		assertThat(Files.readAllBytes(scores)).as("the user's file is untouched").isEqualTo(before);
		assertThat(sha(before)).isEqualTo(sha(Files.readAllBytes(scores)));
		assertThat(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx")).as("the valid plan still gets its report")
			.exists();
		assertThat(Path.of(rejected.archivePath())).as("the bytes that were checked are archived")
			.hasBinaryContent(before);
	}

	@Test
	void aNulCharacterInACellIsNotStored() throws Exception {
		Path input = Files.createDirectories(work.resolve("nul"));
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), input.resolve(ExampleWorkbooks.SCORES_FILE));
		Workbook plan = ExampleWorkbooks.plan();
		// An .xlsx escapes what XML cannot hold as _xHHHH_ (an .xls holds it as it is); PostgreSQL's
		// text refuses NUL, HSQLDB's would keep it unseen.
		Row progress = plan.getSheet("ผลการดำเนินงาน").getRow(3);
		progress.getCell(3).setCellValue("เผยแพร่_x0000_แล้ว");
		progress.getCell(6).setCellValue("หลักฐาน_x0001__x0000_");
		ExampleWorkbooks.write(plan, input.resolve(ExampleWorkbooks.PLAN_FILE));

		RunSummary summary = oneShot.run(input, work.resolve("nul-output"), Optional.empty());

		assertThat(summary.exitCode()).as(summary.toString()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ita_progress WHERE result_text = 'เผยแพร่แล้ว'").query(Long.class).single())
			.isEqualTo(1);
	}

	private static String sha(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
