package th.itabatch.scores;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.itabatch.catalog.Catalog;

/** Scores read from the inputs of each run; those of accepted inputs count. */
@Repository
public class ScoreRepository {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	ScoreRepository(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	public void insert(long inputId, List<ScoreEntry> scores) {
		for (ScoreEntry s : scores) {
			jdbc.sql("""
					INSERT INTO ita_score (input_id, unit, fiscal_year, round_no, indicator_no, score, respondents, target,
					  sheet_name, cell_ref, answers, method)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, s.unit(), s.fiscalYear(), s.round(), s.isOverall() ? null : s.indicator().number(),
						s.score(), s.respondents(), s.target(), s.sheet(), s.cell(), s.answers(), s.method())
				.update();
		}
	}

	/**
	 * A unit's current scores: for each fiscal year and round, those of the latest used input that
	 * has scores for it (a newer version supersedes an older one).
	 */
	public List<ScoreEntry> currentScores(String unit) {
		return jdbc.sql(CURRENT.formatted("s.unit = ? AND")).param(unit).query(this::entry).list();
	}

	/** Each unit's latest fiscal year with used scores. */
	public Map<String, Integer> latestFiscalYears() {
		Map<String, Integer> years = new HashMap<>();
		jdbc.sql("SELECT unit, MAX(fiscal_year) FROM ita_score WHERE accepted GROUP BY unit")
			.query(rs -> {
				years.put(rs.getString(1), rs.getInt(2));
			});
		return years;
	}

	/** The latest round of a fiscal year any unit has used scores of. */
	public Optional<Integer> latestRound(int fiscalYear) {
		// MAX of no rows is one row of NULL, which single() refuses.
		return jdbc.sql("SELECT MAX(round_no) FROM ita_score WHERE accepted AND fiscal_year = ?")
			.param(fiscalYear)
			.query((rs, n) -> Optional.ofNullable((Integer) rs.getObject(1)))
			.single();
	}

	/** Every unit's current scores, by unit: for a department of a thousand units, one query instead of a thousand. */
	public Map<String, List<ScoreEntry>> currentScoresOfAll() {
		return byUnit(jdbc.sql(CURRENT.formatted("")).query(this::entry).list());
	}

	/**
	 * The current scores of the units named, by unit: a division's department report reads its own
	 * fifty units, not the whole register's thousand (which each of 21 department reports did).
	 */
	public Map<String, List<ScoreEntry>> currentScoresOf(java.util.Collection<String> units) {
		if (units.isEmpty()) {
			return new java.util.TreeMap<>();
		}
		return byUnit(jdbc.sql(CURRENT.formatted("s.unit IN (:units) AND")).param("units", List.copyOf(units))
			.query(this::entry)
			.list());
	}

	private static Map<String, List<ScoreEntry>> byUnit(List<ScoreEntry> entries) {
		Map<String, List<ScoreEntry>> byUnit = new java.util.TreeMap<>();
		entries.forEach(e -> byUnit.computeIfAbsent(e.unit(), k -> new java.util.ArrayList<>()).add(e));
		return byUnit;
	}

	/** The latest accepted input's scores of each unit, year and round. */
	private static final String CURRENT = """
			SELECT s.* FROM ita_score s
			WHERE %s s.accepted AND s.input_id = (
			  SELECT MAX(s2.input_id) FROM ita_score s2
			  WHERE s2.accepted AND s2.unit = s.unit AND s2.fiscal_year = s.fiscal_year AND s2.round_no = s.round_no)
			ORDER BY s.fiscal_year, s.round_no, s.id""";

	private ScoreEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Integer indicator = (Integer) rs.getObject("indicator_no");
		return new ScoreEntry(rs.getString("unit"), rs.getInt("fiscal_year"), rs.getInt("round_no"),
				indicator == null ? null : catalog.indicators().byNumber(indicator).orElseThrow(),
				rs.getBigDecimal("score").stripTrailingZeros(), (Integer) rs.getObject("respondents"),
				rs.getBigDecimal("target"), rs.getString("sheet_name"), rs.getString("cell_ref"),
				(Integer) rs.getObject("answers"), rs.getString("method"));
	}

	/** An input's scores, accepted or not yet. */
	public List<ScoreEntry> scoresOfInput(long inputId) {
		return jdbc.sql("SELECT s.* FROM ita_score s WHERE s.input_id = ? ORDER BY s.id").param(inputId).query(this::entry).list();
	}

	/**
	 * What counted for each year and round of the units named before the given input: the scores of the
	 * latest accepted input before it that has the round, for the rounds no accepted input after it has
	 * (where one has, the given input does not count, whatever its order of acceptance).
	 */
	public List<ScoreEntry> scoresBefore(long inputId, java.util.Collection<String> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT s.* FROM ita_score s
				WHERE s.unit IN (:units) AND s.accepted AND s.input_id < :input AND s.input_id = (
				  SELECT MAX(s2.input_id) FROM ita_score s2
				  WHERE s2.accepted AND s2.input_id < :input AND s2.unit = s.unit AND s2.fiscal_year = s.fiscal_year
				    AND s2.round_no = s.round_no)
				AND NOT EXISTS (
				  SELECT 1 FROM ita_score s3
				  WHERE s3.accepted AND s3.input_id > :input AND s3.unit = s.unit AND s3.fiscal_year = s.fiscal_year
				    AND s3.round_no = s.round_no)
				ORDER BY s.id""")
			.param("units", List.copyOf(units))
			.param("input", inputId)
			.query(this::entry)
			.list();
	}

	/**
	 * An input the unit's current scores of a year's round come from.
	 *
	 * @param inputId the input
	 * @param fiscalYear the fiscal year
	 * @param round the round's number
	 */
	public record RoundSource(long inputId, int fiscalYear, int round) {
	}

	/** The inputs the unit's current scores come from, one per year and round they hold. */
	public List<RoundSource> currentSources(String unit) {
		return jdbc.sql("""
				SELECT DISTINCT s.input_id, s.fiscal_year, s.round_no FROM ita_score s
				WHERE s.unit = ? AND s.accepted AND s.input_id = (
				  SELECT MAX(s2.input_id) FROM ita_score s2
				  WHERE s2.accepted AND s2.unit = s.unit AND s2.fiscal_year = s.fiscal_year AND s2.round_no = s.round_no)""")
			.param(unit)
			.query((rs, n) -> new RoundSource(rs.getLong("input_id"), rs.getInt("fiscal_year"), rs.getInt("round_no")))
			.list();
	}

	/** Makes an input's scores count: it was checked and is used. */
	public void accept(long inputId) {
		jdbc.sql("UPDATE ita_score SET accepted = TRUE WHERE input_id = ?").param(inputId).update();
	}

	/** Forgets an input's scores. */
	public void forget(long inputId) {
		jdbc.sql("DELETE FROM ita_score WHERE input_id = ?").param(inputId).update();
	}

	/** The units with scores in used inputs, or in the given inputs when some are given. */
	public List<String> units(List<Long> inputIds) {
		return units(inputIds, true);
	}

	/** The units the scores of the given inputs name, accepted or not yet. */
	public List<String> unitsNamed(List<Long> inputIds) {
		return units(inputIds, false);
	}

	private List<String> units(List<Long> inputIds, boolean acceptedOnly) {
		if (inputIds != null && inputIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT s.unit FROM ita_score s WHERE " + (acceptedOnly ? "s.accepted" : "TRUE")
				+ (inputIds == null ? "" : " AND s.input_id IN (:ids)") + " ORDER BY s.unit")
			.params(inputIds == null ? java.util.Map.of() : java.util.Map.of("ids", inputIds))
			.query(String.class)
			.list();
	}
}
