package th.itabatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.plan.PlanKind;
import th.itabatch.plan.ProgressKind;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;
import th.itabatch.units.UnitsKind;

/**
 * Reads every unit's standing for a month from what runs stored: each unit's latest report for the
 * month with its indicators, and which of its inputs arrived. Five queries whatever the number of
 * units, so that a page of a thousand units never rebuilds a report.
 */
@Repository
public class StandingsRepository {

	/** The latest report of each unit for a month. */
	private static final String LATEST = "SELECT MAX(id) FROM ita_report WHERE report_month = :month GROUP BY unit";

	private final JdbcClient jdbc;

	private final UnitRegistry registry;

	StandingsRepository(JdbcClient jdbc, UnitRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/** Every unit with a report or an input for the month, by unit. */
	public Map<String, UnitStanding> of(YearMonth month) {
		return of(month, arrivals(month));
	}

	/**
	 * The units with scores or a plan accepted for the month's fiscal year or the year before: a
	 * department's report names those the register does not know though their data are of another
	 * month (a trial's misspelt unit, its scores last year's, was reported alone on July, and December's
	 * report said its registered unit had sent nothing, with no word of the misspelling).
	 */
	public Set<String> unitsWithRecentData(YearMonth month) {
		int year = FiscalCalendar.fiscalYear(month);
		// Not later years': a month reported again later names those that were outside then (a review).
		Set<String> units = new HashSet<>();
		for (String table : List.of("ita_score", "ita_plan")) {
			units.addAll(jdbc.sql("SELECT DISTINCT unit FROM " + table + " WHERE accepted AND fiscal_year BETWEEN ? AND ?")
				.params(year - 1, year)
				.query(String.class)
				.list());
		}
		return units;
	}

	/**
	 * Which units' scores, plans and progress were accepted for a month: what changes only when an
	 * input is accepted, so a reader that keeps it reads it again only then ({@link Version#inputs()}).
	 */
	public MonthArrivals arrivals(YearMonth month) {
		String key = month.toString();
		int fiscalYear = FiscalCalendar.fiscalYear(month);
		return new MonthArrivals(
				units("SELECT DISTINCT unit FROM ita_score WHERE accepted AND fiscal_year = :year", key, fiscalYear),
				units("SELECT DISTINCT unit FROM ita_plan WHERE accepted AND fiscal_year = :year", key, fiscalYear),
				units("SELECT DISTINCT unit FROM ita_progress WHERE accepted AND report_month = :month", key, fiscalYear),
				refused(fiscalYear));
	}

	/**
	 * The units named by the messages of workbooks refused since the fiscal year began, each with the
	 * kinds of data those workbooks held: a trial's unit whose only workbook was refused showed as one
	 * that "sent nothing", and a planning office would chase a unit that had sent its file (what it has
	 * to mend is on the inputs page).
	 */
	private Map<String, Set<String>> refused(int fiscalYear) {
		LocalDateTime since = FiscalCalendar.firstMonth(fiscalYear).atDay(1).atStartOfDay();
		// Named as typed where the register came in the same run: a refused workbook is not read again.
		UnitRegister register = registry.current();
		Map<String, Set<String>> units = new HashMap<>();
		Map<String, Long> lastScoresRefused = new HashMap<>();
		jdbc.sql("SELECT m.unit, i.kinds, MAX(i.id) FROM ita_message m JOIN ita_input i ON i.id = m.input_id"
				+ " WHERE i.status = 'REJECTED' AND m.unit IS NOT NULL AND i.arrived_at >= :since GROUP BY m.unit, i.kinds")
			.param("since", Timestamp.valueOf(since))
			.query((ResultSet rs) -> {
				String unit = register.canonical(rs.getString(1)).orElse(rs.getString(1));
				Set<String> kinds = units.computeIfAbsent(unit, k -> new HashSet<>());
				String held = rs.getString(2);
				if (held != null && !held.isBlank()) {
					List<String> heldKinds = List.of(held.split(","));
					kinds.addAll(heldKinds);
					if (heldKinds.stream().anyMatch(StandingsRepository::isScores)) {
						lastScoresRefused.merge(unit, rs.getLong(3), Math::max);
					}
				}
			});
		if (!lastScoresRefused.isEmpty()) {
			scoresRefusedSinceLastUsed(units, lastScoresRefused, fiscalYear);
		}
		return units;
	}

	private static boolean isScores(String kind) {
		return !kind.equals(PlanKind.NAME) && !kind.equals(ProgressKind.NAME) && !kind.equals(UnitsKind.NAME);
	}

	/**
	 * Keeps a unit's refused scores (a workbook or a survey export) where no scores of the year were
	 * accepted after them, as its own report has it: a unit with round 1 in use whose round-2 export
	 * was refused was not counted among those that sent files with errors (a retrial). Scores accepted
	 * after the refused ones replace them.
	 */
	private void scoresRefusedSinceLastUsed(Map<String, Set<String>> units, Map<String, Long> lastRefused, int fiscalYear) {
		Map<String, Long> lastUsed = new HashMap<>();
		jdbc.sql("SELECT unit, MAX(input_id) FROM ita_score WHERE accepted AND fiscal_year = :year GROUP BY unit")
			.param("year", fiscalYear)
			.query((ResultSet rs) -> {
				lastUsed.put(rs.getString(1), rs.getLong(2));
			});
		lastRefused.forEach((unit, refusedId) -> {
			if (lastUsed.getOrDefault(unit, Long.MIN_VALUE) > refusedId) {
				Set<String> kinds = units.get(unit);
				kinds.removeIf(StandingsRepository::isScores);
				if (kinds.isEmpty()) {
					units.remove(unit);
				}
			}
		});
	}

	/** Every unit with a report or an input for the month, by unit, with the month's arrivals read before. */
	public Map<String, UnitStanding> of(YearMonth month, MonthArrivals arrivals) {
		String key = month.toString();
		Set<String> scores = arrivals.scores();
		Set<String> plans = arrivals.plans();
		Set<String> progress = arrivals.progress();
		Map<Long, Map<Integer, UnitStanding.IndicatorStanding>> indicators = new HashMap<>();
		jdbc.sql("SELECT report_id, indicator_no, score, passed, level_code, target FROM ita_indicator_result"
				+ " WHERE report_id IN (" + LATEST + ")")
			.param("month", key)
			.query((ResultSet rs) -> {
				indicators.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
					.put(rs.getInt(2), new UnitStanding.IndicatorStanding(rs.getInt(2), rs.getBigDecimal(3),
							rs.getBoolean(4), rs.getString(5), rs.getBigDecimal(6)));
			});
		// Reports stored under a name the register now knows as another unit's (a unit renamed, its old
		// name kept as another name) stand for that unit: a trial's renamed division showed no report
		// for the months before the rename. Of two, the newer stands.
		UnitRegister register = registry.current();
		UnaryOperator<String> named = register.isEmpty() ? UnaryOperator.identity() : u -> register.canonical(u).orElse(u);
		Map<String, UnitStanding> standings = new TreeMap<>();
		// The deadline is judged by the unit's first report of the month, the one submitted: a trial's April
		// reports, made on 6 May and made again in July, turned "made late".
		jdbc.sql("""
				SELECT r.id, r.unit, f.first_made, r.latest_fiscal_year, r.latest_round, r.overall_score, r.round_target,
				  r.overall_passed, r.overall_level, r.overall_change, r.overall_rating, r.due_count, r.done_count,
				  r.done_share
				FROM ita_report r
				JOIN (SELECT unit, MIN(created_at) AS first_made FROM ita_report WHERE report_month = :month GROUP BY unit) f
				  ON f.unit = r.unit
				WHERE r.id IN (""" + LATEST + ")")
			.param("month", key)
			.query((ResultSet rs) -> {
				String unit = named.apply(rs.getString("unit"));
				standings.merge(unit, standing(unit, rs, indicators.get(rs.getLong("id")),
						arrivals.of(unit)),
						StandingsRepository::newerFirstMade);
			});
		Set<String> arrivedOnly = new HashSet<>(scores);
		arrivedOnly.addAll(plans);
		arrivedOnly.addAll(progress);
		// A refused workbook's unit the register does not know stays out: its name is as typed, no unit's.
		arrivals.refused()
			.keySet()
			.stream()
			.filter(u -> register.isEmpty() || register.canonical(u).isPresent())
			.forEach(arrivedOnly::add);
		for (String unit : arrivedOnly) {
			standings.computeIfAbsent(unit, u -> UnitStanding.withoutReport(u, arrivals.of(u)));
		}
		return standings;
	}

	/**
	 * What the standings are read from, in numbers that change whenever a unit's or a department's
	 * report is stored or removed or an input is received or accepted: a reading (and what a page
	 * works out from it) stays right while they do not change.
	 */
	public Version version() {
		return jdbc.sql("""
				SELECT (SELECT COALESCE(MAX(id), 0) FROM ita_report),
				  (SELECT COUNT(*) FROM ita_report), (SELECT COALESCE(MAX(id), 0) FROM ita_input),
				  (SELECT COUNT(*) FROM ita_input WHERE status = 'USED'),
				  (SELECT COALESCE(MAX(id), 0) FROM ita_department_report)
				FROM (VALUES (0)) AS one (x)""")
			.query((rs, n) -> new Version(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(5)),
					List.of(rs.getLong(3), rs.getLong(4))))
			.single();
	}

	/**
	 * What the standings were read from, cheaply compared: equal versions, equal standings.
	 *
	 * @param reports the unit and department reports' highest ids and count
	 * @param inputs the inputs' highest id and how many are in use
	 */
	public record Version(List<Long> reports, List<Long> inputs) {
	}

	/**
	 * The units whose inputs of each kind were accepted for a month.
	 *
	 * @param scores units with scores of the month's fiscal year
	 * @param plans units with a plan of the month's fiscal year
	 * @param progress units with progress for the month
	 * @param refused units named by a workbook refused since the fiscal year began, with the kinds of data
	 *     those workbooks held (none known for one that could not be read)
	 */
	public record MonthArrivals(Set<String> scores, Set<String> plans, Set<String> progress,
			Map<String, Set<String>> refused) {

		/**
		 * What of the unit's arrived; a refused workbook counts where it held what the unit still lacks (a
		 * trial's scores workbook refused beside a plan in use: "sent with errors 0", its scores "not sent").
		 */
		public UnitStanding.Arrivals of(String unit) {
			boolean hasScores = scores.contains(unit);
			boolean hasPlan = plans.contains(unit);
			boolean hasProgress = progress.contains(unit);
			Set<String> kinds = refused.get(unit);
			boolean lacking = kinds != null && (kinds.isEmpty() || kinds.stream().anyMatch(kind -> switch (kind) {
				case PlanKind.NAME -> !hasPlan;
				case ProgressKind.NAME -> !hasProgress;
				case UnitsKind.NAME -> false;
				// Scores, or a survey export's: kept only where none were accepted after them (refused()).
				default -> true;
			}));
			return new UnitStanding.Arrivals(hasScores, hasPlan, hasProgress, lacking);
		}
	}

	/** The ids of the units' latest reports for the month: what a department report is made from. */
	public List<Long> latestReports(YearMonth month) {
		return jdbc.sql(LATEST).param("month", month.toString()).query(Long.class).list();
	}

	private Set<String> units(String sql, String month, int fiscalYear) {
		// A named parameter the statement does not use is ignored.
		return new HashSet<>(jdbc.sql(sql).param("month", month).param("year", fiscalYear).query(String.class).list());
	}

	/**
	 * Of a unit's reports under two names, the newer, judged by the deadline on the first made: a trial's
	 * renamed division, its month reported again under the new name, turned "made late" where its report
	 * under the old name had been made in time.
	 */
	private static UnitStanding newerFirstMade(UnitStanding one, UnitStanding other) {
		UnitStanding newer = one.reportId() > other.reportId() ? one : other;
		UnitStanding older = newer == one ? other : one;
		return older.reportMadeAt() != null && older.reportMadeAt().isBefore(newer.reportMadeAt())
				? newer.madeFirstAt(older.reportMadeAt()) : newer;
	}

	private static UnitStanding standing(String unit, ResultSet rs, Map<Integer, UnitStanding.IndicatorStanding> indicators,
			UnitStanding.Arrivals arrived) throws SQLException {
		Timestamp made = rs.getTimestamp("first_made");
		java.math.BigDecimal overall = rs.getBigDecimal("overall_score");
		java.math.BigDecimal target = rs.getBigDecimal("round_target");
		Boolean passed = rs.getObject("overall_passed", Boolean.class);
		if (passed == null && overall != null && target != null) {
			// A report stored before its result was: the same comparison the report made.
			passed = overall.compareTo(target) >= 0;
		}
		return new UnitStanding(unit, rs.getLong("id"), made.toLocalDateTime(),
				rs.getObject("latest_fiscal_year", Integer.class), rs.getObject("latest_round", Integer.class), overall,
				target, passed, rs.getString("overall_level"),
				rs.getBigDecimal("overall_change"), rs.getString("overall_rating"), rs.getObject("due_count", Integer.class),
				rs.getObject("done_count", Integer.class), rs.getBigDecimal("done_share"), indicators, arrived);
	}
}
