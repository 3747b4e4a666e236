package th.itabatch.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.Round;
import th.itabatch.files.StoredFolder;
import th.itabatch.files.StoredFolders;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.Activity;
import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.PlanProgress;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.OverallResult;
import th.itabatch.scores.RoundComparison.RoundRef;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.scores.Scores;
import th.itabatch.scores.ToolScore;
import th.itabatch.validation.Message;

/**
 * A unit's report read back from what its run stored (ita_report, ita_indicator_result,
 * ita_activity_status): the figures exactly as the report stated them, so that a page shows a unit
 * without computing its report again. What the report did not store (the tools' scores, the
 * previous round's name, a plan's months) is absent from what is read back.
 */
@Repository
public class StoredUnitReports {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ReportProperties properties;

	/** The output folder the report's paths are stored relative to. */
	private final StoredFolder output;

	StoredUnitReports(JdbcClient jdbc, Catalog catalog, ReportProperties properties, StoredFolders folders) {
		this.output = folders.output();
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.properties = properties;
	}

	/**
	 * A stored report and what it said.
	 *
	 * @param stored the report's row
	 * @param report what it said
	 */
	public record Read(ReportRepository.StoredReport stored, MonthlyReport report) {
	}

	/**
	 * A stored report, read back; empty when it is no longer stored (a restarted job replaced it).
	 *
	 * @param id the report's id
	 * @param warnings a unit's warnings in the inputs the report was made from, by the unit and the inputs' ids
	 * @param scores the unit's current scores, for its trend (the page keeps every unit's until an input arrives)
	 */
	public Optional<Read> read(long id, BiFunction<String, List<Long>, List<Message>> warnings,
			Function<String, List<ScoreEntry>> scores) {
		// The row is read whole first: its indicators and activities are read after, not inside its result set.
		return jdbc.sql("SELECT * FROM ita_report WHERE id = ?")
			.param(id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.map(row -> read(new Row(row), warnings, scores));
	}

	/** A stored report's columns, by name. */
	private record Row(Map<String, Object> columns) {

		BigDecimal decimal(String name) {
			return (BigDecimal) columns.get(name);
		}

		Integer integer(String name) {
			return columns.get(name) == null ? null : ((Number) columns.get(name)).intValue();
		}

		String text(String name) {
			return (String) columns.get(name);
		}
	}

	private Read read(Row rs, BiFunction<String, List<Long>, List<Message>> warnings,
			Function<String, List<ScoreEntry>> currentScores) {
		long id = ((Number) rs.columns().get("id")).longValue();
		String unit = rs.text("unit");
		YearMonth month = YearMonth.parse(rs.text("report_month"));
		int fiscalYear = rs.integer("fiscal_year");
		ReportRepository.StoredReport stored = new ReportRepository.StoredReport(id,
				((Number) rs.columns().get("job_instance_id")).longValue(), unit, month, output.resolve(rs.text("file_path")),
				output.resolve(rs.text("history_path")), ((Timestamp) rs.columns().get("created_at")).toLocalDateTime(),
				rs.decimal("overall_score"), rs.decimal("done_share"));
		RoundComparison scores = scores(rs, id, unit);
		PlanProgress plan = plan(rs, id, unit, fiscalYear, month);
		List<Long> inputs = Arrays.stream(rs.text("inputs").split(","))
			.filter(s -> !s.isBlank())
			.map(s -> Long.valueOf(s.trim()))
			.toList();
		MonthlyReport report = new MonthlyReport(unit, properties.kpi(), fiscalYear, month,
				Deadline.dueDate(month, properties.dueDay()), scores, plan, rs.text("narrative"),
				warnings.apply(unit, inputs), null,
				// The trend comes from the stored scores themselves, as the report's did.
				ScoreTrend.of(catalog, unit, month, currentScores.apply(unit)));
		return new Read(stored, report);
	}

	private RoundComparison scores(Row rs, long id, String unit) {
		BigDecimal score = rs.decimal("overall_score");
		if (score == null) {
			return null;
		}
		int fiscalYear = rs.integer("latest_fiscal_year");
		Round round = catalog.calendar().round(rs.integer("latest_round")).orElse(null);
		BigDecimal roundTarget = rs.decimal("round_target");
		BigDecimal goalTarget = rs.decimal("goal_target");
		Boolean passedRound = (Boolean) rs.columns().get("overall_passed");
		BigDecimal change = rs.decimal("overall_change");
		OverallResult overall = new OverallResult(rs.decimal("overall_stated"), rs.decimal("overall_computed"),
				score, roundTarget, passedRound != null ? passedRound : score.compareTo(roundTarget) >= 0, goalTarget,
				Scores.round(score.subtract(goalTarget)), score.compareTo(goalTarget) >= 0, rs.text("overall_level"),
				// The comparison over the indicators both rounds have is in the stored narrative, not needed again.
				change == null ? null : score.subtract(change), change, rs.text("overall_rating"), null);
		List<IndicatorResult> indicators = new ArrayList<>();
		jdbc.sql("""
				SELECT indicator_no, score, target, gap, passed, rank_no, level_code, previous_score, score_change
				FROM ita_indicator_result WHERE report_id = ? ORDER BY indicator_no""")
			.param(id)
			.query((ResultSet r) -> {
				IndicatorResult result = new IndicatorResult(null, r.getBigDecimal(2), r.getBigDecimal(3),
						r.getBigDecimal(4), r.getBoolean(5), r.getInt(6), r.getString(7), r.getBigDecimal(8),
						r.getBigDecimal(9), null);
				// An indicator since removed from the catalogue has no name to show: it is left out.
				catalog.indicators()
					.byNumber(r.getInt(1))
					.ifPresent(indicator -> indicators.add(new IndicatorResult(indicator, result.score(), result.target(),
							result.gap(), result.passed(), result.rank(), result.level(), result.previous(),
							result.change(), null)));
			});
		RoundRef latest = new RoundRef(fiscalYear, round);
		// The goal round is not stored: worked out as the report's was (its target, stored, is the one shown).
		RoundRef goal = new RoundComparator(catalog, properties.goal()).goalRound(latest);
		// The tools as the report worked them out: the page names a total of several the weighted whole ITA,
		// as the report does (a trial's page said "ภาพรวม" beside 88.46, which the ten bars' mean, 88.42, is not).
		return new RoundComparison(unit, latest, null, goal, indicators, overall,
				ToolScore.of(indicators, catalog.weights(), fiscalYear));
	}

	/**
	 * An activity as a month's list stored it: its own status there where it differs from the
	 * activity's (an earlier run of a repeating activity says nothing of this one, nor its result).
	 */
	private static ActivityProgress inList(ActivityProgress progress, String stated) {
		if (stated == null || stated.equals(progress.status().name())) {
			return progress;
		}
		ProgressStatus status = ProgressStatus.valueOf(stated);
		ProgressEntry row = progress.latest();
		// Any other status is the stored row's, where the activity is not yet due (begun early).
		ProgressEntry latest = status == ProgressStatus.NOT_REPORTED || row == null ? null : row.withStatus(status);
		return new ActivityProgress(progress.activity(), status, latest, progress.overdue());
	}

	private PlanProgress plan(Row rs, long id, String unit, int fiscalYear, YearMonth month) {
		Integer dueCount = rs.integer("due_count");
		if (dueCount == null) {
			return null;
		}
		List<Activity> activities = new ArrayList<>();
		List<ActivityProgress> due = new ArrayList<>();
		List<ActivityProgress> thisMonth = new ArrayList<>();
		List<ActivityProgress> nextMonth = new ArrayList<>();
		jdbc.sql("""
				SELECT activity_no, status, due, this_month, next_month, overdue, result_text, activity_text,
				  this_month_status, next_month_status, status_month
				FROM ita_activity_status WHERE report_id = ? ORDER BY id""")
			.param(id)
			.query((ResultSet r) -> {
				int number = r.getInt("activity_no");
				String text = r.getString("activity_text");
				Activity activity = new Activity(number, null, null, null, text == null ? "" : text, List.of(), null, null,
						null, "", "");
				activities.add(activity);
				String stated = r.getString("status");
				// An activity not yet due was stored as NOT_DUE: nothing was reported of it.
				ProgressStatus status = "NOT_DUE".equals(stated) ? ProgressStatus.NOT_REPORTED
						: ProgressStatus.valueOf(stated);
				String result = r.getString("result_text");
				String statusMonth = r.getString("status_month");
				// Reports stored before the month was kept: as of the report's month.
				YearMonth reported = statusMonth == null ? month : YearMonth.parse(statusMonth);
				ProgressEntry latest = result == null ? null
						: new ProgressEntry(unit, fiscalYear, String.valueOf(number), number, reported, status, result, null,
								null, null, null, "", "");
				ActivityProgress progress = new ActivityProgress(activity, status, latest, r.getBoolean("overdue"));
				if (r.getBoolean("due")) {
					due.add(progress);
				}
				if (r.getBoolean("this_month")) {
					thisMonth.add(inList(progress, r.getString("this_month_status")));
				}
				if (r.getBoolean("next_month")) {
					nextMonth.add(inList(progress, r.getString("next_month_status")));
				}
			});
		Integer done = rs.integer("done_count");
		return new PlanProgress(new ActionPlan(unit, fiscalYear, null, null, null, activities), month, due, thisMonth,
				nextMonth, done == null ? 0 : done, rs.decimal("done_share"));
	}
}
