package th.itabatch.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import th.itabatch.scores.RoundComparator;

/**
 * How reports are made ({@code ita.report.*}).
 *
 * @param template the report template: a file path, tried first, else the copy bundled in the jar
 * @param thaiDigits Thai digits in the narrative, dates and month names
 * @param kpi the KPI the report is for, as written in the performance agreement
 * @param goal which target the indicators are compared with
 * @param dueDay the day of the next month the report is due in the DOC system
 */
@ConfigurationProperties("ita.report")
public record ReportProperties(@DefaultValue("templates/monthly-report.xlsx") String template,
		@DefaultValue("true") boolean thaiDigits, @DefaultValue("") String kpi,
		@DefaultValue("NEXT_ROUND") RoundComparator.Goal goal, @DefaultValue("10") int dueDay) {
}
