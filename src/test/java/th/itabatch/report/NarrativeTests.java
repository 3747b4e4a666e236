package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;

/** The narrative says whether it speaks of the internal perception survey or of the whole ITA. */
class NarrativeTests {

	private final Catalog catalog = TestCatalog.shipped();

	private final ReportProperties properties = new ReportProperties(null, true, "KPI 3.2", RoundComparator.Goal.SAME_ROUND,
			10);

	private List<ScoreEntry> scores(String... values) {
		return ScoreFixtures.scores(catalog, values);
	}

	@Test
	void anIndicatorOfTheRoundsToolLeftBlankIsSaidWhereTheOverallIs() {
		List<ScoreEntry> four = new ArrayList<>(scores("90", "92", "86", "90", "0"));
		four.remove(4);
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), four, null, List.of(), List.of())
			.narrative();

		assertThat(narrative).as("a trial: the mean of four was given as the overall, its fifth said nowhere but the warnings")
			.contains("มีระดับการรับรู้ภาพรวมร้อยละ ๘๙.๕๐ (ไม่มีคะแนนของตัวชี้วัดที่ ๕ ภาพรวมคำนวณจาก ๔ ตัวชี้วัดที่มีคะแนน)");
		assertThat(new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), scores("90", "92", "86", "90", "88"), null, List.of(), List.of())
			.narrative()).doesNotContain("ไม่มีคะแนนของตัวชี้วัด");
	}

	@Test
	void everyToolMakesItTheWholeItaWithItsWeights() {
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), scores("90", "92", "94", "96", "88", "80", "85", "90", "70", "80"),
					null, List.of(), List.of())
			.narrative();

		assertThat(narrative).contains("ผลการประเมินคุณธรรมและความโปร่งใส (ITA)", "มีคะแนนรวมร้อยละ ๘๓.๑๐",
				"IIT ร้อยละ ๙๒.๐๐ น้ำหนัก ๐.๓", "EIT ร้อยละ ๘๕.๐๐ น้ำหนัก ๐.๓", "OIT ร้อยละ ๗๕.๐๐ น้ำหนัก ๐.๔")
			.doesNotContain("การรับรู้");
	}

	@Test
	void withAToolMissingTheWeightsSaidAreThoseUsed() {
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), scores("90", "92", "94", "96", "88", "80", "85", "90"), null,
					List.of(), List.of())
			.narrative();

		assertThat(narrative).as("a trial: 'IIT 0.3 EIT 0.3' beside a total the two made at 0.5 each")
			.contains("มีคะแนนรวมร้อยละ ๘๘.๕๐ (ถ่วงน้ำหนักตามเครื่องมือ: IIT ร้อยละ ๙๒.๐๐ น้ำหนัก ๐.๕ EIT ร้อยละ ๘๕.๐๐ "
					+ "น้ำหนัก ๐.๕ ยังไม่มีคะแนนของแบบตรวจ OIT ในรอบนี้ จึงปรับน้ำหนักของเครื่องมือที่มีคะแนนให้รวมกันเป็น ๑)");
	}

	@Test
	void aToolWithoutScoresIsSaidSoTheTotalIsNotTakenForTheWholeIta() {
		List<ScoreEntry> iitAndOit = new ArrayList<>(scores("90", "92", "94", "96", "88"));
		iitAndOit.addAll(ScoreFixtures.scoresFrom(catalog, 9, "78.50", "84.25"));
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				iitAndOit, null, List.of(), List.of());

		// A trial read IIT and OIT's total, EIT having no score, as the unit's ITA score.
		assertThat(report.narrative()).contains("มีคะแนนรวมร้อยละ ๘๕.๙๓ (ถ่วงน้ำหนักตามเครื่องมือ: IIT ร้อยละ ๙๒.๐๐ น้ำหนัก ๐.๔๓ "
				+ "OIT ร้อยละ ๘๑.๓๘ น้ำหนัก ๐.๕๗ ยังไม่มีคะแนนของแบบวัด EIT ในรอบนี้ จึงปรับน้ำหนักของเครื่องมือที่มีคะแนนให้รวมกันเป็น ๑)");
		// and numbered in turn, OIT's indicators 9 and 10 read as "๖)" and "๗)", indicators 6 and 7.
		assertThat(BriefModel.reasons(report, new ThaiFormat(true)))
			.contains("มีผลประเมินคะแนน (๗ ตัวชี้วัด) ดังนี้ ๑) การปฏิบัติหน้าที่ ร้อยละ ๙๐.๐๐",
					"๕) การแก้ไขปัญหาการทุจริต ร้อยละ ๘๘.๐๐ ๙) การเปิดเผยข้อมูล ร้อยละ ๗๘.๕๐ และ ๑๐) การป้องกันการทุจริต ร้อยละ ๘๔.๒๕ "
							+ "(ยังไม่มีคะแนนของแบบวัด EIT ในรอบนี้)")
			.doesNotContain("๖)", "๗)");

		MonthlyReport whole = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				scores("90", "92", "94", "96", "88", "80", "85", "90", "70", "80"), null, List.of(), List.of());
		assertThat(whole.narrative() + BriefModel.reasons(whole, new ThaiFormat(true))).doesNotContain("ยังไม่มีคะแนนของ");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRoundOfOitOrEitAloneIsNamedByItsToolNotAsTheStaffsPerception() {
		MonthlyReport oit = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				ScoreFixtures.scoresFrom(catalog, 9, "78.50", "84.25"), null, List.of(), List.of());
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		BriefModel.put(variables, oit, new ThaiFormat(true));
		java.util.Map<String, Object> brief = (java.util.Map<String, Object>) variables.get("brief");

		// A trial: published evidence (OIT) was "ผลการประเมินการรับรู้ฯ … ระดับการรับรู้ภาพรวม" of the staff.
		assertThat(oit.narrative()).contains("ผลการประเมินตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รอบ ๕ เดือนแรก",
				"ของกองคลัง มีคะแนนภาพรวมร้อยละ ๘๑.๓๘").doesNotContain("การรับรู้");
		assertThat((String) brief.get("reasons"))
			.contains("มีผลประเมินคะแนนจากแบบตรวจการเปิดเผยข้อมูลสาธารณะ (๒ ตัวชี้วัด) ดังนี้ ๙) การเปิดเผยข้อมูล ร้อยละ ๗๘.๕๐ "
					+ "และ ๑๐) การป้องกันการทุจริต ร้อยละ ๘๔.๒๕")
			.doesNotContain("การรับรู้", "ยังไม่มีคะแนนของ");
		assertThat((String) brief.get("evaluation")).startsWith("ประเมินตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ")
			.doesNotContain("บุคลากร", "การรับรู้");

		List<ScoreEntry> eitScores = ScoreFixtures.scoresFrom(catalog, 6, "93.33", "87.21", "90.05");
		MonthlyReport eit = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				eitScores, null, List.of(), List.of());
		BriefModel.put(variables, eit, new ThaiFormat(true));
		brief = (java.util.Map<String, Object>) variables.get("brief");
		assertThat(eit.narrative()).contains("ผลการประเมินตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) รอบ ๕ เดือนแรก",
				"มีคะแนนภาพรวมร้อยละ ๙๐.๒๐").doesNotContain("การรับรู้ฯ", "ระดับการรับรู้ภาพรวม");
		assertThat((String) brief.get("reasons"))
			.contains("มีผลประเมินคะแนนจากแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (๓ ตัวชี้วัด) ดังนี้ ๖) คุณภาพการดำเนินงาน "
					+ "ร้อยละ ๙๓.๓๓ ๗) ประสิทธิภาพการสื่อสาร ร้อยละ ๘๗.๒๑ และ ๘) การปรับปรุงระบบการทำงาน ร้อยละ ๙๐.๐๕")
			.doesNotContain("ภายในหน่วยงานตนเอง");
		assertThat((String) brief.get("evaluation"))
			.startsWith("ประเมินตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ").doesNotContain("บุคลากร");

		// The staff survey alone keeps the seed's words.
		MonthlyReport iit = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				scores("97.11", "90.08", "91.04", "87.99", "91.81"), null, List.of(), List.of());
		assertThat(BriefModel.reasons(iit, new ThaiFormat(true))).contains(
				"มีผลประเมินคะแนนจากแบบวัดการรับรู้ภายในหน่วยงานตนเอง (๕ ตัวชี้วัด) ดังนี้ ๑) การปฏิบัติหน้าที่ ร้อยละ ๙๗.๑๑ "
						+ "๒) การใช้งบประมาณ");
	}

	@Test
	void aStatedTotalTheToolsDoNotMakeIsSaidToBeTheFiles() {
		List<ScoreEntry> stated = new ArrayList<>(scores("90", "92", "94", "96", "88", "80", "85", "90", "70", "80"));
		stated.add(new ScoreEntry("กองคลัง", 2565, 1, null, new java.math.BigDecimal("83.60"), null, null, "คะแนน", "B12"));
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), stated, null, List.of(), List.of())
			.narrative();

		assertThat(narrative).as("a trial: the file's total read as though the weighting gave it")
			.contains("มีคะแนนรวมร้อยละ ๘๓.๖๐ ตามที่ระบุในไฟล์ (ถ่วงน้ำหนักตามเครื่องมือได้ร้อยละ ๘๓.๑๐: IIT ร้อยละ ๙๒.๐๐");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theBriefOfTheWholeItaNamesEveryToolAndItsTableGivesTargetsAsScores() {
		MonthlyReport whole = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				scores("90", "92", "94", "96", "88", "80", "85", "90", "70", "80"), null, List.of(), List.of());
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		BriefModel.put(variables, whole, new ThaiFormat(true));
		java.util.Map<String, Object> brief = (java.util.Map<String, Object>) variables.get("brief");

		assertThat((String) brief.get("evaluation")).as("a trial: a whole-ITA brief spoke of the staff survey alone")
			.startsWith("ประเมินตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) "
					+ "และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ")
			.doesNotContain("บุคลากร");
		assertThat(reportModel(whole).get("differenceLabel")).as("a trial: 'ต่างจากที่ระบุ -' with nothing stated")
			.isEqualTo("ไฟล์ไม่ระบุภาพรวม");
		assertThat(reportModel(whole).get("computedLabel")).as("a trial read the weighted total as the mean of ten")
			.isEqualTo("ภาพรวม ITA ถ่วงน้ำหนัก");
		List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>) brief.get("scores");
		assertThat(rows.get(rows.size() - 1).get("target")).as("a trial: '๘๕' under '๙๒.๕๐'").isEqualTo("๘๕.๐๐");

		MonthlyReport internal = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				scores("90", "92", "94", "96", "88"), null, List.of(), List.of());
		BriefModel.put(variables, internal, new ThaiFormat(true));
		assertThat((String) ((java.util.Map<String, Object>) variables.get("brief")).get("evaluation"))
			.startsWith("บุคลากรตอบประเมินตามแบบวัดการรับรู้ภายในหน่วยงานตนเอง ");
	}

	@Test
	void eachToolsRespondentsAreGivenApartForTheyAnsweredSurveysOfTheirOwn() {
		List<ScoreEntry> scores = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			// 42 staff answered IIT (1-5, 40 on one), 126 service users EIT (6-8); OIT (9-10) is no survey,
			// whatever its rows say (a trial's report read "OIT ๕๑ คน").
			Integer respondents = i == 3 ? Integer.valueOf(40) : i <= 5 ? Integer.valueOf(42) : i <= 8 ? Integer.valueOf(126)
					: Integer.valueOf(51);
			scores.add(new ScoreEntry("กองคลัง", 2567, 1, catalog.indicators().byNumber(i).orElseThrow(), new BigDecimal("90"),
					respondents, null, "คะแนน", "E" + (i + 1)));
		}
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2024, 3),
				scores, null, List.of(), List.of());

		// A trial found "ผู้ตอบแบบวัด ๑๒๖ คน": EIT's count, the largest, given as the unit's respondents.
		assertThat(report.narrative()).contains("(ผู้ตอบแบบวัด IIT ๔๐–๔๒ คน EIT ๑๒๖ คน)").doesNotContain("OIT ๕๑");
		java.util.Map<String, Object> model = reportModel(report);
		assertThat(model.get("respondents")).as("the staff survey's").isEqualTo(42);
		assertThat((String) model.get("surveyNote")).isEqualTo("ผู้ตอบแบบวัด IIT ๔๐–๔๒ คน EIT ๑๒๖ คน (ตามที่ระบุในแฟ้มคะแนน)");
	}

	@Test
	void aPreviousRoundOfMoreIndicatorsIsComparedAsAWholeAndOverTheIndicatorsBothHave() {
		List<ScoreEntry> scores = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			scores.add(new ScoreEntry("กองคลัง", 2567, 1, catalog.indicators().byNumber(i).orElseThrow(),
					new BigDecimal(i == 3 ? "80" : "76"), null, null, "คะแนน", "E" + (i + 1)));
			if (i != 3) { // round 2 leaves indicator 3 out
				scores.add(new ScoreEntry("กองคลัง", 2567, 2, catalog.indicators().byNumber(i).orElseThrow(),
						new BigDecimal("80"), null, null, "คะแนน", "E" + (i + 7)));
			}
		}
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2024, 7), scores, null, List.of(), List.of())
			.narrative();

		// Round 1's own overall is (4 × 76 + 80) / 5 = 76.80, round 2's 80.00: +3.20, as the table's row
		// gives it; over the four both rounds have, 76.00 to 80.00. Two trials read the four's change as the
		// overall's where the rounds' overalls moved otherwise.
		assertThat(narrative).contains("(ร้อยละ ๗๖.๘๐) ภาพรวมเพิ่มขึ้น ๓.๒๐ (เฉพาะ ๔ ตัวชี้วัดที่มีคะแนนทั้งสองรอบ"
				+ " จากร้อยละ ๗๖.๐๐ เป็นร้อยละ ๘๐.๐๐ เพิ่มขึ้น ๔.๐๐)");
	}

	/**
	 * A rating a tool's score kept the overall from is said with why: a trial's 96.55 "ผ่านดี", its EIT
	 * 89.50 under the top rating's 90, read as mis-rated in a brief that gives no level.
	 */
	@Test
	void aRatingAToolKeptTheOverallFromIsSaidWithWhy() {
		java.util.Map<th.itabatch.catalog.Tool, BigDecimal> ninety = java.util.Map.of(th.itabatch.catalog.Tool.IIT,
				new BigDecimal("90"), th.itabatch.catalog.Tool.EIT, new BigDecimal("90"), th.itabatch.catalog.Tool.OIT,
				new BigDecimal("90"));
		Catalog rated = new Catalog(catalog.indicators(), catalog.calendar(), catalog.levels(), catalog.weights(),
				new th.itabatch.catalog.RatingScales(List.of(new th.itabatch.catalog.RatingScale("กระทรวง", 2564, List.of(
						new th.itabatch.catalog.RatingScale.Rating("ผ่านดีเยี่ยม", new BigDecimal("95"), ninety),
						new th.itabatch.catalog.RatingScale.Rating("ผ่านดี", new BigDecimal("85"), null),
						new th.itabatch.catalog.RatingScale.Rating("ต้องปรับปรุง", BigDecimal.ZERO, null))))));
		// IIT 97, EIT 89.50, OIT 100: 0.3 × 97 + 0.3 × 89.5 + 0.4 × 100 = 95.95, level AA.
		String narrative = new MonthlyReportAssembler(rated, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3),
					ScoreFixtures.scores(rated, "97", "96", "98", "95", "99", "89", "90", "89.5", "100", "100"), null, List.of(),
					List.of())
			.narrative();

		assertThat(narrative).contains("มีคะแนนรวมร้อยละ ๙๕.๙๕", "ระดับ AA อยู่ในเกณฑ์ผ่านดี (ภาพรวมถึงเกณฑ์ผ่านดีเยี่ยม "
				+ "แต่คะแนน EIT ร้อยละ ๘๙.๕๐ ต่ำกว่าร้อยละ ๙๐.๐๐ ที่เกณฑ์นั้นกำหนด)");
		assertThat(new MonthlyReportAssembler(rated, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3),
					ScoreFixtures.scores(rated, "97", "96", "98", "95", "99", "91", "90", "89.5", "100", "100"), null, List.of(),
					List.of())
			.narrative()).as("every tool at its minimum: the top rating, nothing held back")
			.contains("ระดับ AA อยู่ในเกณฑ์ผ่านดีเยี่ยม").doesNotContain("ภาพรวมถึงเกณฑ์");
	}

	@Test
	void aChangeAcrossTwoYearsWeightedDifferentlyIsSaidToBe() {
		// FY 2564 at 0.3 / 0.3 / 0.4, FY 2565 at 0.2 / 0.3 / 0.5 (a trial's configuration).
		Catalog reweighted = new Catalog(catalog.indicators(), catalog.calendar(), catalog.levels(),
				new th.itabatch.catalog.ToolWeights(List.of(
						new th.itabatch.catalog.WeightScheme(2564, java.util.Map.of(th.itabatch.catalog.Tool.IIT, new BigDecimal("0.3"),
								th.itabatch.catalog.Tool.EIT, new BigDecimal("0.3"), th.itabatch.catalog.Tool.OIT, new BigDecimal("0.4"))),
						new th.itabatch.catalog.WeightScheme(2565, java.util.Map.of(th.itabatch.catalog.Tool.IIT, new BigDecimal("0.2"),
								th.itabatch.catalog.Tool.EIT, new BigDecimal("0.3"), th.itabatch.catalog.Tool.OIT, new BigDecimal("0.5"))))),
				catalog.ratings());
		List<ScoreEntry> twoYears = new ArrayList<>(ScoreFixtures.scores(reweighted, "92", "90", "93", "88", "91", "94", "89", "91",
				"85", "88"));
		for (ScoreEntry e : ScoreFixtures.scores(reweighted, "92", "90", "93", "88", "91", "94", "89", "91", "85", "88")) {
			twoYears.add(new ScoreEntry(e.unit(), 2564, 2, e.indicator(), e.score(), null, null, "คะแนน", e.cell()));
		}
		String narrative = new MonthlyReportAssembler(reweighted, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), twoYears, null, List.of(), List.of())
			.narrative();

		// The same scores in both rounds: the whole change is the weights'.
		assertThat(narrative).contains("ภาพรวมลดลง ๐.๔๓ (น้ำหนักของเครื่องมือในสองรอบนี้ต่างกัน: ปีงบประมาณ ๒๕๖๔ IIT ๐.๓ EIT ๐.๓ OIT ๐.๔ "
					+ "ส่วนปีงบประมาณ ๒๕๖๕ IIT ๐.๒ EIT ๐.๓ OIT ๐.๕)");
		assertThat(new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), twoYears, null, List.of(), List.of())
			.narrative()).as("one scheme for both years").doesNotContain("น้ำหนักของเครื่องมือในสองรอบนี้ต่างกัน");
	}

	@Test
	void respondentCountsTheScoresStateAreGiven() {
		List<ScoreEntry> scores = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			scores.add(new ScoreEntry("กองคลัง", 2565, 1, catalog.indicators().byNumber(i).orElseThrow(), new BigDecimal("90"),
					i == 1 ? 1234 : 1230, null, "คะแนน", "B" + (i + 1)));
		}
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				scores, null, List.of(), List.of());

		assertThat(report.narrative()).as("a trial: '๓๔ คน' where its indicators stated 30 to 34, the most alone")
			.contains("ผู้ตอบแบบวัด ๑,๒๓๐–๑,๒๓๔ คน");
		java.util.Map<String, Object> model = reportModel(report);
		assertThat(model.get("respondents")).isEqualTo(1234);
		assertThat((String) model.get("surveyNote")).contains("๑,๒๓๔");
	}

	/**
	 * A survey's overall by its respondents' means is computed, no file's statement: a trial's report
	 * said "ต่างจากที่ระบุ" and its trend "ระบุ" of an export that stated none.
	 */
	@Test
	void aSurveysOverallByItsMethodIsNotCalledStated() {
		List<ScoreEntry> scores = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			scores.add(new ScoreEntry("กองคลัง", 2565, 1, catalog.indicators().byNumber(i).orElseThrow(),
					new BigDecimal("7" + i), 41, null, "Form", "B1", 100, "RESPONDENT_MEAN"));
		}
		scores.add(new ScoreEntry("กองคลัง", 2565, 1, null, new BigDecimal("72.90"), 41, null, "Form", "B1", 500,
				"RESPONDENT_MEAN"));
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				scores, null, List.of(), List.of());

		assertThat(reportModel(report).get("differenceLabel")).isEqualTo("ต่างจากค่าเฉลี่ยรายผู้ตอบ");
		assertThat(th.itabatch.scores.ScoreTrend.of(catalog, "กองคลัง", YearMonth.of(2022, 3), scores).points())
			.singleElement()
			.satisfies(point -> assertThat(point.stated()).isFalse());
	}

	@Test
	void scoresOfAnEarlierYearThanTheMonthsAreSaidToBe() {
		List<ScoreEntry> lastYear = scores("97.11", "90.08", "91.04", "87.99", "91.81");
		int year = lastYear.get(0).fiscalYear();
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(year + 1 - 543, 3), lastYear, null, List.of(), List.of())
			.narrative();

		assertThat(narrative).startsWith("ยังไม่มีผลคะแนนการประเมินของกองคลัง ปีงบประมาณ " + new ThaiFormat(true).number(year + 1)
				+ " ในข้อมูลที่นำเข้า ผลที่รายงานเป็นผลล่าสุดที่มี คือของปีงบประมาณ " + new ThaiFormat(true).number(year));
		assertThat(new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(year - 543, 3), lastYear, null, List.of(), List.of())
			.narrative()).as("the month's own year").doesNotContain("ยังไม่มีผลคะแนน");
	}

	@Test
	void theInternalSurveyAloneIsThePerceptionScore() {
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), scores("97.11", "90.08", "91.04", "87.99", "91.81"), null, List.of(),
					List.of())
			.narrative();

		assertThat(narrative).contains("ผลการประเมินการรับรู้ฯ", "มีระดับการรับรู้ภาพรวมร้อยละ").doesNotContain("(ITA)");
	}

	/** The template's {@code report} variables of a report. */
	@SuppressWarnings("unchecked")
	@Test
	void aReportWithoutScoresStillNamesItsComputedOverallsRow() {
		MonthlyReport none = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3),
				List.of(), null, List.of(), List.of());
		assertThat(reportModel(none).get("computedLabel")).as("a review: the shipped template's B11 was left blank")
			.isEqualTo("ภาพรวมที่คำนวณจากตัวชี้วัด");
	}

	private static java.util.Map<String, Object> reportModel(MonthlyReport report) {
		return (java.util.Map<String, Object>) ReportTemplateModel.of(report, new ThaiFormat(true), java.time.LocalDateTime.now())
			.get("report");
	}

	@Test
	void toolsASchemeWeighsNothingAloneAreSaidToWeighAlike() {
		Catalog internalOnly = new Catalog(catalog.indicators(), catalog.calendar(), catalog.levels(),
				new th.itabatch.catalog.ToolWeights(List.of(new th.itabatch.catalog.WeightScheme(2564, java.util.Map.of(
						th.itabatch.catalog.Tool.IIT, BigDecimal.ONE, th.itabatch.catalog.Tool.EIT, BigDecimal.ZERO,
						th.itabatch.catalog.Tool.OIT, BigDecimal.ZERO)))),
				catalog.ratings());

		String narrative = new MonthlyReportAssembler(internalOnly, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), ScoreFixtures.scoresFrom(internalOnly, 6, "90", "92", "94", "80", "84"),
					null, List.of(), List.of())
			.narrative();

		// A review: "EIT … น้ำหนัก ๐ OIT … น้ำหนัก ๐" beside their mean, 87.00.
		assertThat(narrative).contains("มีคะแนนรวมร้อยละ ๘๗.๐๐", "EIT ร้อยละ ๙๒.๐๐ น้ำหนัก ๐.๕ OIT ร้อยละ ๘๒.๐๐ น้ำหนัก ๐.๕",
				"ปรับน้ำหนักของเครื่องมือที่มีคะแนนให้รวมกันเป็น ๑");
	}

	@Test
	void indicatorsTiedSecondLowestAreListedOnce() {
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), ScoreFixtures.scores(catalog, "90", "85", "92", "88", "88"), null,
					List.of(), List.of())
			.narrative();

		// A retrial: "… ลำดับที่ ๑ และการใช้ทรัพย์สินของราชการ (…) และการแก้ไขปัญหาการทุจริต (…) ต่ำเป็นลำดับที่ ๒".
		assertThat(narrative).contains("มีคะแนนต่ำเป็นลำดับที่ ๑ ส่วนการใช้ทรัพย์สินของราชการ (ร้อยละ ๘๘.๐๐)"
				+ " และการแก้ไขปัญหาการทุจริต (ร้อยละ ๘๘.๐๐) ต่ำเป็นลำดับที่ ๒ เท่ากัน");
	}

	@Test
	void aPlansActivitiesAreListedALineEachAndOneStaysInItsSentence() {
		YearMonth march = YearMonth.of(2022, 3);
		List<th.itabatch.plan.Activity> activities = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			activities.add(new th.itabatch.plan.Activity(i, null, null, null, "อบรม " + i, List.of(march.minusMonths(1)), null,
					null, null, "แผน", "C" + i));
		}
		activities.add(new th.itabatch.plan.Activity(4, null, null, null, "ประชุม", List.of(march.plusMonths(1)), null, null,
				null, "แผน", "C4"));
		th.itabatch.plan.ActionPlan plan = new th.itabatch.plan.ActionPlan("กองคลัง", 2565, null, march.minusMonths(1),
				march.plusMonths(1), activities, null);
		String narrative = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", march, List.of(), plan, List.of(), List.of())
			.narrative();

		// A trial: five long names in one sentence made a paragraph Excel's row could not hold.
		assertThat(narrative.lines().skip(1).toList()).containsExactly(
				"ความก้าวหน้าตามแผนปฏิบัติการคุณธรรมและความโปร่งใส ณ เดือนมีนาคม ๒๕๖๕ มีกิจกรรมที่ถึงกำหนดดำเนินการ ๓ กิจกรรม"
						+ " ดำเนินการแล้ว ๐ กิจกรรม คิดเป็นร้อยละ ๐.๐๐ กิจกรรมที่เลยกำหนดแต่ยังไม่แล้วเสร็จ ๓ กิจกรรม ได้แก่",
				"- กิจกรรมที่ ๑ อบรม 1", "- กิจกรรมที่ ๒ อบรม 2", "- กิจกรรมที่ ๓ อบรม 3",
				"เดือนเมษายน ๒๕๖๕ มีกิจกรรมตามแผน ๑ กิจกรรม ได้แก่ กิจกรรมที่ ๔ ประชุม");
	}

	@Test
	void aRoundWhoseResultsAreKnownFromALaterMonthIsSaidToWait() {
		// FY 2565 round 1 (its results taken from February), reported on in November 2564 and in March.
		List<ScoreEntry> roundOne = ScoreFixtures.scores(catalog, "90", "85", "92", "88", "88");

		String november = new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2021, 11), roundOne, null, List.of(), List.of())
			.narrative();

		assertThat(november).as("the data hold the round: not 'no scores in the data'")
			.startsWith("ผลคะแนนรอบ ๕ เดือนแรก ปีงบประมาณ ๒๕๖๕ ที่ได้รับแล้ว ยังไม่นำมาใช้ในรายงานเดือนพฤศจิกายน ๒๕๖๔"
					+ " เพราะผลของรอบนั้นนำมาใช้ตั้งแต่รายงานเดือนกุมภาพันธ์ ๒๕๖๕")
			.doesNotContain("ยังไม่มีผลคะแนน");
		assertThat(new MonthlyReportAssembler(catalog, properties)
			.assemble("กองคลัง", YearMonth.of(2022, 3), roundOne, null, List.of(), List.of())
			.narrative()).doesNotContain("ยังไม่นำมาใช้");
	}
}
