package th.itabatch.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.itabatch.files.StoredFolder;
import th.itabatch.files.StoredFolders;
import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.PlanProgress;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.RoundComparison;

/** The reports produced by each run, with the figures they state. */
@Repository
public class ReportRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The output folder the documents' paths are stored relative to. */
	private final StoredFolder output;

	ReportRepository(JdbcClient jdbc, Clock clock, StoredFolders folders) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.output = folders.output();
	}

	/**
	 * A report as stored.
	 *
	 * @param id its row id
	 * @param jobInstanceId the run that wrote it
	 * @param unit the unit
	 * @param month the report month
	 * @param file the report file in the output folder (the latest of its unit and month)
	 * @param historyFile this run's own copy
	 * @param createdAt when it was written
	 * @param overall the overall score it states, or {@code null}
	 * @param doneShare the share of due activities done, or {@code null}
	 */
	public record StoredReport(long id, long jobInstanceId, String unit, YearMonth month, String file, String historyFile,
			LocalDateTime createdAt, BigDecimal overall, BigDecimal doneShare) {
	}

	/**
	 * A document a report run wrote from one template.
	 *
	 * @param template the template's name
	 * @param file the document in the output folder (the latest of its unit and month)
	 * @param historyFile this run's own copy
	 */
	public record Document(String template, String file, String historyFile) {
	}

	/**
	 * Stores a report and its documents (the first is its main file), replacing what an earlier
	 * attempt of the same run stored.
	 */
	public void save(long jobInstanceId, MonthlyReport report, String inputs, List<Document> documents) {
		String file = documents.isEmpty() ? "" : output.store(documents.get(0).file());
		String historyFile = documents.isEmpty() ? "" : output.store(documents.get(0).historyFile());
		jdbc.sql("DELETE FROM ita_report WHERE job_instance_id = ?").param(jobInstanceId).update();
		RoundComparison scores = report.scores();
		PlanProgress plan = report.plan();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ita_report (job_instance_id, inputs, unit, fiscal_year, report_month, file_path, history_path,
				  latest_fiscal_year, latest_round, overall_stated, overall_computed, overall_score, round_target,
				  goal_target, due_count, done_count, done_share, narrative, created_at, overall_level, overall_passed,
				  overall_change, overall_rating)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, inputs, report.unit(), report.fiscalYear(), report.reportMonth().toString(), file,
					historyFile,
					scores == null ? null : scores.latest().fiscalYear(),
					scores == null ? null : scores.latest().round().number(),
					scores == null ? null : scores.overall().stated(), scores == null ? null : scores.overall().computed(),
					scores == null ? null : scores.overall().score(),
					scores == null ? null : scores.overall().roundTarget(),
					scores == null ? null : scores.overall().goalTarget(), plan == null ? null : plan.due().size(),
					plan == null ? null : plan.doneCount(), plan == null ? null : plan.doneShare(), report.narrative(),
					Timestamp.valueOf(LocalDateTime.now(clock)), scores == null ? null : scores.overall().level(),
					scores == null ? null : scores.overall().passedRound(), scores == null ? null : scores.overall().change(),
					scores == null ? null : scores.overall().rating())
			.update(key, "id");
		long reportId = key.getKey().longValue();
		int seq = 0;
		for (Document document : documents) {
			jdbc.sql("""
					INSERT INTO ita_report_file (report_id, seq, template_name, file_path, history_path)
					VALUES (?, ?, ?, ?, ?)""")
				.params(reportId, ++seq, document.template(), output.store(document.file()),
						output.store(document.historyFile()))
				.update();
		}
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
			Map<Integer, ActivityProgress> due = byNumber(plan.due());
			Map<Integer, ActivityProgress> thisMonths = byNumber(plan.thisMonth());
			Map<Integer, ActivityProgress> nextMonths = byNumber(plan.nextMonth());
			for (var activity : plan.plan().activities()) {
				ActivityProgress progress = due.get(activity.number());
				ActivityProgress thisMonth = thisMonths.get(activity.number());
				ActivityProgress nextMonth = nextMonths.get(activity.number());
				// The row a status is from: the latest up to the month, whichever list has the activity (one
				// begun before it is due is in next month's list alone).
				ActivityProgress reported = java.util.stream.Stream.of(progress, thisMonth, nextMonth)
					.filter(a -> a != null && a.latest() != null)
					.findFirst()
					.orElse(null);
				java.time.YearMonth statusMonth = reported == null ? null : reported.latest().month();
				jdbc.sql("""
						INSERT INTO ita_activity_status (report_id, activity_no, status, due, this_month, next_month,
						  overdue, result_text, activity_text, this_month_status, next_month_status, status_month)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(reportId, activity.number(),
							progress == null ? "NOT_DUE" : progress.status().name(), progress != null,
							thisMonth != null, nextMonth != null,
							progress != null && progress.overdue(), reported == null ? null : reported.result(),
							activity.text(), thisMonth == null ? null : thisMonth.status().name(),
							nextMonth == null ? null : nextMonth.status().name(),
							statusMonth == null ? null : statusMonth.toString())
					.update();
			}
		}
	}

	/** A list of the plan's by activity number (a plan of 2,000 activities was searched 2,000 times a list). */
	private static Map<Integer, ActivityProgress> byNumber(List<ActivityProgress> list) {
		Map<Integer, ActivityProgress> map = new java.util.HashMap<>();
		list.forEach(a -> map.putIfAbsent(a.activity().number(), a));
		return map;
	}

	/** The report a run wrote, if it wrote one. */
	public java.util.Optional<StoredReport> ofRun(long jobInstanceId) {
		return jdbc.sql(SELECT + " WHERE job_instance_id = ?").param(jobInstanceId).query(this::report).optional();
	}

	/** The documents of a report, its main file first. */
	public List<Document> documents(long reportId) {
		return find(reportId).map(this::documents).orElse(List.of());
	}

	/** The documents of a report read already, its main file first. */
	public List<Document> documents(StoredReport report) {
		return documents(List.of(report)).get(report.id());
	}

	/**
	 * The documents of each report, main file first, in one query: the reports page lists 500
	 * reports and a unit's page twelve, which asked for each report's documents one at a time.
	 */
	public java.util.Map<Long, List<Document>> documents(List<StoredReport> stored) {
		java.util.Map<Long, List<Document>> byReport = new java.util.HashMap<>();
		if (!stored.isEmpty()) {
			jdbc.sql("""
					SELECT report_id, template_name, file_path, history_path FROM ita_report_file
					WHERE report_id IN (:ids) ORDER BY report_id, seq""")
				.param("ids", stored.stream().map(StoredReport::id).toList())
				.query(rs -> {
					byReport.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
						.add(new Document(rs.getString(2), output.resolve(rs.getString(3)), output.resolve(rs.getString(4))));
				});
		}
		java.util.Map<Long, List<Document>> listed = new java.util.LinkedHashMap<>();
		for (StoredReport report : stored) {
			// A report stored before its documents were listed: its main file alone.
			listed.put(report.id(), byReport.getOrDefault(report.id(),
					List.of(new Document(ReportProperties.MONTHLY.name(), report.file(), report.historyFile()))));
		}
		return listed;
	}

	public java.util.Optional<StoredReport> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::report).optional();
	}

	/** Every report written, newest first, optionally of one unit. */
	public List<StoredReport> history(String unit, int limit) {
		return jdbc.sql(SELECT + (unit == null ? "" : " WHERE unit = :unit") + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
			.params(unit == null ? java.util.Map.of("limit", limit) : java.util.Map.of("unit", unit, "limit", limit))
			.query(this::report)
			.list();
	}

	/**
	 * The month the latest report made is of: what the pages follow where no report is due now (the
	 * data of an earlier year). Not the latest month with reports: files dropped one by one had July's
	 * reports made, then June's once progress came, and the page kept showing July's, stale (a trial).
	 */
	public java.util.Optional<YearMonth> lastReportedMonth() {
		return jdbc.sql("SELECT report_month FROM ita_report ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	/** The reports made for a month of the units named so, newest first. */
	public List<StoredReport> of(java.util.Collection<String> units, YearMonth month) {
		if (units.isEmpty()) {
			return List.of();
		}
		// A name at a time: with a list of names HSQLDB went through the month's every report (its index
		// by month), and each of a thousand units' jobs asks this (docs/benchmarks.md, the seventeenth pass).
		return units.stream()
			.distinct()
			.flatMap(unit -> jdbc.sql(SELECT + " WHERE unit = ? AND report_month = ?")
				.params(unit, month.toString())
				.query(this::report)
				.list()
				.stream())
			.sorted(java.util.Comparator.comparingLong(StoredReport::id).reversed())
			.toList();
	}

	/** True when the unit has a report for the month. */
	public boolean hasReport(String unit, YearMonth month) {
		return jdbc.sql("SELECT COUNT(*) FROM ita_report WHERE unit = ? AND report_month = ?")
			.params(unit, month.toString())
			.query(Long.class)
			.single() > 0;
	}

	/** The units with a report for the month. */
	public java.util.Set<String> unitsReported(YearMonth month) {
		return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT unit FROM ita_report WHERE report_month = ?")
			.param(month.toString())
			.query(String.class)
			.list());
	}

	/** The months reports were made for, the latest first. */
	public List<YearMonth> months(int limit) {
		return jdbc.sql("SELECT DISTINCT report_month FROM ita_report ORDER BY report_month DESC FETCH FIRST ? ROWS ONLY")
			.param(limit)
			.query(String.class)
			.list()
			.stream()
			.map(YearMonth::parse)
			.toList();
	}

	private static final String SELECT = """
			SELECT id, job_instance_id, unit, report_month, file_path, history_path, created_at, overall_score, done_share
			FROM ita_report""";

	private StoredReport report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoredReport(rs.getLong("id"), rs.getLong("job_instance_id"), rs.getString("unit"),
				YearMonth.parse(rs.getString("report_month")), output.resolve(rs.getString("file_path")),
				output.resolve(rs.getString("history_path")),
				rs.getTimestamp("created_at").toLocalDateTime(), rs.getBigDecimal("overall_score"),
				rs.getBigDecimal("done_share"));
	}
}
