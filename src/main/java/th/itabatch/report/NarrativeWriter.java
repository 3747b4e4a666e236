package th.itabatch.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import th.itabatch.catalog.IndicatorCatalog;
import th.itabatch.catalog.RatingScales;
import th.itabatch.catalog.Tool;
import th.itabatch.catalog.ToolWeights;
import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.PlanProgress;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.LikeWithLike;
import th.itabatch.scores.OverallResult;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ToolScore;

/**
 * Writes the Thai narrative that the seed's authors wrote by hand: whether the overall passes the
 * round's target, which indicators score lowest, which fall short of the goal target and by how
 * much, the change since the previous round, and where the action plan stands.
 */
final class NarrativeWriter {

	/** How many activities a sentence names before it only counts the rest. */
	static final int LISTED = 5;

	private final ThaiFormat format;

	/** The catalog's indicators: a round's tool without one of its indicators is said to be. */
	private final IndicatorCatalog indicators;

	/** The tools' dated weights: a change across two fiscal years' different weights is said to be. */
	private final ToolWeights weights;

	private final RatingScales ratings;

	public NarrativeWriter(ThaiFormat format, IndicatorCatalog indicators, ToolWeights weights, RatingScales ratings) {
		this.ratings = ratings;
		this.format = format;
		this.indicators = indicators;
		this.weights = weights;
	}

	/**
	 * @param notYetKnown a round the data have whose results are taken from a later month's report
	 *     (round 2's in May's), with that month; {@code null} when none
	 * @param refusedFiles the unit's workbooks refused for their errors and not sent again since
	 */
	public String write(String unit, RoundComparison scores, PlanProgress plan, YearMonth reportMonth,
			MonthlyReport.SurveyBasis survey, NotYetKnown notYetKnown, List<String> refusedFiles) {
		List<String> paragraphs = new ArrayList<>();
		if (!refusedFiles.isEmpty()) {
			// Said first: a report for the DOC system said "no scores in the data" of a unit whose scores
			// workbook was refused (a trial), as if it had sent none.
			paragraphs.add("ไฟล์ที่" + unit + "ส่งมาแต่มีข้อผิดพลาด จึงยังไม่นำข้อมูลมาใช้ในรายงานนี้: "
					+ String.join(", ", refusedFiles) + " ให้แก้ไขตามรายการข้อผิดพลาดในแผ่นข้อสังเกตของรายงาน (ไฟล์ Excel) แล้วส่งใหม่");
		}
		boolean yearsRoundHeld = notYetKnown != null && notYetKnown.round().fiscalYear() == fiscalYearOf(reportMonth);
		if (scores != null && scores.latest().fiscalYear() < fiscalYearOf(reportMonth) && !yearsRoundHeld) {
			// Said first: the scores below are of a year before the month's (a trial's report for
			// March 2565 gave FY 2564's round 2 with only its dates to tell).
			paragraphs.add("ยังไม่มีผลคะแนนการประเมินของ" + unit + " ปีงบประมาณ " + format.number(fiscalYearOf(reportMonth))
					+ " ในข้อมูลที่นำเข้า ผลที่รายงานเป็นผลล่าสุดที่มี คือของปีงบประมาณ "
					+ format.number(scores.latest().fiscalYear()));
		}
		if (notYetKnown != null) {
			// Said, not left for the reader to find: a round the inputs hold is not this month's (a re-made
			// April report showed round 2's scores sent in June; now that it does not, it says why).
			paragraphs.add("ผลคะแนน" + format.roundName(notYetKnown.round().round()) + " ปีงบประมาณ "
					+ format.number(notYetKnown.round().fiscalYear()) + " ที่ได้รับแล้ว ยังไม่นำมาใช้ในรายงานเดือน"
					+ format.month(reportMonth) + " เพราะผลของรอบนั้นนำมาใช้ตั้งแต่รายงานเดือน" + format.month(notYetKnown.from()));
		}
		if (scores != null) {
			paragraphs.add(scoresParagraph(unit, scores, survey));
		}
		else if (notYetKnown == null) {
			paragraphs.add("ยังไม่มีผลคะแนนการประเมินของ" + unit + "ในข้อมูลที่นำเข้า");
		}
		if (plan != null) {
			paragraphs.add(planParagraph(plan));
		}
		else {
			paragraphs.add("ยังไม่มีแผนปฏิบัติการของ" + unit + " ปีงบประมาณ " + format.number(fiscalYearOf(reportMonth))
					+ " ในข้อมูลที่นำเข้า");
		}
		return String.join("\n", paragraphs);
	}

	private String scoresParagraph(String unit, RoundComparison scores, MonthlyReport.SurveyBasis survey) {
		OverallResult overall = scores.overall();
		String round = format.roundName(scores.latest().round());
		StringBuilder text = new StringBuilder();
		// The whole ITA when the round has several tools, else the one tool scored: the internal
		// perception survey, as the seed says, or by its name (a trial's OIT-only round, published
		// evidence, was called the staff's perception).
		Tool only = scores.onlyTool();
		boolean perception = scores.isInternalSurveyAlone();
		text.append(scores.isWholeIta() ? "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) "
				: perception ? "ผลการประเมินการรับรู้ฯ " : "ผลการประเมินตาม" + only.thai() + " (" + only + ") ")
			.append(round)
			.append(" (")
			.append(format.roundPeriod(scores.latest().fiscalYear(), scores.latest().round()))
			.append(") ของ")
			.append(unit)
			.append(scores.isWholeIta() ? " มีคะแนนรวมร้อยละ " : perception ? " มีระดับการรับรู้ภาพรวมร้อยละ " : " มีคะแนนภาพรวมร้อยละ ")
			.append(format.score(overall.score()));
		if (scores.isWholeIta()) {
			// A stated total the tools do not make is said to be the file's: "(ถ่วงน้ำหนักตามเครื่องมือ: …)" after
			// it read as though the weighting gave it (a trial's 93.33 beside the tools' 92.83).
			BigDecimal off = overall.statedMinusComputed();
			List<Tool> present = scores.tools().stream().map(t -> t.tool()).toList();
			List<BigDecimal> shares = shares(present, scores.latest().fiscalYear());
			boolean scaled = scores.tools().stream().map(t -> t.weight()).reduce(BigDecimal.ZERO, BigDecimal::add)
				.compareTo(BigDecimal.ONE) != 0;
			List<String> tools = new ArrayList<>();
			for (int i = 0; i < present.size(); i++) {
				tools.add(present.get(i) + " ร้อยละ " + format.score(scores.tools().get(i).score()) + " น้ำหนัก "
						+ format.digits(shares.get(i).toPlainString()));
			}
			text.append(off == null || off.signum() == 0 ? " (ถ่วงน้ำหนักตามเครื่องมือ: "
					: " ตามที่ระบุในไฟล์ (ถ่วงน้ำหนักตามเครื่องมือได้ร้อยละ " + format.score(overall.computed()) + ": ")
				.append(String.join(" ", tools))
				.append(scores.missingTools().isEmpty() ? "" : " " + missingTools(scores))
				.append(scaled ? (scores.missingTools().isEmpty() ? " " : " จึง") + "ปรับน้ำหนักของเครื่องมือที่มีคะแนนให้รวมกันเป็น "
						+ format.digits("1") : "")
				.append(")");
		}
		appendMissing(text, scores);
		if (overall.rating() != null) {
			text.append(" ระดับ ").append(overall.level()).append(" อยู่ในเกณฑ์").append(overall.rating());
			// Why not the rating above, where a tool's score kept it (a trial's 96.55 "ผ่านดี" read as mis-rated).
			Map<Tool, BigDecimal> tools = ToolScore.byTool(scores.tools());
			ratings.heldBack(overall.score(), tools, scores.latest().fiscalYear())
				.filter(held -> !held.shortTools().isEmpty())
				.ifPresent(held -> text.append(" (ภาพรวมถึงเกณฑ์").append(held.rating()).append(" แต่")
					.append(held.shortTools().entrySet().stream()
						.map(e -> "คะแนน " + e.getKey() + " ร้อยละ " + format.score(tools.get(e.getKey()))
								+ " ต่ำกว่าร้อยละ " + format.score(e.getValue()) + " ที่เกณฑ์นั้นกำหนด")
						.collect(Collectors.joining(" และ")))
					.append(")"));
		}
		text
			.append(overall.passedRound() ? " ผ่านเป้าหมาย" : " ไม่ผ่านเป้าหมาย")
			.append("ที่กำหนดใน")
			.append(round)
			.append(" (กำหนดคะแนนไม่ต่ำกว่าร้อยละ ")
			.append(format.target(overall.roundTarget()))
			.append(")");
		if (!overall.passedRound()) {
			text.append(" ต่ำกว่าเป้าหมาย ").append(format.score(overall.roundTarget().subtract(overall.score())));
		}
		appendLowest(text, scores);
		appendGoal(text, scores);
		appendPrevious(text, scores);
		appendWeightsChanged(text, scores);
		if (survey != null) {
			text.append(" (คำนวณจากแบบวัดการรับรู้ ผู้ตอบ ")
				.append(format.digits(String.format("%,d", survey.respondents())))
				.append(" คน ภาพรวมคำนวณจาก")
				.append(survey.method().thai())
				.append(")");
		}
		else if (scores.statedRespondents() != null) {
			text.append(" (").append(RespondentsText.of(scores.statedRespondentsByTool(), format)).append(")");
		}
		if (survey == null && overall.stated() != null
				&& overall.statedMinusComputed().abs().compareTo(new BigDecimal("0.01")) > 0) {
			text.append(" (ภาพรวมที่ระบุในไฟล์ ร้อยละ ").append(format.score(overall.stated()));
			if (scores.isWholeIta()) {
				text.append(" ต่างจากคะแนนรวมถ่วงน้ำหนักที่คำนวณได้ ร้อยละ ");
			}
			else {
				text.append(" ต่างจากค่าเฉลี่ยของ ").append(format.number(scores.indicators().size())).append(" ตัวชี้วัดที่คำนวณได้ ร้อยละ ");
			}
			text.append(format.score(overall.computed())).append(")");
		}
		return text.toString();
	}

	/**
	 * "ยังไม่มีคะแนนของแบบวัด EIT ในรอบนี้" (or nothing): a tool of the ITA without a score, said where the
	 * weights are (and in the brief), so the total is not read as the unit's whole ITA score (a trial's
	 * IIT and OIT, 84.93).
	 */
	static String missingTools(RoundComparison scores) {
		List<Tool> missing = scores.missingTools();
		return missing.isEmpty() ? ""
				: "ยังไม่มีคะแนนของ" + join(missing.stream().map(Tool::shortThai).toList()) + " ในรอบนี้";
	}

	/**
	 * " (ไม่มีคะแนนของตัวชี้วัดที่ ๕ ภาพรวมคำนวณจาก ๔ ตัวชี้วัดที่มีคะแนน)": an indicator of the round's
	 * tools left blank, said where the overall is (a trial's narrative gave a mean of four as the overall;
	 * only the warnings sheet said one was missing).
	 */
	private void appendMissing(StringBuilder text, RoundComparison scores) {
		List<String> missing = indicators.missingFrom(scores.indicators().stream().map(IndicatorResult::indicator).toList())
			.stream()
			.map(i -> format.number(i.number()))
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		text.append(" (ไม่มีคะแนนของตัวชี้วัดที่ ").append(String.join(", ", missing));
		if (scores.overall().stated() == null) {
			text.append(" ภาพรวมคำนวณจาก ").append(format.number(scores.indicators().size())).append(" ตัวชี้วัดที่มีคะแนน");
		}
		text.append(")");
	}

	/** "โดยตัวชี้วัดการใช้ทรัพย์สินของราชการ (ร้อยละ ๘๗.๙๙) มีคะแนนต่ำเป็นลำดับที่ ๑ และ…ลำดับที่ ๒". */
	private void appendLowest(StringBuilder text, RoundComparison scores) {
		if (scores.indicators().size() < 2) {
			return;
		}
		TreeMap<Integer, List<IndicatorResult>> byRank = scores.indicators()
			.stream()
			.collect(Collectors.groupingBy(IndicatorResult::rank, TreeMap::new, Collectors.toList()));
		Map.Entry<Integer, List<IndicatorResult>> first = byRank.firstEntry();
		text.append(" โดยตัวชี้วัด").append(names(first.getValue())).append(" มีคะแนนต่ำเป็นลำดับที่ ")
			.append(format.number(first.getKey()));
		Map.Entry<Integer, List<IndicatorResult>> second = byRank.higherEntry(first.getKey());
		if (second != null && first.getValue().size() == 1) {
			// Two tied second read "… ลำดับที่ ๑ และ A และ B ต่ำเป็นลำดับที่ ๒" (a retrial): "ส่วน" before a list.
			boolean tied = second.getValue().size() > 1;
			text.append(tied ? " ส่วน" : " และ").append(names(second.getValue())).append(" ต่ำเป็นลำดับที่ ")
				.append(format.number(second.getKey()))
				.append(tied ? " เท่ากัน" : "");
		}
	}

	private String names(List<IndicatorResult> results) {
		return join(results.stream()
			.map(r -> r.indicator().thai() + " (ร้อยละ " + format.score(r.score()) + ")")
			.toList());
	}

	/** "เมื่อเทียบกับเป้าหมายรอบ ๕ เดือนหลัง (ไม่น้อยกว่าร้อยละ ๙๒.๕๐) มีตัวชี้วัดที่ยังต่ำกว่าเป้าหมาย ๔ ตัวชี้วัด …". */
	private void appendGoal(StringBuilder text, RoundComparison scores) {
		boolean nextRound = !scores.goal().equals(scores.latest());
		BigDecimal goalTarget = scores.overall().goalTarget();
		text.append(" เมื่อเทียบกับเป้าหมาย");
		if (nextRound) {
			text.append(format.roundName(scores.goal().round()));
		}
		text.append(" (ไม่น้อยกว่าร้อยละ ").append(format.target(goalTarget)).append(")");
		List<IndicatorResult> below = scores.belowGoal();
		if (below.isEmpty()) {
			text.append(" ทุกตัวชี้วัดผ่านเป้าหมาย");
		}
		else {
			text.append(" มีตัวชี้วัดที่ยังต่ำกว่าเป้าหมาย ")
				.append(format.number(below.size()))
				.append(" ตัวชี้วัด ได้แก่ ")
				.append(join(below.stream()
					.map(r -> r.indicator().thai() + " (ต่ำกว่าเป้าหมาย " + format.score(r.gap().negate()) + ")")
					.toList()));
			List<IndicatorResult> above = scores.indicators().stream().filter(IndicatorResult::passed).toList();
			if (!above.isEmpty()) {
				// The clause needs its verb: "ส่วน … (สูงกว่า ๔.๖๑)" alone read as a fragment to a trial's reader.
				text.append(" ส่วน").append(join(above.stream().map(this::reached).toList())).append(" ผ่านเป้าหมาย");
			}
		}
		OverallResult overall = scores.overall();
		text.append(" ภาพรวม").append(overall.passedGoal() ? "ผ่าน" : "ยังต่ำกว่า").append("เป้าหมายดังกล่าว");
		if (overall.gapToGoal().signum() != 0) {
			text.append(" (").append(overall.gapToGoal().signum() > 0 ? "สูงกว่า " : "ต่ำกว่า ")
				.append(format.score(overall.gapToGoal().abs()))
				.append(")");
		}
	}

	private String reached(IndicatorResult result) {
		if (result.gap().signum() == 0) {
			return result.indicator().thai() + " (ร้อยละ " + format.score(result.score()) + " เท่ากับเป้าหมาย)";
		}
		return result.indicator().thai() + " (สูงกว่า " + format.score(result.gap()) + ")";
	}

	private void appendPrevious(StringBuilder text, RoundComparison scores) {
		OverallResult overall = scores.overall();
		if (scores.previous() == null || overall.change() == null) {
			return;
		}
		text.append(" เมื่อเทียบกับ").append(format.roundName(scores.previous().round()))
			.append(" ปีงบประมาณ ")
			.append(format.number(scores.previous().fiscalYear()))
			.append(" (ร้อยละ ")
			.append(format.score(overall.previous()))
			.append(") ภาพรวม")
			.append(movement(overall.change()));
		LikeWithLike like = overall.likeWithLike();
		if (like != null) {
			// The rounds' overalls counted different indicators (a blank score, a round of more tools): the
			// ones both have, compared on their own, say how the unit moved (two trials read the change
			// over those as the overall's).
			text.append(" (เฉพาะ ")
				.append(format.number(like.indicators()))
				.append(" ตัวชี้วัดที่มีคะแนนทั้งสองรอบ จากร้อยละ ")
				.append(format.score(like.previous()))
				.append(" เป็นร้อยละ ")
				.append(format.score(like.latest()))
				.append(" ")
				.append(movement(like.change()))
				.append(")");
		}
	}

	/** "เพิ่มขึ้น 1.51", "ลดลง 0.43" or "เท่าเดิม". */
	private String movement(BigDecimal change) {
		int sign = change.signum();
		return sign > 0 ? "เพิ่มขึ้น " + format.score(change) : sign < 0 ? "ลดลง " + format.score(change.abs()) : "เท่าเดิม";
	}

	/**
	 * " (น้ำหนักของเครื่องมือในสองรอบนี้ต่างกัน: ปีงบประมาณ ๒๕๖๔ IIT ๐.๓ … ส่วนปีงบประมาณ ๒๕๖๕ IIT ๐.๒ …)":
	 * the change since the previous round is of totals weighted differently (a trial's +1.72 would have
	 * been +2.00 at one year's weights, and nothing said the weights had changed). Only where both
	 * rounds have the same indicators of several tools and their shares differ between the two years:
	 * where the indicators differ, the overalls weigh other tools anyway, which the comparison over those
	 * both have says (a review's note gave weights the paragraph's total did not use).
	 */
	private void appendWeightsChanged(StringBuilder text, RoundComparison scores) {
		if (scores.previous() == null || scores.overall().change() == null || scores.overall().likeWithLike() != null) {
			return;
		}
		// The tools of the indicators both rounds have: those the change is compared over.
		List<Tool> compared = scores.indicators()
			.stream()
			.filter(i -> i.previous() != null)
			.map(i -> i.indicator().tool())
			.distinct()
			.sorted()
			.toList();
		int before = scores.previous().fiscalYear();
		int now = scores.latest().fiscalYear();
		if (compared.size() < 2 || shares(compared, before).equals(shares(compared, now))) {
			return;
		}
		text.append(" (น้ำหนักของเครื่องมือในสองรอบนี้ต่างกัน: ปีงบประมาณ ").append(format.number(before)).append(" ")
			.append(weighted(compared, before))
			.append(" ส่วนปีงบประมาณ ").append(format.number(now)).append(" ").append(weighted(compared, now))
			.append(")");
	}

	/**
	 * The tools' weights in the year, scaled to one as the total uses them, to two decimals: with a tool
	 * missing, those present (a trial read "IIT 0.3 EIT 0.3" beside a total the two made at 0.5 each);
	 * tools a scheme weighs 0 alone weigh alike, as the total takes them (a review read "น้ำหนัก ๐" twice
	 * beside their mean).
	 */
	private List<BigDecimal> shares(List<Tool> tools, int fiscalYear) {
		BigDecimal total = tools.stream().map(t -> weights.weight(t, fiscalYear)).reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean alike = total.signum() == 0;
		boolean whole = total.compareTo(BigDecimal.ONE) == 0;
		return tools.stream()
			.map(t -> whole ? weights.weight(t, fiscalYear)
					: (alike ? BigDecimal.ONE : weights.weight(t, fiscalYear))
						.divide(alike ? BigDecimal.valueOf(tools.size()) : total, 2, java.math.RoundingMode.HALF_UP))
			.map(BigDecimal::stripTrailingZeros)
			.toList();
	}

	/** "IIT ๐.๓ EIT ๐.๓ OIT ๐.๔". */
	private String weighted(List<Tool> tools, int fiscalYear) {
		List<BigDecimal> shares = shares(tools, fiscalYear);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < tools.size(); i++) {
			parts.add(tools.get(i) + " " + format.digits(shares.get(i).toPlainString()));
		}
		return String.join(" ", parts);
	}

	/**
	 * The plan's paragraph, an activity a line where it lists two or more: five activities' long names
	 * in one paragraph made the unit summary's row 695 points high, which Excel cuts at 409 (a trial).
	 */
	private String planParagraph(PlanProgress plan) {
		StringBuilder text = new StringBuilder("ความก้าวหน้าตามแผนปฏิบัติการคุณธรรมและความโปร่งใส ณ เดือน")
			.append(format.month(plan.reportMonth()));
		if (plan.due().isEmpty()) {
			text.append(" ยังไม่มีกิจกรรมที่ถึงกำหนดดำเนินการ");
		}
		else {
			text.append(" มีกิจกรรมที่ถึงกำหนดดำเนินการ ")
				.append(format.number(plan.due().size()))
				.append(" กิจกรรม ดำเนินการแล้ว ")
				.append(format.number(plan.doneCount()))
				.append(" กิจกรรม คิดเป็นร้อยละ ")
				.append(format.score(plan.doneShare()));
			List<ActivityProgress> overdue = plan.due().stream().filter(ActivityProgress::overdue).toList();
			if (!overdue.isEmpty()) {
				text.append(" กิจกรรมที่เลยกำหนดแต่ยังไม่แล้วเสร็จ");
				appendActivities(text, overdue);
			}
		}
		YearMonth next = plan.reportMonth().plusMonths(1);
		// The next month starts a line of its own after a list, as a sentence would after a full stop.
		text.append(text.indexOf("\n") < 0 ? " " : "\n").append("เดือน").append(format.month(next));
		if (plan.nextMonth().isEmpty()) {
			text.append(" ไม่มีกิจกรรมตามแผน");
		}
		else {
			text.append(" มีกิจกรรมตามแผน");
			appendActivities(text, plan.nextMonth());
		}
		return text.toString();
	}

	/**
	 * " ๓ กิจกรรม ได้แก่" and the activities a line each ("- กิจกรรมที่ ๑ …"), up to {@link #LISTED}, a
	 * long plan's others counted on a last line (the tables list them all); one activity stays in the
	 * sentence.
	 */
	private void appendActivities(StringBuilder text, List<ActivityProgress> activities) {
		text.append(" ").append(format.number(activities.size())).append(" กิจกรรม ได้แก่");
		List<String> names = activities.stream()
			.limit(LISTED)
			.map(a -> "กิจกรรมที่ " + format.digits(a.activity().shownNumber()) + " " + a.activity().text())
			.toList();
		if (activities.size() == 1) {
			text.append(" ").append(names.get(0));
			return;
		}
		for (String name : names) {
			text.append("\n- ").append(name);
		}
		if (activities.size() > LISTED) {
			text.append("\n- และอีก ").append(format.number(activities.size() - LISTED)).append(" กิจกรรม (ดูตารางกิจกรรม)");
		}
	}

	/** "ก ข และ ค" as Thai lists are written. */
	static String join(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(" ", items.subList(0, items.size() - 1)) + " และ" + items.get(items.size() - 1);
	}

	private static int fiscalYearOf(YearMonth month) {
		return th.itabatch.catalog.FiscalCalendar.fiscalYear(month);
	}

	/**
	 * A round the data hold whose results a month's report does not take yet.
	 *
	 * @param round the round
	 * @param from the first month whose report takes them
	 */
	public record NotYetKnown(th.itabatch.scores.RoundComparison.RoundRef round, YearMonth from) {
	}
}
