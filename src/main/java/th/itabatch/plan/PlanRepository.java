package th.itabatch.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.itabatch.thai.ThaiText;

/** Action plans and progress read from the inputs of each run; those of accepted inputs count. */
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
					  budget_text, responsible, sheet_name, cell_ref, activity_label)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(planId, a.number(), a.policy(), a.measure(), a.topic(), a.text(),
						a.months().stream().map(YearMonth::toString).collect(Collectors.joining(" ")), a.budget(),
						a.budgetText(), a.responsible(), a.sheet(), a.cell(), a.label())
				.update();
		}
	}

	public void insertProgress(long inputId, List<ProgressEntry> progress) {
		int seq = 0;
		for (ProgressEntry p : progress) {
			jdbc.sql("""
					INSERT INTO ita_progress (input_id, seq, unit, fiscal_year, activity_ref, report_month,
					  status, result_text, participants, budget_used, evidence, problems, sheet_name, cell_ref, percent_done)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, ++seq, p.unit(), p.fiscalYear(), p.activityRef(),
						p.month().toString(), p.status().name(), p.result(), p.participants(), p.budgetUsed(),
						p.evidence(), p.problems(), p.sheet(), p.cell(), p.percent())
				.update();
		}
	}

	/** The plan a given input holds for a unit and year. */
	public Optional<ActionPlan> planOfInput(long inputId, String unit, int fiscalYear) {
		return firstPlan(jdbc.sql("""
				SELECT id FROM ita_plan WHERE input_id = ? AND unit = ? AND fiscal_year = ? ORDER BY id DESC""")
			.params(inputId, unit, fiscalYear)
			.query(Long.class)
			.list());
	}

	/** A unit's current plan for a year: that of the latest used input with one. */
	public Optional<ActionPlan> currentPlan(String unit, int fiscalYear) {
		return firstPlan(currentPlanIds(unit, fiscalYear));
	}

	/** The input the unit's current plan for a year comes from, if any. */
	public Optional<Long> currentPlanInput(String unit, int fiscalYear) {
		return currentPlanIds(unit, fiscalYear).stream()
			.findFirst()
			.map(planId -> jdbc.sql("SELECT input_id FROM ita_plan WHERE id = ?").param(planId).query(Long.class).single());
	}

	private List<Long> currentPlanIds(String unit, int fiscalYear) {
		return jdbc.sql("""
				SELECT p.id FROM ita_plan p
				WHERE p.accepted AND p.unit = ? AND p.fiscal_year = ?
				ORDER BY p.input_id DESC, p.id DESC""")
			.params(unit, fiscalYear)
			.query(Long.class)
			.list();
	}

	private Optional<ActionPlan> firstPlan(List<Long> ids) {
		return ids.isEmpty() ? Optional.empty() : Optional.of(load(ids.get(0)));
	}

	private ActionPlan load(long planId) {
		List<Activity> activities = jdbc.sql("SELECT * FROM ita_activity WHERE plan_id = ? ORDER BY id")
			.param(planId)
			.query((rs, n) -> new Activity(rs.getInt("activity_no"), rs.getString("policy"), rs.getString("measure"),
					rs.getString("topic"), rs.getString("activity_text"), months(rs.getString("months")),
					rs.getBigDecimal("budget"), rs.getString("budget_text"), rs.getString("responsible"),
					rs.getString("sheet_name"), rs.getString("cell_ref"), rs.getString("activity_label")))
			.list();
		return jdbc.sql("SELECT * FROM ita_plan WHERE id = ?")
			.param(planId)
			.query((rs, n) -> new ActionPlan(rs.getString("unit"), rs.getInt("fiscal_year"), rs.getString("policy"),
					month(rs.getString("period_start")), month(rs.getString("period_end")), activities))
			.single();
	}

	/** The progress rows an input holds, in sheet order. */
	public List<ProgressEntry> progressOfInput(long inputId) {
		return jdbc.sql("SELECT * FROM ita_progress WHERE input_id = ? ORDER BY seq")
			.param(inputId)
			.query((rs, n) -> progress(rs))
			.list();
	}

	/**
	 * A unit's current progress for a year, by month: for each activity and month, the rows of the
	 * latest used input that reports on that activity in that month. An activity's row stands until a
	 * later input reports the same activity and month: a workbook with February's rows and one
	 * correction of January's replaced the whole of January with that one row (a trial: January's other
	 * activities "not reported"). A row is taken back by sending it again with its right status.
	 */
	public List<ProgressEntry> currentProgress(String unit, int fiscalYear) {
		return standing(unit, fiscalYear).stream().map(StoredRow::entry).toList();
	}

	/** The inputs the unit's current progress for a year comes from, each with the earliest month of its rows. */
	public Map<Long, YearMonth> currentProgressInputs(String unit, int fiscalYear) {
		Map<Long, YearMonth> inputs = new LinkedHashMap<>();
		// The rows come in the order of months: an input's first row is its earliest.
		standing(unit, fiscalYear).forEach(row -> inputs.putIfAbsent(row.inputId(), row.entry().month()));
		return inputs;
	}

	/** The rows that stand, in the order of months, inputs and sheets. */
	private List<StoredRow> standing(String unit, int fiscalYear) {
		List<StoredRow> all = jdbc.sql("""
				SELECT g.* FROM ita_progress g WHERE g.unit = ? AND g.fiscal_year = ? AND g.accepted
				ORDER BY g.report_month, g.input_id, g.seq""")
			.params(unit, fiscalYear)
			.query((rs, n) -> new StoredRow(rs.getLong("input_id"), progress(rs)))
			.list();
		// The same activity written "3", "๓" or by its text is one activity only once matched with the
		// plan; here the reference as normalised stands for it (rows of two spellings both stand, the
		// later input's last, as the tracker takes it).
		Map<List<Object>, Long> latest = new HashMap<>();
		for (StoredRow row : all) {
			latest.merge(row.key(), row.inputId(), Math::max);
		}
		return all.stream().filter(row -> latest.get(row.key()) == row.inputId()).toList();
	}

	/** A stored progress row and the input it came from. */
	private record StoredRow(long inputId, ProgressEntry entry) {

		List<Object> key() {
			return List.of(entry.month(), ThaiText.key(entry.activityRef()));
		}
	}

	/** The units with an accepted plan, or a plan in the given inputs when some are given. */
	public List<String> planUnits(List<Long> inputIds) {
		return units("ita_plan", inputIds);
	}

	/** The units with accepted progress, or progress in the given inputs when some are given. */
	public List<String> progressUnits(List<Long> inputIds) {
		return units("ita_progress", inputIds);
	}

	/** The units the plans of the given inputs name, accepted or not yet. */
	public List<String> planUnitsNamed(List<Long> inputIds) {
		return units("ita_plan", inputIds, false);
	}

	/** The units the progress of the given inputs names, accepted or not yet. */
	public List<String> progressUnitsNamed(List<Long> inputIds) {
		return units("ita_progress", inputIds, false);
	}

	private List<String> units(String table, List<Long> inputIds) {
		return units(table, inputIds, true);
	}

	private List<String> units(String table, List<Long> inputIds, boolean acceptedOnly) {
		if (inputIds != null && inputIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT unit FROM " + table + " WHERE " + (acceptedOnly ? "accepted" : "TRUE")
				+ (inputIds == null ? "" : " AND input_id IN (:ids)") + " ORDER BY unit")
			.params(inputIds == null ? java.util.Map.of() : java.util.Map.of("ids", inputIds))
			.query(String.class)
			.list();
	}

	/** Makes an input's plans count: it was checked and is used. */
	public void acceptPlans(long inputId) {
		jdbc.sql("UPDATE ita_plan SET accepted = TRUE WHERE input_id = ?").param(inputId).update();
	}

	/** Makes an input's progress count: it was checked and is used. */
	public void acceptProgress(long inputId) {
		jdbc.sql("UPDATE ita_progress SET accepted = TRUE WHERE input_id = ?").param(inputId).update();
	}

	/** Forgets an input's plans and their activities. */
	public void forgetPlans(long inputId) {
		jdbc.sql("DELETE FROM ita_plan WHERE input_id = ?").param(inputId).update();
	}

	/** Forgets an input's progress. */
	public void forgetProgress(long inputId) {
		jdbc.sql("DELETE FROM ita_progress WHERE input_id = ?").param(inputId).update();
	}

	/** Forgets an input's progress rows of one unit and fiscal year (rows the input's plan has no year for). */
	public void forgetProgress(long inputId, String unit, int fiscalYear) {
		jdbc.sql("DELETE FROM ita_progress WHERE input_id = ? AND unit = ? AND fiscal_year = ?")
			.params(inputId, unit, fiscalYear)
			.update();
	}

	/** Each unit's latest fiscal year with a used plan or progress. */
	public Map<String, Integer> latestFiscalYears() {
		Map<String, Integer> years = new HashMap<>();
		jdbc.sql("""
				SELECT unit, MAX(y) FROM (
				  SELECT p.unit, p.fiscal_year y FROM ita_plan p WHERE p.accepted
				  UNION ALL SELECT g.unit, g.fiscal_year y FROM ita_progress g WHERE g.accepted) t GROUP BY unit""")
			.query(rs -> {
				years.put(rs.getString(1), rs.getInt(2));
			});
		return years;
	}

	/** The latest month any unit's used progress of a fiscal year reports on. */
	public Optional<YearMonth> latestProgressMonth(int fiscalYear) {
		// MAX of no rows is one row of NULL, which single() refuses.
		return jdbc.sql("SELECT MAX(report_month) FROM ita_progress WHERE accepted AND fiscal_year = ?")
			.param(fiscalYear)
			.query((rs, n) -> Optional.ofNullable(month(rs.getString(1))))
			.single();
	}

	private static ProgressEntry progress(ResultSet rs) throws SQLException {
		return new ProgressEntry(rs.getString("unit"), rs.getInt("fiscal_year"), rs.getString("activity_ref"), null,
				YearMonth.parse(rs.getString("report_month")),
				ProgressStatus.valueOf(rs.getString("status")), rs.getString("result_text"),
				(Integer) rs.getObject("participants"), rs.getBigDecimal("budget_used"), rs.getString("evidence"),
				rs.getString("problems"), rs.getString("sheet_name"), rs.getString("cell_ref"),
				(Integer) rs.getObject("percent_done"));
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
