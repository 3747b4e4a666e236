package th.itabatch.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.Tool;

/**
 * The values a department report template can show, as plain maps: {@code ${department.name}},
 * and inside a {@code jx:each} over {@code units} {@code ${u.rank}}, {@code ${u.overall}},
 * {@code ${u.s1}}…{@code ${u.s10}} (the indicators' scores, the heat map). README.md lists every name.
 */
public final class DepartmentTemplateModel {

	/** A mark for an input that arrived, as the seed marks months. */
	static final String ARRIVED = "✓";

	static final String NONE = "-";

	private DepartmentTemplateModel() {
	}

	/** The variables for JXLS: department, units, branches, indicatorMeans, trend, paragraphs, thaiDigits. */
	public static Map<String, Object> of(DepartmentReport report, String kpi, ThaiFormat format,
			LocalDateTime generatedAt) {
		DepartmentReport.RollUp all = report.summary();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", report.name());
		d.put("code", report.code());
		d.put("kpi", format.digits(kpi));
		d.put("month", format.month(report.month()));
		d.put("fiscalYear", format.number(report.fiscalYear()));
		d.put("dueDate", format.date(report.dueDate()));
		d.put("generatedAt", format.timestamp(generatedAt));
		d.put("units", all.units());
		d.put("scored", all.scored());
		d.put("passed", all.passed());
		d.put("notPassed", all.scored() - all.passed());
		d.put("mean", all.mean());
		d.put("reportsMade", all.reportsMade());
		d.put("silentCount", all.silent().size());
		d.put("refusedCount", all.refused().size());
		d.put("narrative", report.narrative());
		ReportTemplateModel.putSectionNumbers(d, format);
		// h1 … h10 and s1 … s10 whatever the catalogue holds (blank where it has no such indicator): the
		// shipped template names all ten, and a template is checked against the names a fill has.
		for (int number = 1; number <= 10; number++) {
			d.put("h" + number, "");
		}
		for (Indicator indicator : report.indicators()) {
			d.put("h" + indicator.number(), format.number(indicator.number()) + ". " + indicator.thai());
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReportTemplateModel.THAI_DIGITS, format.thaiDigits());
		variables.put("department", d);
		variables.put("units", units(report));
		variables.put("branches", branches(report.branches()));
		variables.put("indicatorMeans", indicatorMeans(report.indicatorMeans(), format));
		variables.put("trend", trend(report.trend(), format));
		// A paragraph a row: in one cell a department's 18 lines needed 480 points, and its DOC due date,
		// the last sentence, was cut in Excel's print (a trial).
		variables.put("paragraphs", NarrativeRows.of(report.narrative()));
		return variables;
	}

	private static List<Map<String, Object>> units(DepartmentReport report) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DepartmentReport.Row row : report.rows()) {
			UnitStanding s = row.standing();
			Map<String, Object> u = new LinkedHashMap<>();
			u.put("rank", row.rank());
			u.put("unit", row.member().name());
			u.put("code", row.member().code());
			// The column is headed สังกัด: the unit it is directly under, not the branch it is counted in.
			u.put("branch", row.member().parent());
			u.put("depth", row.member().depth());
			u.put("overall", s.overall());
			// What the overall is: the whole ITA's weighted total ("ITA") or one tool's score ("IIT"…).
			u.put("basis", report.basis(s).orElse(NONE));
			u.put("target", s.target());
			// Marked "*" on an older round, its pass by that round's target, as the page marks it (a trial
			// found the mark on the page and none in the workbook; the narrative says what it means).
			u.put("result", s.passed() == null ? NONE
					: (s.passed() ? ReportTemplateModel.PASS : ReportTemplateModel.FAIL) + (report.onOlderRound(s) ? "*" : ""));
			u.put("level", s.level() == null ? NONE : s.level());
			u.put("rating", s.rating());
			u.put("grade", ReportTemplateModel.grade(s.level(), s.rating()));
			// "-" where there is none, as in the unit report; overall and target stay blank: the chart reads them.
			u.put("change", s.change() == null ? NONE : s.change());
			u.put("doneShare", s.doneShare() == null ? NONE : s.doneShare());
			u.put("scores", s.arrived().scores() ? ARRIVED : NONE);
			u.put("plan", s.arrived().plan() ? ARRIVED : NONE);
			u.put("progress", s.arrived().progress() ? ARRIVED : NONE);
			u.put("report", row.status().thai());
			u.put("weakest", s.weakest().map(w -> w.number()).orElse(null));
			for (int number = 1; number <= 10; number++) {
				u.put("s" + number, null);
			}
			for (Indicator indicator : report.indicators()) {
				UnitStanding.IndicatorStanding score = s.indicators().get(indicator.number());
				u.put("s" + indicator.number(), score == null ? null : score.score());
			}
			// Each tool's score beside the indicators (u.iit, u.eit, u.oit), blank where the unit's round lacks
			// the tool: a holdout trial's division with all three tools showed only its weighted total.
			Map<Tool, BigDecimal> tools = report.toolScores(s);
			for (Tool tool : Tool.values()) {
				u.put(tool.name().toLowerCase(java.util.Locale.ROOT), tools.get(tool));
			}
			rows.add(u);
		}
		return rows;
	}

	private static List<Map<String, Object>> branches(List<DepartmentReport.RollUp> branches) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DepartmentReport.RollUp branch : branches) {
			Map<String, Object> b = new LinkedHashMap<>();
			b.put("name", branch.name());
			b.put("units", branch.units());
			b.put("scored", branch.scored());
			b.put("passed", branch.passed());
			b.put("mean", branch.mean());
			b.put("reportsMade", branch.reportsMade());
			b.put("silent", branch.silent().size());
			b.put("refused", branch.refused().size());
			rows.add(b);
		}
		return ReportTemplateModel.orPlaceholder(rows, "name", "ไม่มีหน่วยงานระดับรองที่มีหน่วยงานในสังกัด");
	}

	private static List<Map<String, Object>> trend(List<DepartmentReport.TrendPoint> points, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DepartmentReport.TrendPoint point : points) {
			Map<String, Object> t = new LinkedHashMap<>();
			t.put("label", format.digits(point.label()));
			t.put("fiscalYear", point.round().fiscalYear());
			t.put("round", point.round().round().number());
			t.put("mean", point.mean());
			t.put("units", point.units());
			t.put("target", point.target());
			rows.add(t);
		}
		return ReportTemplateModel.orPlaceholder(rows, "label", "ยังไม่มีผลคะแนนของหน่วยงานในสังกัด");
	}

	private static List<Map<String, Object>> indicatorMeans(List<DepartmentReport.IndicatorMean> means, ThaiFormat format) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DepartmentReport.IndicatorMean mean : means) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("no", mean.indicator().number());
			m.put("name", mean.indicator().thai());
			m.put("code", mean.indicator().code());
			m.put("mean", mean.mean());
			m.put("units", mean.units());
			m.put("passed", mean.passed());
			// Where the units' targets differ (one ranked on an older round, a target of its own year), their
			// range: a blank cell left a reader to count passes against the units sheet's targets (a trial).
			m.put("target", mean.target() != null || mean.lowestTarget() == null ? mean.target()
					: format.score(mean.lowestTarget()) + "–" + format.score(mean.highestTarget()));
			rows.add(m);
		}
		return ReportTemplateModel.orPlaceholder(rows, "name", "ยังไม่มีผลคะแนนของหน่วยงานในสังกัด");
	}
}
