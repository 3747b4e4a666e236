package th.itabatch.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.itabatch.plan.PlanProgress;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.survey.OverallMethod;
import th.itabatch.validation.Message;

/**
 * Everything the monthly report of one unit says, computed and ready to be written.
 *
 * @param unit the unit
 * @param kpi the KPI
 * @param fiscalYear the fiscal year (BE) of the report month
 * @param reportMonth the month reported on
 * @param dueDate the day the report is due in the DOC system
 * @param scores the round comparison, or {@code null} when the unit has no scores
 * @param plan the plan tracked at the report month, or {@code null} when the unit has no plan
 * @param narrative the Thai narrative
 * @param warnings the warnings found in the inputs used
 * @param survey how the latest round's scores came from a survey export, or {@code null}
 * @param trend the unit's overall and indicators round by round up to the report's fiscal year
 */
public record MonthlyReport(String unit, String kpi, int fiscalYear, YearMonth reportMonth, LocalDate dueDate,
		RoundComparison scores, PlanProgress plan, String narrative, List<Message> warnings, SurveyBasis survey,
		ScoreTrend trend) {

	/**
	 * Scores computed from a survey export's answers.
	 *
	 * @param respondents how many responded
	 * @param method how the overall was computed
	 */
	public record SurveyBasis(int respondents, OverallMethod method) {
	}
}
