package th.itabatch.scores;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.itabatch.catalog.Catalog;

/** Scores read from the inputs of each run. */
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
					  sheet_name, cell_ref)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, s.unit(), s.fiscalYear(), s.round(), s.isOverall() ? null : s.indicator().number(),
						s.score(), s.respondents(), s.target(), s.sheet(), s.cell())
				.update();
		}
	}

	/** The scores of the inputs a run used for a unit, in the order they were read. */
	public List<ScoreEntry> usedScores(long jobInstanceId, String unit) {
		return jdbc.sql("""
				SELECT s.* FROM ita_score s JOIN ita_input i ON i.id = s.input_id
				WHERE i.job_instance_id = ? AND i.status = 'USED' AND s.unit = ?
				ORDER BY i.file_name, s.id""")
			.params(jobInstanceId, unit)
			.query((rs, n) -> {
				Integer indicator = (Integer) rs.getObject("indicator_no");
				return new ScoreEntry(rs.getString("unit"), rs.getInt("fiscal_year"), rs.getInt("round_no"),
						indicator == null ? null : catalog.indicators().byNumber(indicator).orElseThrow(),
						rs.getBigDecimal("score").stripTrailingZeros(), (Integer) rs.getObject("respondents"),
						rs.getBigDecimal("target"), rs.getString("sheet_name"), rs.getString("cell_ref"));
			})
			.list();
	}

	/** The units with scores in the inputs a run used. */
	public List<String> usedUnits(long jobInstanceId) {
		return jdbc.sql("""
				SELECT DISTINCT s.unit FROM ita_score s JOIN ita_input i ON i.id = s.input_id
				WHERE i.job_instance_id = ? AND i.status = 'USED' ORDER BY s.unit""")
			.param(jobInstanceId)
			.query(String.class)
			.list();
	}

	/** The last round with scores in a fiscal year among a run's usable inputs, or empty. */
	public java.util.Optional<Integer> latestRound(long jobInstanceId, int fiscalYear) {
		return jdbc.sql("""
				SELECT MAX(s.round_no) FROM ita_score s JOIN ita_input i ON i.id = s.input_id
				WHERE i.job_instance_id = ? AND i.status <> 'REJECTED' AND s.fiscal_year = ?""")
			.params(jobInstanceId, fiscalYear)
			.query(Integer.class)
			.optional();
	}

	/** The highest fiscal year with scores in the inputs of a run, or null. */
	public Integer latestFiscalYear(long jobInstanceId) {
		return jdbc.sql("""
				SELECT MAX(s.fiscal_year) FROM ita_score s JOIN ita_input i ON i.id = s.input_id
				WHERE i.job_instance_id = ? AND i.status <> 'REJECTED'""")
			.param(jobInstanceId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}
}
