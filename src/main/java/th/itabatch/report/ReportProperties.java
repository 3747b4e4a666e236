package th.itabatch.report;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import th.itabatch.scores.RoundComparator;

/**
 * How reports are made ({@code ita.report.*}).
 *
 * @param templates the documents made, each from its template; none configured means the monthly
 *     Excel report alone
 * @param thaiDigits Thai digits in the narrative, dates and month names
 * @param kpi the KPI the report is for, as written in the performance agreement
 * @param goal which target the indicators are compared with
 * @param dueDay the day of the next month the report is due in the DOC system
 */
@ConfigurationProperties("ita.report")
public record ReportProperties(List<Template> templates, @DefaultValue("true") boolean thaiDigits,
		@DefaultValue("") String kpi, @DefaultValue("NEXT_ROUND") RoundComparator.Goal goal,
		@DefaultValue("10") int dueDay) {

	/** The monthly Excel report, made when no template is configured. */
	public static final Template MONTHLY = new Template("monthly", "templates/monthly-report.xlsx",
			ReportTemplates.UNIT_MONTH, "ITA-report_{unit}_FY{fiscalYear}_{year}-{month}.xlsx");

	/** The department's Excel report, made when no department template is configured. */
	public static final Template DEPARTMENT = new Template("department", "templates/department-report.xlsx",
			ReportTemplates.DEPARTMENT_MONTH, "ITA-department_{unit}_FY{fiscalYear}_{year}-{month}.xlsx");

	public ReportProperties {
		// 0 and 32 were printed as the 1st and the 31st without a word (a trial).
		if (dueDay < 1 || dueDay > 31) {
			throw new IllegalArgumentException("ita.report.due-day: " + dueDay + " is no day of a month (1 to 31)");
		}
		templates = templates == null || templates.isEmpty() ? List.of(MONTHLY) : List.copyOf(templates);
		if (templates.stream().noneMatch(t -> ReportTemplates.DEPARTMENT_MONTH.equals(t.model()))) {
			// Lists configured before department reports existed keep their department report.
			templates = java.util.stream.Stream.concat(templates.stream(), java.util.stream.Stream.of(DEPARTMENT)).toList();
		}
	}

	/**
	 * A document made from a template.
	 *
	 * @param name its name ("monthly")
	 * @param template the template file users restyle; the copy bundled in the jar when it is absent
	 * @param model what fills it: {@code unit-month}, one unit's report for one month;
	 *     {@code department-month}, a department's report for one month
	 * @param fileName the name of each file made: {unit} (the unit, or the department), {fiscalYear},
	 *     {year} (BE, of the report month), {month} (01–12)
	 */
	public record Template(String name, String template, String model, String fileName) {
	}
}
