package th.itabatch.report;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.PlanProgress;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.RoundComparison;

/** The reports produced by each run, with the figures they state. */
@Repository
public class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A report as stored.
	 *
	 * @param unit the unit
	 * @param month the report month
	 * @param file the report file
	 */
	public record StoredReport(String unit, YearMonth month, String file) {
	}

	/** Stores a report, replacing what an earlier attempt of the same run stored for it. */
	public void save(long jobInstanceId, MonthlyReport report, String file) {
		jdbc.sql("DELETE FROM ita_report WHERE job_instance_id = ? AND unit = ? AND report_month = ?")
			.params(jobInstanceId, report.unit(), report.reportMonth().toString())
			.update();
		RoundComparison scores = report.scores();
		PlanProgress plan = report.plan();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ita_report (job_instance_id, unit, fiscal_year, report_month, file_path, latest_fiscal_year,
				  latest_round, overall_stated, overall_computed, overall_score, round_target, goal_target, due_count,
				  done_count, done_share, narrative, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, report.unit(), report.fiscalYear(), report.reportMonth().toString(), file,
					scores == null ? null : scores.latest().fiscalYear(),
					scores == null ? null : scores.latest().round().number(),
					scores == null ? null : scores.overall().stated(), scores == null ? null : scores.overall().computed(),
					scores == null ? null : scores.overall().score(),
					scores == null ? null : scores.overall().roundTarget(),
					scores == null ? null : scores.overall().goalTarget(), plan == null ? null : plan.due().size(),
					plan == null ? null : plan.doneCount(), plan == null ? null : plan.doneShare(), report.narrative(),
					Timestamp.valueOf(LocalDateTime.now()))
			.update(key, "id");
		long reportId = key.getKey().longValue();
		if (scores != null) {
			for (IndicatorResult r : scores.indicators()) {
				jdbc.sql("""
						INSERT INTO ita_indicator_result (report_id, indicator_no, score, target, gap, passed, rank_no,
						  level_code, previous_score, score_change)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(reportId, r.indicator().number(), r.score(), r.target(), r.gap(), r.passed(), r.rank(),
							r.level(), r.previous(), r.change())
					.update();
			}
		}
		if (plan != null) {
			for (var activity : plan.plan().activities()) {
				ActivityProgress progress = plan.due()
					.stream()
					.filter(a -> a.activity().number() == activity.number())
					.findFirst()
					.orElse(null);
				jdbc.sql("""
						INSERT INTO ita_activity_status (report_id, activity_no, status, due, this_month, next_month,
						  overdue, result_text)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(reportId, activity.number(),
							progress == null ? "NOT_DUE" : progress.status().name(), progress != null,
							activity.isScheduledIn(report.reportMonth()),
							activity.isScheduledIn(report.reportMonth().plusMonths(1)),
							progress != null && progress.overdue(), progress == null ? null : progress.result())
					.update();
			}
		}
	}

	public List<StoredReport> reports(long jobInstanceId) {
		return jdbc.sql("SELECT unit, report_month, file_path FROM ita_report WHERE job_instance_id = ? ORDER BY unit")
			.param(jobInstanceId)
			.query((rs, n) -> new StoredReport(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3)))
			.list();
	}
}
