package th.itabatch.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import th.itabatch.plan.Activity;
import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.PlanProgress;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.OverallResult;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiWords;
import th.itabatch.validation.Message;

/**
 * The values a report template can show, as plain maps: a template writes {@code ${report.unit}}
 * or, inside a {@code jx:each} over {@code indicators}, {@code ${r.score}}. Numbers stay numbers so
 * the cells hold values; texts follow the Thai-digits setting. README.md lists every name.
 */
public final class ReportTemplateModel {

	static final String PASS = "ผ่าน";

	static final String FAIL = "ไม่ผ่าน";

	/** What a cell shows for a figure there is none of (no previous round, no plan). */
	static final String NONE = "-";

	/** True when the template's numbers are to show in Thai digits (see {@link ThaiDigitFormats}). */
	static final String THAI_DIGITS = "thaiDigits";

	/**
	 * The key of a row that only stands in for an empty list (an empty list would make JXLS drop the
	 * row, leaving a header over nothing); charts do not count it.
	 */
	static final String PLACEHOLDER = "placeholder";

	private ReportTemplateModel() {
	}

	/** The variables for JXLS: report, paragraphs, indicators, trend, due, thisMonth, nextMonth, warnings, thaiDigits. */
	public static Map<String, Object> of(MonthlyReport report, ThaiFormat format, LocalDateTime generatedAt) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(THAI_DIGITS, format.thaiDigits());
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("unit", report.unit());
		r.put("kpi", format.digits(report.kpi()));
		r.put("fiscalYear", report.fiscalYear());
		r.put("fiscalYearText", format.number(report.fiscalYear()));
		r.put("reportMonth", format.month(report.reportMonth()));
		r.put("nextMonth", format.month(report.reportMonth().plusMonths(1)));
		r.put("dueDate", format.date(report.dueDate()));
		r.put("generatedAt", format.timestamp(generatedAt));
		r.put("narrative", report.narrative());
		r.put("warningCount", report.warnings().size());
		r.put("warningCountText", format.number(report.warnings().size()));
		putSectionNumbers(r, format);
		MonthlyReport.SurveyBasis survey = report.survey();
		Integer stated = report.scores() == null ? null : report.scores().statedRespondents();
		r.put("respondents", survey != null ? Integer.valueOf(survey.respondents()) : stated);
		r.put("method", survey == null ? null : survey.method().thai());
		r.put("surveyNote", survey != null
				? format.digits("คะแนนคำนวณจากแบบวัดการรับรู้ ผู้ตอบ " + String.format("%,d", survey.respondents())
						+ " คน · ภาพรวมคำนวณจาก" + survey.method().thai())
				: stated == null ? "" : RespondentsText.of(report.scores().statedRespondentsByTool(), format) + " (ตามที่ระบุในแฟ้มคะแนน)");
		putScores(r, report.scores(), format);
		if (survey != null && survey.method() != th.itabatch.survey.OverallMethod.INDICATOR_MEAN) {
			// The overall is the survey's by its method, no file's statement: "ต่างจากที่ระบุ" told a trial its
			// export stated one.
			r.put("differenceLabel", "ต่างจาก" + survey.method().thai());
		}
		putPlan(r, report.plan(), format);
		variables.put("report", r);
		// A paragraph a row, each activity the plan's paragraph lists a line: in one cell five long names
		// made the row 695 points high, which Excel cuts at 409 (a trial).
		variables.put("paragraphs", NarrativeRows.of(report.narrative()));
		variables.put("indicators", indicators(report.scores()));
		putTrendHeads(r, report.scores(), format);
		variables.put("trend", trend(report.trend(), format));
		r.put("trendCount", report.trend() == null ? 0 : report.trend().points().size());
		PlanProgress plan = report.plan();
		YearMonth month = report.reportMonth();
		variables.put("due", activities(plan == null ? List.of() : plan.due(), "ยังไม่มีกิจกรรมที่ถึงกำหนด", month, format));
		variables.put("thisMonth",
				activities(plan == null ? List.of() : plan.thisMonth(), "ไม่มีกิจกรรมตามแผนในเดือนนี้", month, format));
		variables.put("nextMonth",
				activities(plan == null ? List.of() : plan.nextMonth(), "ไม่มีกิจกรรมตามแผนในเดือนถัดไป", month, format));
		variables.put("warnings", warnings(report.warnings(), format));
		BriefModel.put(variables, report, format);
		return variables;
	}

	private static void putScores(Map<String, Object> r, RoundComparison scores, ThaiFormat format) {
		if (scores == null) {
			r.put("roundName", "ยังไม่มีผลคะแนน");
			r.put("roundHeading", "(ยังไม่มีผลคะแนน)");
			r.put("targetLegend", "เป้าหมาย");
			r.put("roundTargetLabel", "เทียบเป้าของรอบ");
			for (String figure : List.of("roundPeriod", "roundTarget", "goalName", "goalTarget", "overall", "overallComputed",
					"overallDifference", "overallLevel", "overallRoundResult", "overallRoundGap", "overallGap", "overallGoalResult",
					"overallPrevious", "overallChange")) {
				r.put(figure, NONE);
			}
			r.put("goalName", "");
			r.put("differenceLabel", "");
			r.put("computedLabel", "ภาพรวมที่คำนวณจากตัวชี้วัด");
			// Every name a unit with scores has: a template is checked against the fill's names, and a
			// restyled one naming ${report.overallGrade} must not be refused for a unit without scores.
			for (String figure : List.of("roundFiscalYear", "overallStated", "overallGrade", "previousRoundName")) {
				r.put(figure, NONE);
			}
			r.put("overallRating", "");
			r.put("toolScores", "");
			r.put("indicatorCount", 0);
			r.put("belowGoalCount", 0);
			return;
		}
		OverallResult overall = scores.overall();
		r.put("roundName", format.roundName(scores.latest().round()));
		r.put("roundFiscalYear", scores.latest().fiscalYear());
		r.put("roundPeriod", format.roundPeriod(scores.latest().fiscalYear(), scores.latest().round()));
		r.put("roundHeading", r.get("roundName") + " (" + r.get("roundPeriod") + ")");
		// On one line in the report's column B, under the overall's row: with all ten indicators the table then ends on its first page.
		r.put("roundTargetLabel", "เทียบเป้า" + r.get("roundName"));
		r.put("roundTarget", orNone(overall.roundTarget()));
		r.put("goalName", format.roundName(scores.goal().round()));
		r.put("goalTarget", orNone(overall.goalTarget()));
		List<BigDecimal> targets = scores.indicators().stream().map(IndicatorResult::target).filter(Objects::nonNull)
			.map(BigDecimal::stripTrailingZeros).distinct().toList();
		r.put("targetLegend", "เป้าหมาย " + r.get("goalName")
				+ (targets.size() == 1 ? " ร้อยละ " + format.target(targets.get(0)) : ""));
		r.put("previousRoundName", scores.previous() == null ? "-"
				: format.roundName(scores.previous().round()) + " " + format.number(scores.previous().fiscalYear()));
		r.put("overall", overall.score());
		r.put("overallStated", overall.stated());
		r.put("overallComputed", orNone(overall.computed()));
		r.put("overallDifference", orNone(overall.statedMinusComputed()));
		// Without an overall stated in the workbook there is nothing to differ from (a trial read
		// "ต่างจากที่ระบุ -" as a difference not shown).
		// Beside the target column it read as "target: not stated" (a trial): the file states no overall.
		r.put("differenceLabel", overall.stated() == null ? "ไฟล์ไม่ระบุภาพรวม" : "ต่างจากที่ระบุ");
		// Across tools the computed overall is the weighted whole ITA, not the indicators' mean (a trial
		// read 88.70 as the mean of ten, which is 89.30): the weights are in the narrative.
		r.put("computedLabel", scores.tools().size() > 1 ? "ภาพรวม ITA ถ่วงน้ำหนัก" : "ภาพรวมที่คำนวณจากตัวชี้วัด");
		// The tools' scores the weighted total is made of, beside it: a holdout trial found them only in the
		// narrative. None for one tool, whose score the computed overall is.
		r.put("toolScores", scores.tools().size() > 1 ? String.join(" · ", scores.tools()
			.stream()
			.map(tool -> tool.tool().name() + " " + format.score(tool.score()))
			.toList()) : "");
		r.put("overallLevel", orNone(overall.level()));
		r.put("overallRating", overall.rating() == null ? "" : overall.rating());
		r.put("overallGrade", grade(overall.level(), overall.rating()));
		r.put("overallRoundResult", overall.passedRound() ? PASS : FAIL);
		r.put("overallGap", orNone(overall.gapToGoal()));
		// The gap to the round's own target too: a trial's "ไม่ผ่าน" beside a blank gap left the shortfall unsaid.
		r.put("overallRoundGap", orNone(overall.score() == null || overall.roundTarget() == null ? null
				: overall.score().subtract(overall.roundTarget())));
		r.put("overallGoalResult", overall.passedGoal() ? PASS : FAIL);
		r.put("overallPrevious", orNone(overall.previous()));
		r.put("overallChange", orNone(overall.change()));
		r.put("indicatorCount", scores.indicators().size());
		r.put("belowGoalCount", scores.belowGoal().size());
	}

	private static void putPlan(Map<String, Object> r, PlanProgress plan, ThaiFormat format) {
		if (plan == null) {
			r.put("planPeriod", "ยังไม่มีแผนปฏิบัติการ");
			r.put("planHeading", "ยังไม่มีแผนปฏิบัติการ");
			r.put("progressSummary", "ยังไม่มีแผนปฏิบัติการ");
			r.put("dueCount", NONE);
			r.put("doneCount", NONE);
			r.put("doneShare", NONE);
			r.put("policy", NONE);
			r.put("activityCount", NONE);
			return;
		}
		r.put("policy", plan.plan().policy());
		r.put("planPeriod", plan.plan()
			.period()
			.map(p -> format.digits(span(p.start(), p.end())))
			.orElse("-"));
		r.put("planHeading", "ระยะเวลาของแผน " + r.get("planPeriod"));
		r.put("progressSummary", "ดำเนินการแล้ว " + format.number(plan.doneCount()) + " จาก " + format.number(plan.due().size())
				+ " กิจกรรม");
		r.put("activityCount", plan.plan().activities().size());
		r.put("dueCount", plan.due().size());
		r.put("doneCount", plan.doneCount());
		r.put("doneShare", orNone(plan.doneShare()));
	}

	private static List<Map<String, Object>> indicators(RoundComparison scores) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (scores == null) {
			return orPlaceholder(rows, "name", "ยังไม่มีผลคะแนน");
		}
		for (IndicatorResult result : scores.indicators()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("no", result.indicator().number());
			row.put("code", result.indicator().code());
			row.put("name", result.indicator().thai());
			row.put("chartName", ThaiWords.breakable(result.indicator().thai()));
			row.put("english", result.indicator().english());
			row.put("score", result.score());
			row.put("target", result.target());
			row.put("gap", result.gap());
			row.put("result", result.passed() ? PASS : FAIL);
			row.put("rank", result.rank());
			row.put("level", result.level());
			row.put("previous", orNone(result.previous()));
			row.put("change", orNone(result.change()));
			row.put("respondents", result.respondents());
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, Object>> activities(List<ActivityProgress> activities, String none, YearMonth month,
			ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ActivityProgress progress : activities) {
			var activity = progress.activity();
			var latest = progress.latest();
			Map<String, Object> row = new LinkedHashMap<>();
			// By the plan's own numbering where it differs from the place ("1.2", and "2" after it), as text.
			String shown = activity.shownNumber();
			row.put("no", shown.equals(String.valueOf(activity.number())) ? activity.number() : format.digits(shown));
			row.put("activity", activity.text());
			row.put("measure", activity.measure());
			row.put("topic", activity.topic());
			row.put("months", format.digits(monthsText(activity)));
			row.put("status", ProgressNotes.status(progress, month, format));
			row.put("result", progress.result());
			row.put("resultInFull", ProgressNotes.resultInFull(progress, text -> text));
			row.put("participants", latest == null ? null : latest.participants());
			// A number, shown as money is written ("๕,๐๐๐.๐๐", the template's format; a General cell
			// printed "๕๐๐๐"), so a sum over the column still works; else the text as written, or "-".
			row.put("budget", activity.budget() != null ? activity.budget() : activity.budgetDisplay());
			row.put("budgetUsed", latest == null ? null : latest.budgetUsed());
			row.put("responsible", activity.responsible());
			row.put("evidence", latest == null ? null : latest.evidence());
			row.put("problems", latest == null ? null : latest.problems());
			rows.add(row);
		}
		return orPlaceholder(rows, "activity", none);
	}

	private static List<Map<String, Object>> warnings(List<Message> warnings, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Message message : warnings) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("file", message.file());
			row.put("sheet", message.sheet());
			row.put("cell", message.where());
			row.put("code", message.code());
			row.put("thai", format.digitsOutsideQuotes(message.thai()));
			row.put("english", message.english());
			rows.add(row);
		}
		return orPlaceholder(rows, "thai", "ไม่พบข้อสังเกตในข้อมูลนำเข้า", "english", "no warnings");
	}

	/**
	 * One row per round, oldest first: {@code label} ("ปีงบ ๒๕๖๔ รอบ ๑"), {@code fiscalYear},
	 * {@code round}, {@code roundName}, {@code overall}, {@code overallSource} (ระบุ / คำนวณ),
	 * {@code target}, and {@code i1}, {@code i2}, … for each indicator scored in the round.
	 */
	private static List<Map<String, Object>> trend(ScoreTrend trend, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ScoreTrend.Point point : trend == null ? List.<ScoreTrend.Point>of() : trend.points()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("label", format.digits(point.label()));
			row.put("fiscalYear", point.fiscalYear());
			row.put("round", point.roundNumber());
			row.put("roundName", format.roundName(point.round().round()));
			row.put("overall", point.overall());
			row.put("overallSource", point.stated() ? "ระบุ" : "คำนวณ");
			row.put("target", point.target());
			// i1 … i10 as the heads h1 … h10, blank where the round has no score (a template is checked
			// against the names its rows have: a round of five indicators must not make i6 unknown).
			for (int number = 1; number <= 10; number++) {
				row.put("i" + number, null);
			}
			point.indicators().forEach((number, score) -> row.put("i" + number, score));
			rows.add(row);
		}
		return orPlaceholder(rows, "label", "ยังไม่มีผลคะแนน");
	}

	/**
	 * The trend table's column heads, {@code h1}…{@code h10} (the indicators' numbers in the
	 * report's digits), and {@code indicatorKey} naming them ("ตัวชี้วัด ๑ การปฏิบัติหน้าที่ · ๒ …").
	 */
	private static void putTrendHeads(Map<String, Object> r, RoundComparison scores, ThaiFormat format) {
		for (int number = 1; number <= 10; number++) {
			r.put("h" + number, format.number(number));
		}
		r.put("indicatorKey", scores == null ? "ตัวชี้วัด: ยังไม่มีผลคะแนน"
				: "ตัวชี้วัด " + scores.indicators().stream()
					.map(i -> format.number(i.indicator().number()) + " " + i.indicator().thai())
					.collect(Collectors.joining(" · ")));
	}

	/** {@code section1}…{@code section5}: the headings' numbers in the report's digits ("๑."). */
	static void putSectionNumbers(Map<String, Object> values, ThaiFormat format) {
		for (int section = 1; section <= 5; section++) {
			values.put("section" + section, format.number(section) + ".");
		}
	}

	/**
	 * A level with the department's own rating beside it where a rating scale is configured ("A (ผ่านดี)"),
	 * so that switching a scale on shows it in the shipped templates' level cells; "-" without a level.
	 */
	static String grade(String level, String rating) {
		if (rating == null || rating.isBlank()) {
			return level == null ? NONE : level;
		}
		return level == null ? rating : level + " (" + rating + ")";
	}

	private static Object orNone(Object value) {
		return value == null ? NONE : value;
	}

	// An empty list would make JXLS drop the row, leaving a header over nothing.
	static List<Map<String, Object>> orPlaceholder(List<Map<String, Object>> rows, String... keysAndValues) {
		if (rows.isEmpty()) {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < keysAndValues.length; i += 2) {
				row.put(keysAndValues[i], keysAndValues[i + 1]);
			}
			row.put(PLACEHOLDER, Boolean.TRUE);
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The months an activity is scheduled in, months in a row as their span: "ม.ค. 2568 – มี.ค. 2568",
	 * a quarter's "ธ.ค. 2567, มี.ค. 2568, …", and one of every month "ทุกเดือน (ต.ค. 2567 – ก.ย. 2568)" (a
	 * trial's cell listed twelve months one under another, a row a page tall).
	 */
	static String monthsText(Activity activity) {
		List<YearMonth> months = activity.months();
		List<String> spans = new ArrayList<>();
		int from = 0;
		for (int i = 1; i <= months.size(); i++) {
			if (i == months.size() || !months.get(i).equals(months.get(i - 1).plusMonths(1))) {
				spans.add(i - 1 == from ? ThaiCalendar.shortMonthYear(months.get(from)) : span(months.get(from), months.get(i - 1)));
				from = i;
			}
		}
		String text = String.join(", ", spans);
		return activity.isMonthly() && spans.size() == 1 && months.size() > 1 ? "ทุกเดือน (" + text + ")" : text;
	}

	/** Two months as one span, "มี.ค. 2564 – ก.ค. 2564": the plan's period and an activity's months, in every document. */
	static String span(YearMonth start, YearMonth end) {
		return ThaiCalendar.shortMonthYear(start) + " – " + ThaiCalendar.shortMonthYear(end);
	}
}
