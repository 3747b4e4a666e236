package th.itabatch.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanProgress;
import th.itabatch.plan.PlanTracker;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.survey.OverallMethod;
import th.itabatch.validation.Message;

/** Computes a unit's monthly report from its scores, plan, progress and the warnings of its inputs. */
public final class MonthlyReportAssembler {

	private final Catalog catalog;

	private final RoundComparator comparator;

	private final ReportProperties properties;

	private final NarrativeWriter narrative;

	public MonthlyReportAssembler(Catalog catalog, ReportProperties properties) {
		this.catalog = catalog;
		this.comparator = new RoundComparator(catalog, properties.goal());
		this.properties = properties;
		this.narrative = new NarrativeWriter(new ThaiFormat(properties.thaiDigits()), catalog.indicators(), catalog.weights(),
				catalog.ratings());
	}

	/**
	 * @param unit the unit
	 * @param reportMonth the month reported on
	 * @param scores the unit's scores
	 * @param plan the unit's plan for the report month's fiscal year, or {@code null}
	 * @param progress its progress rows, matched with the plan
	 * @param warnings the warnings about the inputs used, after the errors of the unit's workbooks refused
	 */
	public MonthlyReport assemble(String unit, YearMonth reportMonth, List<ScoreEntry> scores, ActionPlan plan,
			List<ProgressEntry> progress, List<Message> warnings) {
		int fiscalYear = FiscalCalendar.fiscalYear(reportMonth);
		RoundComparison comparison = comparator.compare(unit, reportMonth, scores).orElse(null);
		// The round the data hold beyond the month's: its results are known from a later month.
		NarrativeWriter.NotYetKnown notYetKnown = comparator.compare(unit, fiscalYear, scores)
			.map(RoundComparison::latest)
			.filter(latest -> comparison == null || !latest.equals(comparison.latest()))
			.map(latest -> new NarrativeWriter.NotYetKnown(latest,
					catalog.calendar().resultsKnown(latest.fiscalYear(), latest.round())))
			.orElse(null);
		PlanProgress planProgress = plan == null ? null : PlanTracker.track(plan, progress, reportMonth);
		MonthlyReport.SurveyBasis survey = comparison == null ? null : surveyBasis(unit, comparison, scores);
		return new MonthlyReport(unit, properties.kpi(), fiscalYear, reportMonth, dueDate(reportMonth), comparison,
				planProgress, narrative.write(unit, comparison, planProgress, reportMonth, survey, notYetKnown,
						warnings.stream().filter(Message::isError).map(Message::file).distinct().toList()),
				List.copyOf(warnings),
				survey, ScoreTrend.of(catalog, unit, reportMonth, scores));
	}

	/** When the latest round's scores were computed from a survey export: its respondents and method. */
	private static MonthlyReport.SurveyBasis surveyBasis(String unit, RoundComparison comparison, List<ScoreEntry> scores) {
		return scores.stream()
			.filter(s -> s.unit().equals(unit) && s.fiscalYear() == comparison.latest().fiscalYear()
					&& s.round() == comparison.latest().round().number() && s.fromSurvey())
			.findFirst()
			.map(s -> new MonthlyReport.SurveyBasis(s.respondents() == null ? 0 : s.respondents(),
					OverallMethod.valueOf(s.method())))
			.orElse(null);
	}

	LocalDate dueDate(YearMonth reportMonth) {
		return Deadline.dueDate(reportMonth, properties.dueDay());
	}
}
