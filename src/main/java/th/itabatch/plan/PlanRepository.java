package th.itabatch.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Action plans and progress read from the inputs of each run. */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertPlan(long inputId, ActionPlan plan) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ita_plan (input_id, unit, fiscal_year, policy, period_start, period_end)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(inputId, plan.unit(), plan.fiscalYear(), plan.policy(), text(plan.periodStart()),
					text(plan.periodEnd()))
			.update(key, "id");
		long planId = key.getKey().longValue();
		for (Activity a : plan.activities()) {
			jdbc.sql("""
					INSERT INTO ita_activity (plan_id, activity_no, policy, measure, topic, activity_text, months, budget,
					  budget_text, responsible, sheet_name, cell_ref)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(planId, a.number(), a.policy(), a.measure(), a.topic(), a.text(),
						a.months().stream().map(YearMonth::toString).collect(Collectors.joining(" ")), a.budget(),
						a.budgetText(), a.responsible(), a.sheet(), a.cell())
				.update();
		}
	}

	public void insertProgress(long inputId, List<ProgressEntry> progress) {
		int seq = 0;
		for (ProgressEntry p : progress) {
			jdbc.sql("""
					INSERT INTO ita_progress (input_id, seq, unit, fiscal_year, activity_ref, activity_no, report_month,
					  status, result_text, participants, budget_used, evidence, problems, sheet_name, cell_ref)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, ++seq, p.unit(), p.fiscalYear(), p.activityRef(), p.activityNumber(),
						p.month().toString(), p.status().name(), p.result(), p.participants(), p.budgetUsed(),
						p.evidence(), p.problems(), p.sheet(), p.cell())
				.update();
		}
	}

	/** The plan of a unit and year among a run's inputs in the given states; the last file read wins. */
	public Optional<ActionPlan> plan(long jobInstanceId, String unit, int fiscalYear, String... statuses) {
		List<Long> ids = jdbc.sql("""
				SELECT p.id FROM ita_plan p JOIN ita_input i ON i.id = p.input_id
				WHERE i.job_instance_id = :run AND i.status IN (:statuses) AND p.unit = :unit AND p.fiscal_year = :year
				ORDER BY i.file_name DESC, p.id DESC""")
			.param("run", jobInstanceId)
			.param("statuses", Arrays.asList(statuses))
			.param("unit", unit)
			.param("year", fiscalYear)
			.query(Long.class)
			.list();
		return ids.isEmpty() ? Optional.empty() : Optional.of(load(ids.get(0)));
	}

	private ActionPlan load(long planId) {
		List<Activity> activities = jdbc.sql("SELECT * FROM ita_activity WHERE plan_id = ? ORDER BY id")
			.param(planId)
			.query((rs, n) -> new Activity(rs.getInt("activity_no"), rs.getString("policy"), rs.getString("measure"),
					rs.getString("topic"), rs.getString("activity_text"), months(rs.getString("months")),
					rs.getBigDecimal("budget"), rs.getString("budget_text"), rs.getString("responsible"),
					rs.getString("sheet_name"), rs.getString("cell_ref")))
			.list();
		return jdbc.sql("SELECT * FROM ita_plan WHERE id = ?")
			.param(planId)
			.query((rs, n) -> new ActionPlan(rs.getString("unit"), rs.getInt("fiscal_year"), rs.getString("policy"),
					month(rs.getString("period_start")), month(rs.getString("period_end")), activities))
			.single();
	}

	/** A stored progress row with its ids, for matching with the plan. */
	public record StoredProgress(long id, long inputId, ProgressEntry entry) {
	}

	/** The progress rows of a run's inputs that are not rejected. */
	public List<StoredProgress> progressToMatch(long jobInstanceId) {
		return jdbc.sql("""
				SELECT g.* FROM ita_progress g JOIN ita_input i ON i.id = g.input_id
				WHERE i.job_instance_id = ? AND i.status = 'PARSED' ORDER BY i.file_name, g.seq""")
			.param(jobInstanceId)
			.query((rs, n) -> new StoredProgress(rs.getLong("id"), rs.getLong("input_id"), progress(rs)))
			.list();
	}

	public void setActivityNumber(long progressId, int activityNumber) {
		jdbc.sql("UPDATE ita_progress SET activity_no = ? WHERE id = ?").params(activityNumber, progressId).update();
	}

	/** The matched progress of a unit and year among the inputs a run used. */
	public List<ProgressEntry> usedProgress(long jobInstanceId, String unit, int fiscalYear) {
		return jdbc.sql("""
				SELECT g.* FROM ita_progress g JOIN ita_input i ON i.id = g.input_id
				WHERE i.job_instance_id = ? AND i.status = 'USED' AND g.unit = ? AND g.fiscal_year = ?
				  AND g.activity_no IS NOT NULL
				ORDER BY i.file_name, g.seq""")
			.params(jobInstanceId, unit, fiscalYear)
			.query((rs, n) -> progress(rs))
			.list();
	}

	/** The units with a plan in the inputs a run used. */
	public List<String> usedUnits(long jobInstanceId) {
		return jdbc.sql("""
				SELECT DISTINCT p.unit FROM ita_plan p JOIN ita_input i ON i.id = p.input_id
				WHERE i.job_instance_id = ? AND i.status = 'USED' ORDER BY p.unit""")
			.param(jobInstanceId)
			.query(String.class)
			.list();
	}

	/** The fiscal years of the plans and progress in a run's usable inputs. */
	public List<Integer> fiscalYears(long jobInstanceId) {
		return jdbc.sql("""
				SELECT DISTINCT y FROM (
				  SELECT p.fiscal_year y FROM ita_plan p JOIN ita_input i ON i.id = p.input_id
				  WHERE i.job_instance_id = :run AND i.status <> 'REJECTED'
				  UNION SELECT g.fiscal_year y FROM ita_progress g JOIN ita_input i ON i.id = g.input_id
				  WHERE i.job_instance_id = :run AND i.status <> 'REJECTED') t ORDER BY y""")
			.param("run", jobInstanceId)
			.query(Integer.class)
			.list();
	}

	/** The latest month the progress of a run's usable inputs covers within a fiscal year. */
	public Optional<YearMonth> latestProgressMonth(long jobInstanceId, int fiscalYear) {
		return jdbc.sql("""
				SELECT MAX(g.report_month) FROM ita_progress g JOIN ita_input i ON i.id = g.input_id
				WHERE i.job_instance_id = ? AND i.status <> 'REJECTED' AND g.fiscal_year = ?""")
			.params(jobInstanceId, fiscalYear)
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	private static ProgressEntry progress(ResultSet rs) throws SQLException {
		return new ProgressEntry(rs.getString("unit"), rs.getInt("fiscal_year"), rs.getString("activity_ref"),
				(Integer) rs.getObject("activity_no"), YearMonth.parse(rs.getString("report_month")),
				ProgressStatus.valueOf(rs.getString("status")), rs.getString("result_text"),
				(Integer) rs.getObject("participants"), rs.getBigDecimal("budget_used"), rs.getString("evidence"),
				rs.getString("problems"), rs.getString("sheet_name"), rs.getString("cell_ref"));
	}

	private static List<YearMonth> months(String text) {
		List<YearMonth> months = new ArrayList<>();
		for (String part : text.split(" ")) {
			if (!part.isBlank()) {
				months.add(YearMonth.parse(part));
			}
		}
		return months;
	}

	private static YearMonth month(String text) {
		return text == null ? null : YearMonth.parse(text);
	}

	private static String text(YearMonth month) {
		return month == null ? null : month.toString();
	}
}
