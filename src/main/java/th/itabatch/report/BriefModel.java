package th.itabatch.report;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.Activity;
import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.PlanProgress;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.RoundComparison;
import th.itabatch.thai.ThaiCalendar;

/**
 * The brief's values ("เอกสารสรุปประเด็น", as the seed lays it out), beside the report's own, all
 * under {@code brief}: the reasons paragraph, the conclusions, the evaluation, the plan's period, the
 * progress line; the tables {@code brief.scores}, {@code brief.plan} (an activity a row, a ✓ under each
 * month of the fiscal year it runs, October first) and {@code brief.progressRows}, every figure a text
 * in the digits the setting asks for; and {@code brief.chart}, the indicators against the target.
 */
final class BriefModel {

	/** The fiscal year's months as the plan table heads them: October to September. */
	static final List<Month> FISCAL_MONTHS = List.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
			Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST, Month.SEPTEMBER);

	private BriefModel() {
	}

	static void put(Map<String, Object> variables, MonthlyReport report, ThaiFormat format) {
		Map<String, Object> brief = new LinkedHashMap<>();
		RoundComparison scores = report.scores();
		PlanProgress plan = report.plan();
		brief.put("unit", report.unit());
		brief.put("reasons", reasons(report, format));
		// The conclusions are the report's narrative, a paragraph a line.
		brief.put("conclusions", report.narrative());
		brief.put("dueDay", format.number(report.dueDate().getDayOfMonth()));
		brief.put("chartTitle", scores == null ? "ยังไม่มีผลคะแนน"
				: "แผนภูมิ ผลการดำเนินงาน" + format.roundName(scores.latest().round()) + " (รายตัวชี้วัด) เปรียบเทียบกับเป้าหมาย"
						+ (scores.goal().equals(scores.latest()) ? "" : "ภาพรวมของ" + format.roundName(scores.goal().round()))
						+ " (กำหนดไว้ร้อยละ " + format.target(scores.overall().goalTarget()) + ")");
		brief.put("evaluation", scores == null ? "-"
				: evaluatedBy(scores) + " " + format.roundName(scores.goal().round()) + " ("
						+ format.roundPeriod(scores.goal().fiscalYear(), scores.goal().round()) + ")");
		ActionPlan actionPlan = plan == null ? null : plan.plan();
		brief.put("policy", actionPlan == null || actionPlan.policy() == null ? "-" : actionPlan.policy());
		brief.put("planPeriod", actionPlan == null ? "ยังไม่มีแผนปฏิบัติการ"
				: actionPlan.period()
					.map(p -> format.digits(ReportTemplateModel.span(p.start(), p.end())))
					.orElse("-"));
		brief.put("progress", plan == null ? "ยังไม่มีแผนปฏิบัติการ"
				: "ดำเนินการแล้ว " + format.number(plan.doneCount()) + " จาก " + format.number(plan.due().size())
						+ " กิจกรรมที่ถึงกำหนด ณ " + format.month(report.reportMonth()));
		for (int i = 0; i < FISCAL_MONTHS.size(); i++) {
			brief.put("m" + (i + 1), ThaiCalendar.abbreviation(FISCAL_MONTHS.get(i)));
		}
		// Inside brief, not beside the report's own tables: the Excel engine matches charts to top-level tables.
		brief.put("scores", scores(scores, format));
		brief.put("plan", plan(actionPlan, format));
		brief.put("progressRows", progress(plan, format));
		brief.put("chart", chart(scores, format));
		variables.put("brief", brief);
	}

	/**
	 * How the scores are gathered: the staff's perception survey, as the seed says, or each tool
	 * scored by its name (trials: a whole-ITA brief, and an OIT-only one, spoke of the staff survey).
	 */
	private static String evaluatedBy(RoundComparison scores) {
		if (scores.isInternalSurveyAlone()) {
			return "บุคลากรตอบประเมินตามแบบวัดการรับรู้ภายในหน่วยงานตนเอง";
		}
		return "ประเมินตาม" + NarrativeWriter.join(scores.tools().stream().map(t -> t.tool().thai() + " (" + t.tool() + ")").toList());
	}

	/** The seed's "หลักการและเหตุผล": what the KPI is, the latest round's scores, the goal. */
	static String reasons(MonthlyReport report, ThaiFormat format) {
		RoundComparison scores = report.scores();
		StringBuilder text = new StringBuilder("การดำเนินงานคุณธรรมและความโปร่งใสของหน่วยงาน Integrity and Transparency Assessment : ITA ")
			.append(report.unit())
			.append(" ดำเนินการในรูปของตัวชี้วัดตามคำรับรองผลการปฏิบัติราชการ คือ")
			.append(format.digits(report.kpi()));
		if (scores == null) {
			return text.append(" ยังไม่มีผลคะแนนการประเมินในข้อมูลที่นำเข้า").toString();
		}
		text.append(" ใน").append(format.roundName(scores.latest().round()))
			.append(" (").append(format.roundPeriod(scores.latest().fiscalYear(), scores.latest().round())).append(")")
			.append(" มีผลประเมินคะแนน")
			.append(scores.isWholeIta() ? "" : scores.isInternalSurveyAlone() ? "จากแบบวัดการรับรู้ภายในหน่วยงานตนเอง"
					: "จาก" + scores.onlyTool().thai())
			.append(" (").append(format.number(scores.indicators().size())).append(" ตัวชี้วัด) ดังนี้");
		List<IndicatorResult> indicators = scores.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			IndicatorResult r = indicators.get(i);
			// Each by its ITA number, as the table below it: numbered in turn, OIT's 9 and 10 after IIT's
			// five read "๖)" and "๗)", indicators 6 and 7 to a reader (a trial).
			text.append(i == 0 ? " " : i == indicators.size() - 1 ? " และ " : " ")
				.append(format.number(r.indicator().number())).append(") ").append(r.indicator().thai())
				.append(" ร้อยละ ").append(format.score(r.score()));
		}
		String missing = NarrativeWriter.missingTools(scores);
		if (!missing.isEmpty()) {
			text.append(" (").append(missing).append(")");
		}
		if (!scores.goal().equals(scores.latest())) {
			text.append(" โดยใน").append(format.roundName(scores.goal().round()))
				.append(" กำหนดเป้าหมายไม่น้อยกว่าร้อยละ ").append(format.target(scores.overall().goalTarget()));
		}
		return text.append(" จึงนำผลคะแนนมาเปรียบเทียบกับเป้าหมาย ได้ดังนี้").toString();
	}

	private static List<Map<String, Object>> scores(RoundComparison scores, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (scores == null) {
			rows.add(row("no", "", "name", "ยังไม่มีผลคะแนน", "score", "-", "target", "-", "result", "-"));
			return rows;
		}
		for (IndicatorResult r : scores.indicators()) {
			rows.add(row("no", format.number(r.indicator().number()), "name", r.indicator().thai(), "score",
					format.score(r.score()), "target", format.score(r.target()), "result",
					r.passed() ? ReportTemplateModel.PASS : ReportTemplateModel.FAIL));
		}
		rows.add(row("no", "", "name", "ภาพรวม (เทียบเป้าหมาย" + format.roundName(scores.latest().round()) + ")", "score", format.score(scores.overall().score()), "target",
				// Two decimals as the scores beside them: "๘๕" above "๙๒.๕๐" read as a slip (a trial).
				format.score(scores.overall().roundTarget()), "result",
				scores.overall().passedRound() ? ReportTemplateModel.PASS : ReportTemplateModel.FAIL));
		return rows;
	}

	private static List<Map<String, Object>> plan(ActionPlan plan, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (plan == null || plan.activities().isEmpty()) {
			Map<String, Object> none = row("measure", "ยังไม่มีแผนปฏิบัติการ", "topic", "", "activity", "", "budget", "",
					"responsible", "");
			FISCAL_MONTHS.forEach(m -> none.put("m" + (FISCAL_MONTHS.indexOf(m) + 1), ""));
			rows.add(none);
			return rows;
		}
		String lastMeasure = null;
		String lastTopic = null;
		for (Activity activity : plan.activities()) {
			// A measure and a topic are written once, on their first activity, as the seed's merged cells read.
			boolean sameMeasure = activity.measure() != null && activity.measure().equals(lastMeasure);
			String measure = activity.measure() == null || sameMeasure ? "" : activity.measure();
			String topic = activity.topic() == null || sameMeasure && activity.topic().equals(lastTopic) ? ""
					: activity.topic();
			lastMeasure = activity.measure();
			lastTopic = activity.topic();
			Map<String, Object> row = row("measure", measure, "topic", topic,
					"activity", format.digits(activity.shownNumber()) + ". " + activity.text(), "budget",
					format.digits(activity.budgetDisplay()), "responsible",
					activity.responsible() == null ? "" : activity.responsible());
			for (int i = 0; i < FISCAL_MONTHS.size(); i++) {
				YearMonth month = fiscalMonth(plan.fiscalYear(), FISCAL_MONTHS.get(i));
				row.put("m" + (i + 1), activity.isScheduledIn(month) ? "✓" : "");
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, Object>> progress(PlanProgress plan, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (plan != null) {
			for (ActivityProgress p : plan.thisMonth()) {
				String inFull = ProgressNotes.resultInFull(p, format::digits);
				rows.add(row("activity", format.digits(p.activity().shownNumber()) + ". " + p.activity().text(), "status",
						ProgressNotes.status(p, plan.reportMonth(), format), "result",
						p.result() == null || p.result().isBlank() ? "-" : format.digits(p.result()), "resultInFull",
						inFull.isEmpty() ? "-" : inFull));
			}
		}
		if (rows.isEmpty()) {
			rows.add(row("activity", plan == null ? "ยังไม่มีแผนปฏิบัติการ" : "ไม่มีกิจกรรมตามแผนในเดือนนี้", "status", "-",
					"result", "-", "resultInFull", "-"));
		}
		return rows;
	}

	private static IndicatorChart chart(RoundComparison scores, ThaiFormat format) {
		if (scores == null) {
			return null;
		}
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (IndicatorResult r : scores.indicators()) {
			labels.add(r.indicator().thai());
			values.add(r.score());
			texts.add(format.score(r.score()));
		}
		BigDecimal target = scores.overall().goalTarget();
		return new IndicatorChart(labels, values, target, texts, "เป้าหมาย ร้อยละ " + format.target(target));
	}

	/** The fiscal year's month (BE year): October to December fall in the calendar year before. */
	static YearMonth fiscalMonth(int fiscalYearBE, Month month) {
		int ce = fiscalYearBE - ThaiCalendar.BE_OFFSET;
		return YearMonth.of(month.getValue() >= Month.OCTOBER.getValue() ? ce - 1 : ce, month);
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}
}
