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
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.inputs.InputStatus;

/**
 * A unit that types its progress beside its plan, a column a month (a trial's was passed over: its
 * report said nothing done, 0 %, where the officer had 70 % by hand, and its department that it had
 * sent no progress): the report counts it.
 */
@ItaApplicationTest
class ProgressBesidePlanFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void progressTypedBesideThePlanIsInTheMonthsReport() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), input.resolve(ExampleWorkbooks.SCORES_FILE));
		XSSFWorkbook plan = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(plan.createSheet("แผน-ผล 2564"));
		s.text("A1", "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2564");
		s.text("A2", "หน่วยงาน : กองคลัง");
		s.row("A4", "ลำดับ", "กิจกรรม", "พ.ค. 64", "มิ.ย. 64", "ผู้รับผิดชอบ", "ผลการดำเนินงาน พ.ค. 64",
				"ผลการดำเนินงาน มิ.ย. 64");
		s.row("A5", "1", "ทบทวนคู่มือการปฏิบัติงาน", "x", "", "กลุ่มการเงิน", "ดำเนินการแล้ว", "");
		s.row("A6", "2", "ประชุมชี้แจงแนวปฏิบัติ", "", "x", "กลุ่มพัสดุ", "", "50%");
		s.row("A7", "3", "รายงานผลการดำเนินงาน", "", "x", "กลุ่มการเงิน", "", "");
		ExampleWorkbooks.write(plan, input.resolve("แผนและผล ITA กองคลัง 2564.xlsx"));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.of(YearMonth.of(2021, 6)));

		assertThat(summary.inputs()).allSatisfy(i -> assertThat(i.status()).isEqualTo(InputStatus.USED));
		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			ReportCells activities = report.sheet("กิจกรรม");
			assertThat(activities.texts()).contains("กิจกรรมที่ถึงกำหนดดำเนินการถึงเดือน มิถุนายน ๒๕๖๔: ดำเนินการแล้ว ๑ จาก ๓ กิจกรรม")
				.anySatisfy(text -> assertThat(text).startsWith("อยู่ระหว่างดำเนินการ (ร้อยละ ๕๐)"))
				.contains("ยังไม่มีรายงานผล");
		}
	}

	/**
	 * A progress sheet naming an activity a word short of the plan's is read as it, and the report says
	 * so once, under the progress file's name (a trial's report listed it twice, once under the unit's).
	 */
	@Test
	void anActivityWrittenAWordShortIsReadAsThePlansAndSaidOnce() throws Exception {
		Path input = Files.createDirectories(work.resolve("in2"));
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), input.resolve(ExampleWorkbooks.SCORES_FILE));
		XSSFWorkbook plan = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(plan.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ITA กองคลัง ปีงบประมาณ 2564");
		s.row("A3", "ลำดับ", "กิจกรรม", "พ.ค. 64", "มิ.ย. 64");
		s.row("A4", "1", "สำรวจความพึงพอใจของผู้รับบริการ", "", "x");
		s.row("A5", "2", "ประชุมชี้แจงแนวปฏิบัติ", "", "x");
		ExampleWorkbooks.write(plan, input.resolve("แผน ITA กองคลัง 2564.xlsx"));
		XSSFWorkbook progress = new XSSFWorkbook();
		SheetBuilder p = new SheetBuilder(progress.createSheet("ผล"));
		p.text("A1", "หน่วยงาน: กองคลัง");
		p.row("A3", "กิจกรรม", "เดือน", "สถานะ");
		p.row("A4", "สำรวจความพึงพอใจผู้รับบริการ", "มิ.ย. 64", "ดำเนินการเเล้ว");
		ExampleWorkbooks.write(progress, input.resolve("ผล มิ.ย. 64 กองคลัง.xlsx"));
		Path output = work.resolve("out2");

		oneShot.run(input, output, Optional.of(YearMonth.of(2021, 6)));

		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			// Its status typed with SARA E twice is read too ("เเล้ว").
			assertThat(report.sheet("กิจกรรม").texts())
				.contains("กิจกรรมที่ถึงกำหนดดำเนินการถึงเดือน มิถุนายน ๒๕๖๔: ดำเนินการแล้ว ๑ จาก ๒ กิจกรรม");
			assertThat(report.sheet("ข้อสังเกต").texts()).filteredOn(t -> t.equals("PROGRESS_ACTIVITY_READ_AS")).hasSize(1);
			assertThat(report.sheet("ข้อสังเกต").texts()).contains("ผล มิ.ย. 64 กองคลัง.xlsx").doesNotContain("กองคลัง");
		}
	}
}
