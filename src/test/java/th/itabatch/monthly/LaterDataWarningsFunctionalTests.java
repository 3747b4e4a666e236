package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;

/**
 * A month's report lists the warnings of the inputs whose data it uses: an April report made again in
 * July listed the warnings of round 2's scores, sent in June, which April does not take (a trial),
 * and a progress workbook of a later month says nothing in an earlier month's report.
 */
@ItaApplicationTest
class LaterDataWarningsFunctionalTests {

	private static final String ROUND_2 = "ita-scores-2564-round2.xlsx";

	private static final String JULY = "ita-progress-2564-07.xlsx";

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aMonthsReportListsTheWarningsOfTheInputsItUses() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), input.resolve(ExampleWorkbooks.SCORES_FILE));
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), input.resolve(ExampleWorkbooks.PLAN_FILE));
		ExampleWorkbooks.write(roundTwo(), input.resolve(ROUND_2));
		ExampleWorkbooks.write(julyProgress(), input.resolve(JULY));

		oneShot.run(input, output, Optional.of(YearMonth.of(2021, 4)));
		oneShot.run(input, output, Optional.of(YearMonth.of(2021, 6)));
		oneShot.run(input, output, Optional.of(YearMonth.of(2021, 7)));

		assertThat(warnedFiles(output.resolve("ITA-report_กองคลัง_FY2564_2564-04.xlsx")))
			.as("round 1's scores and the plan; round 2 is June's, the progress July's")
			.contains(ExampleWorkbooks.SCORES_FILE, ExampleWorkbooks.PLAN_FILE)
			.doesNotContain(ROUND_2, JULY);
		assertThat(warnedFiles(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx")))
			.contains(ExampleWorkbooks.SCORES_FILE, ExampleWorkbooks.PLAN_FILE, ROUND_2)
			.doesNotContain(JULY);
		assertThat(warnedFiles(output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx")))
			.contains(ExampleWorkbooks.SCORES_FILE, ExampleWorkbooks.PLAN_FILE, ROUND_2, JULY);
	}

	/** The files the report's warnings sheet names, each once per warning. */
	private static List<String> warnedFiles(Path report) throws Exception {
		List<String> files = new ArrayList<>();
		try (ReportCells cells = new ReportCells(report)) {
			ReportCells warnings = cells.sheet("ข้อสังเกต");
			for (int row = 4; !warnings.text("D" + row).isEmpty(); row++) {
				files.add(warnings.text("A" + row));
			}
		}
		return files;
	}

	/** Round 2's scores alone, their stated overall not their mean: OVERALL_MISMATCH. */
	private static XSSFWorkbook roundTwo() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "ผลคะแนน ITA กองคลัง รอบ 5 เดือนหลัง");
		s.text("A2", "หน่วยงาน: กองคลัง");
		s.text("A3", "ปีงบประมาณ 2564");
		s.row("A5", "ลำดับ", "ตัวชี้วัด", "รอบ 5 เดือนหลัง (มี.ค.64 – ก.ค.64)");
		s.row("A6", 1, "การปฏิบัติหน้าที่", 95.00);
		s.row("A7", 2, "การใช้งบประมาณ", 93.00);
		s.row("A8", 3, "การใช้อำนาจ", 94.00);
		s.row("A9", 4, "การใช้ทรัพย์สินของราชการ", 92.00);
		s.row("A10", 5, "การแก้ไขปัญหาการทุจริต", 96.00);
		s.row("A11", null, "ภาพรวม", 99.00);
		return workbook;
	}

	/** July's progress on a sheet of its own, its unit named by no cell: a warning that says so. */
	private static XSSFWorkbook julyProgress() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder p = new SheetBuilder(workbook.createSheet("ผลการดำเนินงาน"));
		p.text("A1", "ผลการดำเนินงาน ประจำเดือนกรกฎาคม ๒๕๖๔");
		p.row("A3", "กิจกรรม", "เดือน", "สถานะ", "ผลการดำเนินงาน");
		p.row("A4", ExampleWorkbooks.ACTIVITY_2, "ก.ค. 64", "ดำเนินการแล้ว", "แจ้งข้อมูลทางอีเมลแล้ว");
		return workbook;
	}
}
