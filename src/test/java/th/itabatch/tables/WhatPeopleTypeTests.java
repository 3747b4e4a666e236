package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.InputDefaults;

/** Workbooks typed the way Thai teams type them: what pasted text, percents, dashes and titles become. */
class WhatPeopleTypeTests {

	private final WorkbookContentReader configured = TestTables.reader(InputDefaults.configured("กองคลัง", 2564));

	private WorkbookContent read(XSSFWorkbook workbook) {
		return configured.read("typed.xlsx", ExampleWorkbooks.bytes(workbook));
	}

	@Test
	void progressPastedFromLineMatchesThePlanAndAPercentMeansInProgress() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder plan = new SheetBuilder(workbook.createSheet("แผน"));
		plan.row("A1", "หน่วยงาน: กองคลัง");
		plan.row("A2", "มาตรการ", "กิจกรรมดำเนินการ", "มิ.ย.", "ก.ค.");
		plan.row("A3", "มาตรการหนึ่ง", "๑. ประชาสัมพันธ์ข่าวสาร \"คุณธรรม สุจริต\"", "✓", "");
		plan.row("A4", "มาตรการหนึ่ง", "๒. ประชุมชี้แจง", "", "✓");
		SheetBuilder progress = new SheetBuilder(workbook.createSheet("ผล"));
		progress.row("A1", "กิจกรรม", "เดือน", "สถานะ");
		// Curly quotes, a non-breaking space and a zero-width space, as LINE and Word paste them.
		progress.row("A2", "ประชาสัมพันธ์ข่าวสาร “คุณธรรม\u00A0สุจริต”\u200B", "มิ.ย. 64", "อยู่ระหว่างดำเนินการ (ร้อยละ 50)");
		progress.row("A3", "กิจกรรมที่ไม่มีในแผน", "มิ.ย. 64", "ดำเนินการแล้ว");
		progress.row("A4", "๒", "ก.ค. 64", "สถานะแปลกๆ");

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).as("a progress row's problem costs that row only: " + content.messages()).isFalse();
		List<ProgressEntry> rows = content.rows(ProgressEntry.class);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(rows.get(0).percent()).isEqualTo(50);
		assertThat(rows.get(0).statusThai()).isEqualTo("อยู่ระหว่างดำเนินการ (ร้อยละ 50)");
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.contains(org.assertj.core.groups.Tuple.tuple("PROGRESS_STATUS_UNKNOWN", "C4"));

		MessageLog log = new MessageLog("typed.xlsx");
		List<Integer> matched = ProgressMatcher.resolve(content.rows(ActionPlan.class).get(0), rows, log);
		assertThat(matched).containsExactly(1, null);
		assertThat(log.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_UNKNOWN_ACTIVITY", "A3"));
		assertThat(log.hasErrors()).isFalse();
	}

	@Test
	void percentsAloneAndInWordsAreRead() {
		assertThat(ProgressStatus.parseStated("50%")).hasValue(new ProgressStatus.Stated(ProgressStatus.IN_PROGRESS, 50));
		assertThat(ProgressStatus.parseStated("100 %")).hasValue(new ProgressStatus.Stated(ProgressStatus.DONE, null));
		assertThat(ProgressStatus.parseStated("in progress ๗๐%"))
			.hasValue(new ProgressStatus.Stated(ProgressStatus.IN_PROGRESS, 70));
		assertThat(ProgressStatus.parseStated("ดำเนินการแล้ว")).hasValue(new ProgressStatus.Stated(ProgressStatus.DONE, null));
		assertThat(ProgressStatus.parseStated("ดำเนินการเสร็จแล้ว")).as("a trial's words, in the other order")
			.hasValue(new ProgressStatus.Stated(ProgressStatus.DONE, null));
		assertThat(ProgressStatus.parseStated("ดำเนินการเสร็จสิ้น")).hasValue(new ProgressStatus.Stated(ProgressStatus.DONE, null));
		assertThat(ProgressStatus.parseStated("ร้อยละ 50 ของอะไรสักอย่าง")).isEmpty();
	}

	@Test
	void noValueIsOneRuleAndAMissingScoreIsLocatedAndCompareLikeWithLike() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน: กองคลัง");
		s.row("A2", "ปีงบประมาณ 2564");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบ 2", "จำนวนผู้ตอบ");
		s.row("A4", "การปฏิบัติหน้าที่", "97.11", "–", "—");
		s.row("A5", "การใช้งบประมาณ", "n/a", "", "-");
		s.row("A6", "การใช้อำนาจ", "91.04", "", "N/A");

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::cell).containsExactly("B4", "B6");
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SCORE_MISSING", "B5"),
					org.assertj.core.groups.Tuple.tuple("ROUND_INCOMPLETE", "B4")); // the round's column
		assertThat(content.messages()).filteredOn(m -> m.code().equals("SCORE_MISSING"))
			.extracting(Message::english)
			.as("a trial: the English text named the round and the indicator in Thai")
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("no score for indicator Use of budget in round 1 (first 5 months);");
	}

	@Test
	void theUnitComesFromATitleAndFromTheConfigurationOnlyWithAWarning() {
		WorkbookContent fromTitle = read(planTitled("แผนปฏิบัติการส่งเสริมคุณธรรมของกองการเจ้าหน้าที่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"));

		assertThat(fromTitle.rows(ActionPlan.class).get(0).unit()).isEqualTo("กองการเจ้าหน้าที่");
		assertThat(fromTitle.rows(ActionPlan.class).get(0).fiscalYear()).isEqualTo(2565);
		assertThat(fromTitle.messages()).isEmpty();

		WorkbookContent fromConfiguration = read(planTitled());

		assertThat(fromConfiguration.rows(ActionPlan.class).get(0).unit()).isEqualTo("กองคลัง");
		assertThat(fromConfiguration.messages()).extracting(Message::code).containsExactly("UNIT_FROM_CONFIGURATION");
		assertThat(fromConfiguration.messages().get(0).thai()).contains("กองคลัง");

		// The shipped example's title: the configured unit run into the words before it, as Thai is written.
		WorkbookContent namedRunIn = read(
				planTitled("แผนขับเคลื่อนนโยบาย มาตรการ และการสร้างความรู้ความเข้าใจให้กับบุคลากรกองคลัง"));

		assertThat(namedRunIn.rows(ActionPlan.class).get(0).unit()).isEqualTo("กองคลัง");
		assertThat(namedRunIn.messages()).as("the title names the configured unit: no warning that the file names none")
			.isEmpty();
	}

	@Test
	void roundsHeadedByTheirCountOrTheirMonthsAreRead() {
		for (List<String> headings : List.of(List.of("ครั้งที่ 1", "ครั้งที่ 2"),
				List.of("ต.ค. 63 - ก.พ. 64", "มี.ค. 64 - ก.ค. 64"))) {
			XSSFWorkbook workbook = new XSSFWorkbook();
			SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
			s.row("A1", "ผลคะแนน ITA กองคลัง ปีงบประมาณ 2564");
			s.row("A2", "ตัวชี้วัด", headings.get(0), headings.get(1));
			s.row("A3", "การปฏิบัติหน้าที่", 85.0, 90.0);
			s.row("A4", "การใช้งบประมาณ", 86.0, 91.0);

			WorkbookContent content = read(workbook);

			assertThat(content.hasErrors()).as(headings + ": " + content.messages()).isFalse();
			assertThat(content.rows(ScoreEntry.class)).as(headings.toString())
				.extracting(ScoreEntry::fiscalYear, ScoreEntry::round, ScoreEntry::cell)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2564, 1, "B3"), org.assertj.core.groups.Tuple.tuple(2564, 2, "C3"),
						org.assertj.core.groups.Tuple.tuple(2564, 1, "B4"), org.assertj.core.groups.Tuple.tuple(2564, 2, "C4"));
		}
	}

	@Test
	void indicatorsScoredUnderHeadingsNamingNoRoundAreToldSoAtTheirHeader() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		// A trial's: the title, which starts with "ผลคะแนน", was taken for the table's header, and the table
		// refused at row 1 for "no indicator column".
		s.row("A1", "ผลคะแนน ITA กองคลัง ปีงบประมาณ 2564");
		s.row("A2", "ตัวชี้วัด", "งวดที่ 1", "งวดที่ 2");
		s.row("A3", "การปฏิบัติหน้าที่", 85.0, 90.0);
		s.row("A4", "การใช้งบประมาณ", 86.0, 91.0);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SCORES_NO_SCORE_COLUMNS", 2));
		assertThat(content.messages().get(0).thai()).contains("\"งวดที่ 1\", \"งวดที่ 2\"", "รอบที่ 1");

		// The indicators described in words beside a plan: no scores table, nothing said.
		XSSFWorkbook described = planTitled("แผนปฏิบัติการของกองการเจ้าหน้าที่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
		SheetBuilder criteria = new SheetBuilder(described.createSheet("เกณฑ์"));
		criteria.row("A1", "ตัวชี้วัด", "คำอธิบาย");
		criteria.row("A2", "การปฏิบัติหน้าที่", "การรับรู้ของบุคลากรต่อการปฏิบัติงานของเจ้าหน้าที่");
		criteria.row("A3", "การใช้งบประมาณ", "การรับรู้ต่อการใช้จ่ายงบประมาณ");

		WorkbookContent plan = read(described);

		assertThat(plan.messages()).isEmpty();
		assertThat(plan.rows(ActionPlan.class)).hasSize(1);
	}

	/** A plan of one activity under the title rows given, if any. */
	private static XSSFWorkbook planTitled(String... titles) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder plan = new SheetBuilder(workbook.createSheet("แผน"));
		int row = 1;
		for (String title : titles) {
			plan.row("A" + row++, title);
		}
		plan.row("A" + row++, "มาตรการ", "กิจกรรมดำเนินการ", "ต.ค.", "พ.ย.");
		plan.row("A" + row, "มาตรการหนึ่ง", "๑. ประชุม", "✓", "");
		return workbook;
	}

	@Test
	void aScoreWithItsWordAndAUnitLabelledInsideATitleAreRead() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		// A trial's: the unit only inside the title after its label, not a name the title's wording gives away.
		s.row("A1", "ผลคะแนน ITA ปีงบประมาณ 2564 หน่วยงาน: สพต.");
		s.row("A2", "ตัวชี้วัด", "รอบ 1", "จำนวนผู้ตอบ");
		s.row("A3", "การปฏิบัติหน้าที่", "97.11 คะแนน", "๑๒๐ คน");
		s.row("A4", "การใช้งบประมาณ", "88.5", "120");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).as("neither the score nor the unit refused or defaulted")
			.extracting(Message::code).containsExactly("ROUND_INCOMPLETE");
		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::unit).containsOnly("สพต.");
		assertThat(content.rows(ScoreEntry.class).get(0).score()).isEqualByComparingTo("97.11");
		assertThat(content.rows(ScoreEntry.class).get(0).respondents()).isEqualTo(120);
		assertThat(th.itabatch.workbook.CommonColumns.unitInTitle("แบบรายงานผลคะแนน ITA หน่วยงาน: .............. ปีงบประมาณ 2564"))
			.as("a review: a form's line left to fill is no unit").isEmpty();
		assertThat(th.itabatch.workbook.CommonColumns.unitInTitle("ประสานงาน ฝ่ายที่เกี่ยวข้อง")).isEmpty();
	}

	/** A trial's long texts above a plan: a unit read from their wording was another unit, or no unit at all. */
	@Test
	void aTitlesWordingNamesTheUnitWholeAndAKindOfUnitAloneNamesNone() {
		assertThat(th.itabatch.workbook.CommonColumns.unitInTitle(
				"ส่งเสริมวัฒนธรรมองค์กรตามแนวทางของสำนักงาน ป.ป.ช. และแผนแม่บทภายใต้ยุทธศาสตร์ชาติ"))
			.as("a policy row filed the plan under a unit 'สำนักงาน'").isEmpty();
		assertThat(th.itabatch.workbook.CommonColumns.unitInTitle("แผนขับเคลื่อนนโยบาย และการสร้างความรู้ความเข้าใจให้กับ"
				+ "บุคลากรกลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"))
			.as("the group of the ministry's office, as its scores name it, not the office")
			.contains("กลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์");
		assertThat(th.itabatch.workbook.CommonColumns.unitInTitle("แผนปฏิบัติการของกองคลัง กรมบัญชีกลาง ประจำปี 2567"))
			.as("a name standing alone keeps to itself").contains("กองคลัง");
		assertThat(th.itabatch.workbook.CommonColumns.unitInTitle("แผนปฏิบัติการ สำนักงานเลขานุการกรม ปีงบประมาณ 2567"))
			.contains("สำนักงานเลขานุการกรม");
	}
	/**
	 * A trial's progress sheet with a percent column and no status column was passed over without a
	 * word (0 of 2 done); beside a status, the percent was dropped.
	 */
	@Test
	void aProgressSheetsPercentColumnIsItsStatusAndShare() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder plan = new SheetBuilder(workbook.createSheet("แผน"));
		plan.row("A1", "หน่วยงาน: กองคลัง");
		plan.row("A2", "มาตรการ", "กิจกรรมดำเนินการ", "มิ.ย.", "ก.ค.");
		plan.row("A3", "มาตรการหนึ่ง", "๑. ประชุมชี้แจง", "✓", "");
		plan.row("A4", "มาตรการหนึ่ง", "๒. อบรม", "✓", "✓");
		plan.row("A5", "มาตรการหนึ่ง", "๓. เผยแพร่", "✓", "");
		SheetBuilder progress = new SheetBuilder(workbook.createSheet("ผลการดำเนินงาน"));
		progress.row("A1", "กิจกรรม", "เดือน", "ร้อยละความสำเร็จ");
		progress.row("A2", "1", "มิ.ย. 64", "100%");
		progress.row("A3", "2", "มิ.ย. 64", 0.5);
		progress.row("A4", "3", "มิ.ย. 64", "ครึ่งหนึ่ง");
		progress.row("A5", "1", "ก.ค. 64", 1);
		progress.row("A6", "3", "ก.ค. 64", 0.995);
		SheetBuilder beside = new SheetBuilder(workbook.createSheet("ผล ก.ค."));
		beside.row("A1", "กิจกรรม", "เดือน", "สถานะ", "ความก้าวหน้า (%)");
		beside.row("A2", "2", "๐๗/๒๕๖๔", "อยู่ระหว่างดำเนินการ", "75%");

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ProgressEntry.class)).extracting(ProgressEntry::activityRef, ProgressEntry::status,
				ProgressEntry::percent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", ProgressStatus.DONE, null),
					org.assertj.core.groups.Tuple.tuple("2", ProgressStatus.IN_PROGRESS, 50),
					org.assertj.core.groups.Tuple.tuple("1", ProgressStatus.DONE, null),
					org.assertj.core.groups.Tuple.tuple("3", ProgressStatus.IN_PROGRESS, 99),
					org.assertj.core.groups.Tuple.tuple("2", ProgressStatus.IN_PROGRESS, 75));
		assertThat(content.rows(ProgressEntry.class).get(4).month()).as("a month typed in Thai digits, month/year")
			.isEqualTo(java.time.YearMonth.of(2021, 7));
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_STATUS_UNKNOWN", "C4"));
	}
	/** A trial: a workbook saved with nothing in it was told "no table was found", as if its table were misnamed. */
	@Test
	void aWorkbookWithNothingInItIsSaidToBeEmpty() {
		XSSFWorkbook empty = new XSSFWorkbook();
		empty.createSheet("Sheet1");

		assertThat(read(empty).messages()).extracting(Message::code).containsExactly("WORKBOOK_EMPTY");
	}
	/**
	 * A trial's "การใช้อำนาจพิเศษ" was filed as การใช้อำนาจ without a word; a review found refusing such
	 * names refused bilingual and longer labels too. Read as the indicator, and said once.
	 */
	@Test
	void aNameRunIntoMoreWordsIsReadAsItsIndicatorAndSaid() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน: กองคลัง");
		s.row("A2", "ปีงบประมาณ 2564");
		s.row("A3", "ตัวชี้วัด", "รอบ 1");
		s.row("A4", "การปฏิบัติหน้าที่ (Performance of duty)", 97.11);
		s.row("A5", "การใช้งบประมาณ", 90.08);
		s.row("A6", "การใช้อำนาจพิเศษ", 91.04);
		s.row("A7", "การใช้ทรัพย์สินของราชการ", 87.99);
		s.row("A8", "การแก้ไขปัญหาการทุจริต", 91.81);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ScoreEntry.class)).hasSize(5);
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("INDICATOR_READ_AS", "A6"));
		assertThat(content.messages().get(0).thai()).contains("\"การใช้อำนาจพิเศษ\" อ่านเป็นตัวชี้วัด IIT3 การใช้อำนาจ");
	}
}
