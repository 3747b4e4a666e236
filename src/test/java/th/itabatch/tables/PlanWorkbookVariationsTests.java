package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.Activity;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.InputDefaults;

/** The plan and progress workbooks in the layouts workbook-formats.md lists. */
class PlanWorkbookVariationsTests {

	private final WorkbookContentReader reader = TestTables.reader(
			new InputDefaults("กองคลัง", null));

	private WorkbookContent read(XSSFWorkbook workbook) {
		return reader.read("plan.xlsx", ExampleWorkbooks.bytes(workbook));
	}

	@Test
	void oneRowHeaderMonthsWithYearsAndEveryKindOfMark() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Plan"));
		s.text("A1", "แผนปฏิบัติการคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
		s.row("A3", "ลำดับ", "กิจกรรม", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ต.ค.64", "พ.ย.64", "ธ.ค.64", "มค65", "กพ 65",
				"มีนาคม 2565");
		s.row("A4", "1", "อบรมจริยธรรม", "กลุ่มบริหารทั่วไป", "1,250", "✔", "☑", "/", "x", "X", "•");
		s.row("A5", "2", "ประกาศเจตนารมณ์", "กลุ่มบริหารทั่วไป", "-", "", "1", "-", "ทำ", "", "");
		s.row("A6", "3", "สำรวจความเห็น", "กลุ่มแผนงาน", "ตามงบปกติ", "", "", "", "", "", "");

		WorkbookContent content = read(workbook);
		ActionPlan plan = content.rows(ActionPlan.class).get(0);

		assertThat(plan.fiscalYear()).isEqualTo(2565);
		Activity first = plan.activities().get(0);
		assertThat(first.months()).hasSize(6).first().isEqualTo(YearMonth.of(2021, 10));
		assertThat(first.budget()).isEqualByComparingTo("1250");
		assertThat(plan.activities().get(1).months()).containsExactly(YearMonth.of(2021, 11), YearMonth.of(2022, 1));
		assertThat(plan.activities().get(1).budget()).isNull();
		assertThat(plan.activities().get(2).budgetText()).isEqualTo("ตามงบปกติ");
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("BUDGET_INVALID", "D6"),
					org.assertj.core.groups.Tuple.tuple("PLAN_ACTIVITY_UNSCHEDULED", "B6"));
	}

	@Test
	void numberingInEveryStyleOrNoneAtAll() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2564");
		s.row("A2", "มาตรการ", "กิจกรรมดำเนินการ", "มิย", "กค");
		s.row("A3", "มาตรการ ก", "(1) กิจกรรมแรก", "✓");
		s.row("A4", null, "2) กิจกรรมที่สอง", "", "✓");
		s.row("A5", "มาตรการ ข", "๓. กิจกรรมที่สาม", "✓", "✓");

		ActionPlan plan = read(workbook).rows(ActionPlan.class).get(0);

		assertThat(plan.activities()).extracting(Activity::number).containsExactly(1, 2, 3);
		assertThat(plan.activities()).extracting(Activity::text).containsExactly("กิจกรรมแรก", "กิจกรรมที่สอง", "กิจกรรมที่สาม");
		assertThat(plan.activities()).extracting(Activity::measure).containsExactly("มาตรการ ก", "มาตรการ ก", "มาตรการ ข");

		XSSFWorkbook unnumbered = new XSSFWorkbook();
		SheetBuilder u = new SheetBuilder(unnumbered.createSheet("แผน"));
		u.text("A1", "ปีงบประมาณ 2564");
		u.row("A2", "Activity", "Jun", "Jul", "Budget", "Responsible");
		u.row("A3", "Staff briefing", "x", "", 0, "Admin");
		u.row("A4", "Poster campaign", "", "x", 5000, "Admin");
		WorkbookContent content = read(unnumbered);
		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ActionPlan.class).get(0).activities()).extracting(Activity::number).containsExactly(1, 2);
	}

	/**
	 * A trial's plans: a measure's row merged across the table (its text in every month cell gave the
	 * activity above it every month), a section's heading typed in the activity column and a total's
	 * row (counted as activities, shifting the numbers progress was matched by).
	 */
	@Test
	void sectionsMergedAcrossTheMonthsOrTypedAsActivitiesAndTotalsAreNoActivities() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "ลำดับ", "กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.", "งบประมาณ");
		s.row("A4", "มาตรการที่ 1 การเสริมสร้างวัฒนธรรมองค์กร").merge("A4:F4");
		s.row("A5", "1", "อบรมจริยธรรม", "✓", "", "", 5000);
		s.row("A6", null, "ประเด็นที่ 2 การเปิดเผยข้อมูล");
		s.row("A7", "2", "เผยแพร่แผนจัดซื้อ", "", "✓", "", "-");
		s.row("A8", null, "รวมทั้งสิ้น", "", "", "", 5000);

		WorkbookContent content = read(workbook);
		List<Activity> activities = content.rows(ActionPlan.class).get(0).activities();

		assertThat(activities).extracting(Activity::number).containsExactly(1, 2);
		assertThat(activities).extracting(Activity::months)
			.containsExactly(List.of(YearMonth.of(2023, 10)), List.of(YearMonth.of(2023, 11)));
		assertThat(activities).extracting(Activity::measure).as("each section names the measure of the rows under it")
			.containsExactly("มาตรการที่ 1 การเสริมสร้างวัฒนธรรมองค์กร", "ประเด็นที่ 2 การเปิดเผยข้อมูล");
		assertThat(content.messages()).isEmpty();
	}

	/**
	 * A trial's plan of sub-activities, "1. การพัฒนาบุคลากร" over "1.1 …" and "1.2 …", its progress
	 * naming them "1.1" and "2": the heading is no activity, the report numbers them as the plan does,
	 * and "2" is the plan's own 2 (the heading had taken 1.1's progress, and "2" gone to 1.2).
	 */
	@Test
	void subActivitiesAreKnownByThePlansOwnNumbersAndTheirHeadingIsNoActivity() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "กิจกรรมดำเนินการ", "ตุลาคม 2566", "พฤศจิกายน 2566", "ธันวาคม 2566");
		s.row("A4", "1. การพัฒนาบุคลากรด้านคุณธรรม");
		s.row("A5", "1.1 อบรมหลักสูตรจริยธรรม", "/");
		s.row("A6", "๑.๒ ยกย่องบุคลากรต้นแบบ", "", "/");
		s.row("A7", "2. เผยแพร่หลักเกณฑ์การสรรหา", "", "", "/");

		ActionPlan plan = read(workbook).rows(ActionPlan.class).get(0);

		assertThat(plan.activities()).extracting(Activity::shownNumber).containsExactly("1.1", "1.2", "2");
		assertThat(plan.activities()).extracting(Activity::text)
			.containsExactly("อบรมหลักสูตรจริยธรรม", "ยกย่องบุคลากรต้นแบบ", "เผยแพร่หลักเกณฑ์การสรรหา");
		assertThat(plan.activities()).extracting(Activity::topic)
			.containsExactly("การพัฒนาบุคลากรด้านคุณธรรม", "การพัฒนาบุคลากรด้านคุณธรรม", null);

		XSSFWorkbook progressBook = new XSSFWorkbook();
		SheetBuilder p = new SheetBuilder(progressBook.createSheet("ผลการดำเนินงาน"));
		p.row("A1", "กิจกรรมที่", "เดือน", "สถานะ");
		p.row("A2", "1.1", "ต.ค. 66", "ดำเนินการแล้ว");
		p.row("A3", "2", "ธ.ค. 66", "ดำเนินการแล้ว");
		p.row("A4", "1.2 ยกย่องบุคลากรต้นแบบ", "พ.ย. 66", "ดำเนินการแล้ว");
		p.row("A5", "3", "ธ.ค. 66", "ดำเนินการแล้ว");
		MessageLog log = new MessageLog("progress.xlsx");

		List<Integer> numbers = ProgressMatcher.resolve(plan, read(progressBook).rows(ProgressEntry.class), log);

		assertThat(numbers).as("the plan's third activity is its \"2\"; it has no \"3\"").containsExactly(1, 3, 2, null);
		assertThat(log.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_UNKNOWN_ACTIVITY", "A5"));
	}

	/**
	 * A trial's workbook keeping last year's plan on a sheet named for its year, stating it nowhere
	 * else: the sheet's name gives it (the whole workbook was refused for that sheet's year missing),
	 * and a month's progress on a sheet named for the month ("ต.ค.66", which were dropped).
	 */
	@Test
	void aSheetsNameGivesAPlansYearAndAProgressSheetsMonthWhereNothingElseDoes() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder old = new SheetBuilder(workbook.createSheet("แผน ปี 66"));
		old.row("A1", "ที่", "กิจกรรม", "ต.ค.", "พ.ย.");
		old.row("A2", "1", "อบรมจริยธรรม", "✓", "");
		SheetBuilder current = new SheetBuilder(workbook.createSheet("แผน ปี 67"));
		current.text("A1", "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2567");
		current.row("A2", "ที่", "กิจกรรม", "ต.ค.", "พ.ย.");
		current.row("A3", "1", "ประกาศเจตนารมณ์", "", "✓");
		for (String month : List.of("ต.ค.66", "พ.ย.66")) {
			SheetBuilder progress = new SheetBuilder(workbook.createSheet(month));
			progress.text("A1", "ผลการดำเนินงาน");
			progress.row("A2", "กิจกรรม", "สถานะ");
			progress.row("A3", "1", "ดำเนินการแล้ว");
		}

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ActionPlan.class)).extracting(ActionPlan::fiscalYear).containsExactly(2566, 2567);
		assertThat(content.rows(ProgressEntry.class)).extracting(ProgressEntry::month)
			.containsExactly(YearMonth.of(2023, 10), YearMonth.of(2023, 11));
	}

	/**
	 * Progress kept as a column a month, each cell the activity's status then (a trial's was read as a
	 * plan, its statuses as marks, and replaced the unit's plan): read as progress.
	 */
	@Test
	void progressWithAColumnAMonthIsReadAsProgressNotAsAPlan() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("ผลรายเดือน"));
		s.text("A1", "ผลการดำเนินงาน ปีงบประมาณ 2567");
		s.row("A3", "ลำดับ", "กิจกรรม", "ต.ค. 66", "พ.ย. 66", "ธ.ค. 66");
		s.row("A4", "1", "ตรวจสอบการจัดซื้อจัดจ้าง", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว");
		s.row("A5", "2", "ให้คำปรึกษาการควบคุมภายใน", "", "-", "50%");
		s.row("A6", "3", "เผยแพร่ความรู้", "ยังไม่ดำเนินการ", "ทำไปบางส่วน");

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ActionPlan.class)).isEmpty();
		assertThat(content.rows(ProgressEntry.class)).extracting(ProgressEntry::activityRef, ProgressEntry::month,
				ProgressEntry::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ตรวจสอบการจัดซื้อจัดจ้าง", YearMonth.of(2023, 10), ProgressStatus.IN_PROGRESS),
					org.assertj.core.groups.Tuple.tuple("ตรวจสอบการจัดซื้อจัดจ้าง", YearMonth.of(2023, 11), ProgressStatus.DONE),
					org.assertj.core.groups.Tuple.tuple("ให้คำปรึกษาการควบคุมภายใน", YearMonth.of(2023, 12), ProgressStatus.IN_PROGRESS),
					org.assertj.core.groups.Tuple.tuple("เผยแพร่ความรู้", YearMonth.of(2023, 10), ProgressStatus.NOT_STARTED));
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_STATUS_UNKNOWN", "D6"));
	}

	@Test
	void aPlanWithoutMonthColumnsIsRejected() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2564");
		s.row("A2", "มาตรการ", "กิจกรรม", "งบประมาณ", "ผู้รับผิดชอบ");
		s.row("A3", "ก", "อบรม", "-", "กลุ่มพัสดุ");

		assertThat(read(workbook).messages()).extracting(Message::code).containsExactly("PLAN_NO_MONTH_COLUMNS");
	}

	/** A plan without months of any kind, its unit in the title: refused saying what to do, and the unit's refusal. */
	@Test
	void aPlanWithoutMonthsIsItsUnitsRefusalSayingWhatToDo() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส กองแผนงาน ปีงบประมาณ 2568");
		s.row("A3", "ลำดับ", "กิจกรรม", "งบประมาณ", "ผู้รับผิดชอบ");
		s.row("A4", 1, "ปรับปรุงหน้าเว็บไซต์ข้อมูลสาธารณะ", "-", "ศทส.");

		assertThat(read(workbook).messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("PLAN_NO_MONTH_COLUMNS");
			assertThat(m.unit()).as("its department counted it as no plan sent (a holdout trial)").isEqualTo("กองแผนงาน");
			assertThat(m.english()).contains("give each month its own column", "a column headed \"ระยะเวลาดำเนินการ\"");
		});
	}

	/**
	 * A holdout trial's plan typed each activity's months as text in one column, as many plans do: it was
	 * refused for want of month columns. Now read: ranges whose first month takes the last's year, a month
	 * alone, a list, a quarter, the whole year; what cannot be read is said at its cell.
	 */
	@Test
	void monthsTypedAsTextInOnePeriodColumnAreTheActivitiesMonths() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส กองแผนงาน ปีงบประมาณ 2568");
		s.row("A3", "ลำดับ", "กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ", "ผู้รับผิดชอบ");
		s.row("A4", 1, "ปรับปรุงหน้าเว็บไซต์", "ต.ค. - ธ.ค. 67", "-", "ศทส.");
		s.row("A5", 2, "ตรวจสอบการเผยแพร่ข้อมูล", "มกราคม - มีนาคม 2568", "-", "ศทส.");
		s.row("A6", 3, "อบรมระบบสารบรรณ", "มิ.ย. ๖๘", "12,000", "ศทส.");
		s.row("A7", 4, "ประเมินความพึงพอใจ", "ก.ค.-ก.ย. 68", "-", "ศทส.");
		s.row("A8", 5, "ประชุมติดตาม", "ต.ค., ม.ค., เม.ย.", "-", "ศทส.");
		s.row("A9", 6, "รายงานผลรายไตรมาส", "ไตรมาส 2", "-", "ศทส.");
		s.row("A10", 7, "ประชาสัมพันธ์", "ตลอดปีงบประมาณ", "-", "ศทส.");
		s.row("A11", 8, "ทบทวนแผน", "ตามความเหมาะสม", "-", "ศทส.");
		s.row("A12", 9, "เตรียมแผนปีหน้า", "ต.ค. 68", "-", "ศทส.");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::cell).containsExactly(
				org.assertj.core.groups.Tuple.tuple("PLAN_PERIOD_UNREAD", "C11"),
				org.assertj.core.groups.Tuple.tuple("PLAN_OUTSIDE_PERIOD", "B12"));
		assertThat(content.messages().get(0).english()).startsWith("the months in \"ตามความเหมาะสม\" cannot be read");
		ActionPlan plan = content.rows(ActionPlan.class).get(0);
		assertThat(plan.unit()).isEqualTo("กองแผนงาน");
		assertThat(plan.fiscalYear()).isEqualTo(2568);
		List<List<YearMonth>> months = plan.activities().stream().map(Activity::months).toList();
		assertThat(months.get(0)).containsExactly(YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
		assertThat(months.get(1)).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
		assertThat(months.get(2)).containsExactly(YearMonth.of(2025, 6));
		assertThat(months.get(3)).containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
		assertThat(months.get(4)).containsExactly(YearMonth.of(2024, 10), YearMonth.of(2025, 1), YearMonth.of(2025, 4));
		assertThat(months.get(5)).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
		assertThat(months.get(6)).hasSize(12).first().isEqualTo(YearMonth.of(2024, 10));
		assertThat(months.get(7)).isEmpty();
		assertThat(months.get(8)).as("said outside the plan's year").containsExactly(YearMonth.of(2025, 10));
	}

	/** A review: a month merged over its halves heads each; a mark in either is the month's. */
	@Test
	void aMonthMergedOverItsHalvesHeadsEachInOneRowOrUnderAGroup() {
		XSSFWorkbook oneRow = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(oneRow.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ กองคลัง ปีงบประมาณ 2568");
		s.row("A3", "ลำดับ", "กิจกรรม", "ต.ค. 67", null, "พ.ย. 67", null, "ธ.ค. 67", null, "ผู้รับผิดชอบ");
		s.merge("C3:D3").merge("E3:F3").merge("G3:H3");
		s.row("A4", "1", "อบรม", "", "x", "", "", "", "", "กลุ่ม ก");
		s.row("A5", "2", "ประชุม", "", "", "", "x", "x", "", "กลุ่ม ก");
		XSSFWorkbook twoRows = new XSSFWorkbook();
		SheetBuilder t = new SheetBuilder(twoRows.createSheet("แผน"));
		t.text("A1", "แผนปฏิบัติการ กองคลัง ปีงบประมาณ 2568");
		t.row("A3", "ลำดับ", "กิจกรรม", "ระยะเวลาดำเนินการ", null, null, null, null, null, "ผู้รับผิดชอบ");
		t.row("A4", null, null, "ต.ค.", null, "พ.ย.", null, "ธ.ค.", null, null);
		t.merge("A3:A4").merge("B3:B4").merge("I3:I4").merge("C3:H3").merge("C4:D4").merge("E4:F4").merge("G4:H4");
		t.row("A5", "1", "อบรม", "", "x", "", "", "", "", "กลุ่ม ก");
		t.row("A6", "2", "ประชุม", "", "", "", "x", "x", "", "กลุ่ม ก");

		for (XSSFWorkbook workbook : List.of(oneRow, twoRows)) {
			WorkbookContent content = read(workbook);
			assertThat(content.messages()).isEmpty();
			assertThat(content.rows(ActionPlan.class).get(0).activities()).extracting(Activity::months).containsExactly(
					List.of(YearMonth.of(2024, 10)), List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12)));
		}
	}

	/** A review: a period column of durations names no month: refused as before, not a plan never due. */
	@Test
	void aPeriodColumnOfDurationsIsNoSchedule() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ กองคลัง ปีงบประมาณ 2568");
		s.row("A3", "ลำดับ", "กิจกรรม", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ");
		s.row("A4", "1", "อบรม", "1 วัน", "-", "กลุ่ม ก");
		s.row("A5", "2", "ประชุม", "12 เดือน", "-", "กลุ่ม ก");

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ActionPlan.class)).isEmpty();
		assertThat(content.messages()).extracting(Message::code)
			.containsExactly("PLAN_PERIOD_UNREAD", "PLAN_PERIOD_UNREAD", "PLAN_NO_MONTH_COLUMNS");
	}

	/**
	 * A holdout trial's thirteenth column "ตค" after "กย", the next year's October, was read as the
	 * plan's first: its activity was due in October 2567 and counted overdue.
	 */
	@Test
	void aMonthColumnOfAnotherFiscalYearIsSaidAndItsMarksNotCounted() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ITA กองคลัง ปีงบประมาณ 2568");
		s.row("A3", "ที่", "กิจกรรม", "ตค", "พย", "ธค", "มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค");
		s.row("A4", "1", "อบรมจริยธรรม", "", "", "", "", "", "", "", "", "", "", "x", "x", "x");
		s.row("A5", "2", "ประกาศเจตนารมณ์", "x", "", "", "", "", "", "", "", "", "", "", "", "");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("PLAN_MONTH_OTHER_YEAR");
			assertThat(m.cell()).isEqualTo("O3");
			assertThat(m.english()).startsWith("the column \"ตค\" is a month of another fiscal year (this plan is of FY 2568");
		});
		assertThat(content.rows(ActionPlan.class).get(0).activities()).extracting(Activity::months).containsExactly(
				List.of(YearMonth.of(2025, 8), YearMonth.of(2025, 9)), List.of(YearMonth.of(2024, 10)));
	}

	/**
	 * Month headers a fiscal year's turn leaves wrong (a trial's department at October): last year's plan
	 * copied with only its year changed is refused, not a plan with nothing due; "ม.ค. 68" among FY 2569's
	 * months is its January with the year mistyped; a second "ธ.ค. 68" where January should be, and
	 * "ม.ย. 69", are said at their headers.
	 */
	@Test
	void monthHeadersTheYearsTurnLeftWrongAreSaidAtTheirCells() {
		String[] lastYears = { "ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68",
				"มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68" };
		WorkbookContent copied = read(planOf2569(lastYears));
		assertThat(content(copied)).isEmpty();
		assertThat(copied.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("PLAN_MONTHS_OF_ANOTHER_YEAR");
			assertThat(m.cell()).isEqualTo("C3");
			assertThat(m.english()).startsWith("every month column is a month of FY 2568, but the plan is of FY 2569");
		});

		String[] slip = { "ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 68", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69", "พ.ค. 69",
				"มิ.ย. 69", "ก.ค. 69", "ส.ค. 69", "ก.ย. 69" };
		WorkbookContent slipped = read(planOf2569(slip));
		assertThat(slipped.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN_MONTH_YEAR_SLIP", "F3"));
		assertThat(content(slipped).get(0).months()).as("its mark under the January").containsExactly(YearMonth.of(2026, 1));

		String[] twice = slip.clone();
		twice[3] = "ธ.ค. 68";
		assertThat(read(planOf2569(twice)).messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN_MONTH_TWICE", "F3"));
		String[] unread = slip.clone();
		unread[3] = "ม.ค. 69";
		unread[9] = "ม.ย. 69";
		assertThat(read(planOf2569(unread)).messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN_MONTH_HEADER_UNREAD", "L3"));
	}

	/** A review: a plan of every other month over its halves, and weeks or instalments among months, are no mistakes. */
	@Test
	void halvesOfEveryOtherMonthAndWeeksAmongTheMonthsAreNotSaidToBeMistyped() {
		String[] halves = { "ต.ค. 68", "ต.ค. 68", "ธ.ค. 68", "ธ.ค. 68", "ก.พ. 69", "ก.พ. 69", "เม.ย. 69", "เม.ย. 69" };
		assertThat(read(planOf2569(halves)).messages()).extracting(Message::code).doesNotContain("PLAN_MONTH_TWICE");
		String[] weeks = { "ต.ค. 68", "สัปดาห์ 12", "พ.ย. 68", "งวดที่ 12", "ธ.ค. 68", "ม.ค. 69" };
		assertThat(read(planOf2569(weeks)).messages()).extracting(Message::code).doesNotContain("PLAN_MONTH_HEADER_UNREAD");
	}

	/** A plan of FY 2569 headed with the months given, its one activity marked in the fourth. */
	private static XSSFWorkbook planOf2569(String... months) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ITA กองคลัง ปีงบประมาณ 2569");
		Object[] header = new Object[months.length + 2];
		header[0] = "ที่";
		header[1] = "กิจกรรม";
		System.arraycopy(months, 0, header, 2, months.length);
		s.row("A3", header);
		s.row("A4", "1", "อบรมจริยธรรม", "", "", "", "x");
		return workbook;
	}

	private static List<Activity> content(WorkbookContent content) {
		return content.rows(ActionPlan.class).stream().flatMap(plan -> plan.activities().stream()).toList();
	}

	@Test
	void progressInItsOwnWorkbookWithDateCellsNumbersAndEnglishStatuses() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Progress"));
		s.text("A1", "Unit: กองคลัง");
		s.row("A3", "Activity", "Month", "Status", "Result", "Participants", "Budget used", "Evidence", "Problems");
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
		s.row("A4", "1", null, "done", "ส่งอีเมลแล้ว", 40, "1,200.50", "https://x.example/1", "-");
		s.cell("B4").setCellValue(LocalDate.of(2021, 6, 15));
		s.cell("B4").setCellStyle(date);
		s.row("A5", "๒", "ก.ค. 2564", "In progress");
		s.row("A6", "3", "ส.ค. 64", "ยังไม่ดำเนินการ");
		s.row("A7", "4", "ส.ค. 64", "");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ProgressEntry.class)).extracting(ProgressEntry::month)
			.containsExactly(YearMonth.of(2021, 6), YearMonth.of(2021, 7), YearMonth.of(2021, 8));
		assertThat(content.rows(ProgressEntry.class)).extracting(ProgressEntry::status)
			.containsExactly(ProgressStatus.DONE, ProgressStatus.IN_PROGRESS, ProgressStatus.NOT_STARTED);
		ProgressEntry first = content.rows(ProgressEntry.class).get(0);
		assertThat(first.participants()).isEqualTo(40);
		assertThat(first.budgetUsed()).isEqualByComparingTo("1200.50");
		assertThat(first.problems()).isNull();
		assertThat(first.fiscalYear()).isEqualTo(2564);
	}

	@Test
	void progressRowsAreMatchedWithThePlanByNumberOrTextAndUnknownOnesAreErrors() {
		ActionPlan plan = reader.read("plan.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.plan())).rows(ActionPlan.class).get(0);
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("ผลการดำเนินงาน"));
		s.row("A1", "กิจกรรม", "เดือน", "สถานะ");
		s.row("A2", "(2)", "ก.ค. 64", "อยู่ระหว่างดำเนินการ");
		s.row("A3", "ประชาสัมพันธ์ข่าวสาร \"คุณธรรม สุจริต\"", "ส.ค. 64", "ดำเนินการแล้ว");
		s.row("A4", "การสื่อสาร/แจ้งข้อมูลในหัวข้อที่ยังมีระดับคะแนน", "ก.ค. 64", "ดำเนินการแล้ว");
		s.row("A5", "จัดงานวันสตรีสากล", "ก.ค. 64", "ดำเนินการแล้ว");
		// A word left out of the plan's "ประชาสัมพันธ์ข่าวสาร "คุณธรรม สุจริต"" (a trial's "…ของผู้รับบริการ").
		s.row("A6", "ประชาสัมพันธ์ข่าว \"คุณธรรม สุจริต\"", "ก.ย. 64", "ดำเนินการแล้ว");
		List<ProgressEntry> progress = read(workbook).rows(ProgressEntry.class);
		MessageLog log = new MessageLog("progress.xlsx");

		List<Integer> numbers = ProgressMatcher.resolve(plan, progress, log);

		assertThat(numbers).containsExactly(2, 3, 2, null, 3);
		assertThat(log.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_DUPLICATE", "A4"),
					org.assertj.core.groups.Tuple.tuple("PROGRESS_UNKNOWN_ACTIVITY", "A5"),
					org.assertj.core.groups.Tuple.tuple("PROGRESS_ACTIVITY_READ_AS", "A6"));
		assertThat(log.messages().get(2).thai()).isEqualTo("กิจกรรม \"ประชาสัมพันธ์ข่าว \"คุณธรรม สุจริต\"\" เขียนไม่ตรงกับแผน"
				+ " จึงอ่านเป็นกิจกรรมที่ 3 \"ประชาสัมพันธ์ข่าวสาร \"คุณธรรม สุจริต\"\" ของแผน ถ้าไม่ใช่ ให้เขียนชื่อกิจกรรมตามแผน");
	}

	@Test
	void anUnknownStatusIsAnErrorAtItsCell() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("ผล"));
		s.text("A1", "ผลการดำเนินงาน ประจำเดือนมิถุนายน ๒๕๖๔");
		s.row("A2", "กิจกรรม", "สถานะ", "ผลการดำเนินงาน");
		s.row("A3", "1", "เกือบเสร็จ", "ประชุมแล้ว");

		assertThat(read(workbook).messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_STATUS_UNKNOWN", "B3"));
	}

	/**
	 * A trial's plan with the progress typed beside it, a column per month: passed over without a word
	 * (its activities "no progress yet"); now said. Months under a progress heading schedule nothing.
	 */
	@Test
	void progressColumnsBesideThePlanAreReadAsProgressAndScheduleNothing() {
		XSSFWorkbook labelled = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(labelled.createSheet("แผนและผล"));
		s.text("A1", "แผนปฏิบัติการ ปีงบประมาณ 2567");
		s.row("A3", "กิจกรรม", "มิ.ย.", "ก.ค.", "ผลการดำเนินงาน มิ.ย. 67", "ผลการดำเนินงาน ก.ค. 67");
		s.row("A4", "1. อบรม", "✓", "", "ดำเนินการแล้ว", "");
		s.row("A5", "2. ประกาศเจตนารมณ์", "", "✓", "", "อยู่ระหว่างดำเนินการ");

		WorkbookContent read = read(labelled);

		ActionPlan plan = read.rows(ActionPlan.class).get(0);
		assertThat(plan.activities()).hasSize(2);
		assertThat(read.messages()).isEmpty();
		assertThat(plan.typedProgress()).as("a trial's were passed over: its unit reported with nothing done")
			.extracting(ProgressEntry::activityRef, ProgressEntry::month, ProgressEntry::status, ProgressEntry::cell)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("1", java.time.YearMonth.of(2024, 6), ProgressStatus.DONE, "D4"),
					org.assertj.core.groups.Tuple.tuple("2", java.time.YearMonth.of(2024, 7), ProgressStatus.IN_PROGRESS, "E5"));
		assertThat(ProgressMatcher.resolve(plan, plan.typedProgress(), new MessageLog("plan.xlsx"))).containsExactly(1, 2);

		XSSFWorkbook grouped = new XSSFWorkbook();
		SheetBuilder g = new SheetBuilder(grouped.createSheet("แผนและผล"));
		g.text("A1", "แผนปฏิบัติการ ปีงบประมาณ 2567");
		g.row("A3", "กิจกรรม", "ระยะเวลาดำเนินการ", null, "ผลการดำเนินงาน", null);
		g.merge("B3:C3");
		g.merge("D3:E3");
		g.row("A4", null, "มิ.ย.", "ก.ค.", "มิ.ย.", "ก.ค.");
		g.row("A5", "1. อบรม", "✓", "", "✓", "ไม่ทราบ");

		WorkbookContent groupedRead = read(grouped);

		ActionPlan groupedPlan = groupedRead.rows(ActionPlan.class).get(0);
		assertThat(groupedPlan.activities().get(0).months())
			.as("June alone, as the plan's months say; the progress's marks schedule nothing")
			.extracting(java.time.YearMonth::getMonthValue)
			.containsExactly(6);
		assertThat(groupedPlan.typedProgress()).extracting(ProgressEntry::month, ProgressEntry::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2024, 6), ProgressStatus.DONE));
		assertThat(groupedRead.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_STATUS_UNKNOWN", "E5"));
	}

	/** A review: a budget column of a two-row header, blank for the first ten activities, is still a column. */
	@Test
	void aTopRowLabelOverAColumnBlankAtFirstStillHeadsIt() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ปีงบประมาณ 2567");
		s.row("A3", "ลำดับ", "กิจกรรม", "ระยะเวลาดำเนินการ", null, null, "งบประมาณ", "ผู้รับผิดชอบ");
		s.merge("C3:E3");
		s.row("A4", null, null, "ต.ค.66", "พ.ย.66", "ธ.ค.66");
		for (int i = 0; i < 12; i++) {
			s.row("A" + (5 + i), String.valueOf(i + 1), "อบรมเรื่อง " + (i + 1), "✓", "", "", i < 10 ? null : "5000",
					i < 10 ? null : "กลุ่มงานบริหาร");
		}

		Activity eleventh = read(workbook).rows(ActionPlan.class).get(0).activities().get(10);

		assertThat(eleventh.budget()).isEqualByComparingTo("5000");
		assertThat(eleventh.responsible()).isEqualTo("กลุ่มงานบริหาร");
	}

	@Test
	void monthsShadedAsABarAreReadWhereNoMonthHoldsAMarkAndSaidSo() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ปีงบประมาณ 2567");
		s.row("A3", "กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.");
		s.row("A4", "1. อบรมจริยธรรม");
		s.row("A5", "2. ประกาศเจตนารมณ์");
		s.row("A7", "3. แถวที่ระบายทั้งแถว");
		CellStyle bar = shaded(workbook, new byte[] { (byte) 0x4F, (byte) 0x81, (byte) 0xBD });
		CellStyle band = shaded(workbook, new byte[] { (byte) 0xDD, (byte) 0xDD, (byte) 0xDD });
		CellStyle white = shaded(workbook, new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
		for (String cell : List.of("B4", "C4", "D4", "C5")) {
			s.cell(cell).setCellStyle(bar);
		}
		s.merge("D5:E5"); // a bar merged over two months, shaded in its first cell only
		s.cell("D5").setCellStyle(bar);
		s.cell("B5").setCellStyle(white);
		for (String cell : List.of("A7", "B7", "C7", "D7", "E7", "F7")) {
			s.cell(cell).setCellStyle(band);
		}

		WorkbookContent content = read(workbook);

		List<Activity> activities = content.rows(ActionPlan.class).get(0).activities();
		assertThat(activities.get(0).months()).containsExactly(YearMonth.of(2023, 10), YearMonth.of(2023, 11),
				YearMonth.of(2023, 12));
		assertThat(activities.get(1).months()).as("its own cell and the bar merged over two months; not the white")
			.containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1));
		assertThat(activities.get(2).months()).as("a row shaded whole is a band").isEmpty();
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN_MONTHS_FROM_SHADING", null),
					org.assertj.core.groups.Tuple.tuple("PLAN_ACTIVITY_UNSCHEDULED", "A7"));
		assertThat(content.messages().get(0).row()).isEqualTo(3);
	}

	@Test
	void aShadedColumnBesideMarksIsNoSchedule() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.");
		s.row("A4", "1. อบรมจริยธรรม", "✓", "", "");
		s.row("A5", "2. ประกาศเจตนารมณ์", "", "", "✓");
		CellStyle thisMonth = shaded(workbook, new byte[] { (byte) 0xFF, (byte) 0xF2, (byte) 0xCC });
		s.cell("C4").setCellStyle(thisMonth);
		s.cell("C5").setCellStyle(thisMonth);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ActionPlan.class).get(0).activities()).extracting(Activity::months)
			.containsExactly(List.of(YearMonth.of(2023, 10)), List.of(YearMonth.of(2023, 12)));
		assertThat(content.messages()).isEmpty();
	}

	@Test
	void anExcel97PlansShadedMonthsReadTheSame() throws java.io.IOException {
		try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
			s.text("A1", "ปีงบประมาณ 2567");
			s.row("A3", "กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.");
			s.row("A4", "1. อบรมจริยธรรม");
			CellStyle bar = workbook.createCellStyle();
			bar.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_GREEN.getIndex());
			bar.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			s.cell("C4").setCellStyle(bar);
			s.cell("D4").setCellStyle(bar);

			WorkbookContent content = reader.read("plan.xls", ExampleWorkbooks.bytes(workbook));

			assertThat(content.rows(ActionPlan.class).get(0).activities().get(0).months())
				.containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 12));
			assertThat(content.messages()).extracting(Message::code).containsExactly("PLAN_MONTHS_FROM_SHADING");
		}
	}

	private static CellStyle shaded(XSSFWorkbook workbook, byte[] rgb) {
		org.apache.poi.xssf.usermodel.XSSFCellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(rgb));
		style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	@Test
	void hiddenRowsAreReadAndSaidOnceWithTheirNumbers() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "กิจกรรม", "ต.ค.", "พ.ย.");
		s.row("A4", "1. อบรมจริยธรรม", "✓", "");
		s.row("A5", "2. กิจกรรมที่ยกเลิก", "✓", "");
		s.row("A6", "3. ประกาศเจตนารมณ์", "", "✓");
		s.row("A7", "4. กิจกรรมเดิม", "", "✓");
		s.row("A8", "5. กิจกรรมเดิมอีกข้อ", "", "✓");
		for (int row : new int[] { 4, 6 }) {
			workbook.getSheet("แผน").getRow(row).setZeroHeight(true);
		}
		// Hidden as openpyxl and some writers hide a row: a height of nothing, no hidden mark.
		workbook.getSheet("แผน").getRow(7).setHeight((short) 0);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ActionPlan.class).get(0).activities()).as("read all the same: a filter hides rows that count")
			.hasSize(5);
		assertThat(content.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("ROWS_HIDDEN");
			assertThat(m.row()).isEqualTo(5);
			assertThat(m.thai()).startsWith("แถว 5, 7–8 ถูกซ่อนไว้");
			assertThat(m.english()).startsWith("rows 5, 7–8 are hidden but were read");
		});
	}

	@Test
	void aSheetThatStatesNoDefaultRowHeightHidesNoRow() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "กิจกรรม", "ต.ค.", "พ.ย.");
		s.row("A4", "1. อบรมจริยธรรม", "✓", "");
		s.row("A5", "2. ประกาศเจตนารมณ์", "", "✓");
		// As SheetJS exports write it: no <sheetFormatPr>, so POI's default row height is 0.
		byte[] bytes = withoutSheetFormat(ExampleWorkbooks.bytes(workbook));

		WorkbookContent content = reader.read("plan.xlsx", bytes);

		assertThat(content.rows(ActionPlan.class).get(0).activities()).hasSize(2);
		assertThat(content.messages()).as("a review: every row of such a file was 'hidden'").isEmpty();
	}

	private static byte[] withoutSheetFormat(byte[] xlsx) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
				java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] part = in.readAllBytes();
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(part, java.nio.charset.StandardCharsets.UTF_8);
					assertThat(xml).contains("<sheetFormatPr");
					part = xml.replaceAll("<sheetFormatPr[^>]*/>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				zip.write(part);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void aSectionsRowShadedUnderAnActivityIsNoPartOfItsBarNorIsATemplatesShadedInputArea() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "มาตรการ", "กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.");
		s.row("A4", "มาตรการที่ 1", "1. อบรมจริยธรรม");
		s.row("A5", "มาตรการที่ 2 (แถวหัวข้อ)");
		s.row("A6", null, "2. ประกาศเจตนารมณ์");
		CellStyle bar = shaded(workbook, new byte[] { (byte) 0x44, (byte) 0x72, (byte) 0xC4 });
		CellStyle section = shaded(workbook, new byte[] { (byte) 0xD9, (byte) 0xE1, (byte) 0xF2 });
		s.cell("C4").setCellStyle(bar);
		s.cell("E6").setCellStyle(bar);
		for (String cell : List.of("C5", "D5", "E5")) {
			s.cell(cell).setCellStyle(section); // the section's row shaded across the months, not the activity cell
		}

		List<Activity> activities = read(workbook).rows(ActionPlan.class).get(0).activities();

		assertThat(activities).extracting(Activity::months).as("a review: the section's row gave activity 1 every month")
			.containsExactly(List.of(YearMonth.of(2023, 10)), List.of(YearMonth.of(2023, 12)));

		XSSFWorkbook inputArea = new XSSFWorkbook();
		SheetBuilder t = new SheetBuilder(inputArea.createSheet("แผน"));
		t.text("A1", "ปีงบประมาณ 2567");
		t.row("A3", "กิจกรรม", "ต.ค.", "พ.ย.");
		t.row("A4", "1. อบรมจริยธรรม");
		t.row("A5", "2. ประกาศเจตนารมณ์");
		CellStyle area = shaded(inputArea, new byte[] { (byte) 0xFF, (byte) 0xF2, (byte) 0xCC });
		for (String cell : List.of("B4", "C4", "B5", "C5")) {
			t.cell(cell).setCellStyle(area);
		}

		WorkbookContent content = read(inputArea);

		assertThat(content.rows(ActionPlan.class).get(0).activities()).allSatisfy(a -> assertThat(a.months()).isEmpty());
		assertThat(content.messages()).extracting(Message::code).doesNotContain("PLAN_MONTHS_FROM_SHADING");
	}

	@Test
	void aPlanRefusedForItsYearIsItsUnitsRefusal() {
		// Months without years and no year anywhere: refused, and counted as the unit's refused plan.
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ITA กองแผนงาน");
		s.row("A3", "ที่", "กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.");
		s.row("A4", "1", "อบรมจริยธรรม", "✓", "", "");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::unit)
			.contains(org.assertj.core.groups.Tuple.tuple("FISCAL_YEAR_MISSING", "กองแผนงาน"));
	}

	@Test
	void measuresAndActivitiesInOneColumnHeadedSoAreTheActivities() {
		// A trial's "มาตรการ/กิจกรรม" was read as the measures' column, and the plan refused for having no activities.
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผน"));
		s.text("A1", "แผนปฏิบัติการ ITA กองคลัง ปีงบประมาณ 2567");
		s.row("A3", "ที่", "มาตรการ/กิจกรรม", "ต.ค. 66", "พ.ย. 66", "ธ.ค. 66");
		s.row("A4", "1", "ประกาศเจตนารมณ์", "✓", "", "");
		s.row("A5", "2", "อบรมจริยธรรม", "", "✓", "");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).doesNotContain("NO_TABLE");
		ActionPlan plan = content.rows(ActionPlan.class).get(0);
		assertThat(plan.activities()).extracting(Activity::text).containsExactly("ประกาศเจตนารมณ์", "อบรมจริยธรรม");
		assertThat(plan.activities()).extracting(Activity::measure).containsOnlyNulls();

		// Beside a column of its own activities it is the measures' (a review).
		XSSFWorkbook both = new XSSFWorkbook();
		SheetBuilder b = new SheetBuilder(both.createSheet("แผน"));
		b.text("A1", "แผนปฏิบัติการ ITA กองคลัง ปีงบประมาณ 2567");
		b.row("A3", "ที่", "มาตรการ/กิจกรรม", "โครงการ/กิจกรรม", "ต.ค. 66", "พ.ย. 66");
		b.row("A4", "1", "มาตรการเผยแพร่ข้อมูล", "ประกาศเจตนารมณ์", "✓", "");
		b.row("A5", "2", "", "อบรมจริยธรรม", "", "✓");
		ActionPlan both2 = read(both).rows(ActionPlan.class).get(0);
		assertThat(both2.activities()).extracting(Activity::text).containsExactly("ประกาศเจตนารมณ์", "อบรมจริยธรรม");
		assertThat(both2.activities()).extracting(Activity::measure).containsOnly("มาตรการเผยแพร่ข้อมูล");

		// A progress row whose figures differ from the nearest activity's is no misspelling of it (a review).
		ActionPlan meetings = new ActionPlan("กองคลัง", 2567, null, null, null, List.of(new Activity(1, null, null, null,
				"ประชุมคณะทำงานครั้งที่ 1", List.of(YearMonth.of(2023, 10)), null, null, null, "แผน", "B4")));
		MessageLog log = new MessageLog("progress.xlsx");
		assertThat(ProgressMatcher.resolve(meetings, List.of(new ProgressEntry("กองคลัง", 2567, "ประชุมคณะทำงานครั้งที่ 2", null,
				YearMonth.of(2023, 10), ProgressStatus.DONE, null, null, null, null, null, "ผล", "A2")), log)).containsExactly((Integer) null);
		assertThat(log.messages()).extracting(Message::code).containsExactly("PROGRESS_UNKNOWN_ACTIVITY");
	}
}
