package th.itabatch.scores;

import java.math.BigDecimal;

import th.itabatch.catalog.Indicator;

/**
 * One score read from a workbook: an indicator's result in a round, or the overall a workbook
 * states for the round (indicator {@code null}).
 *
 * @param unit the unit (หน่วยงาน)
 * @param fiscalYear the fiscal year (BE)
 * @param round the round number
 * @param indicator the indicator, or {@code null} for the stated overall
 * @param score 0–100
 * @param respondents the number of respondents, or {@code null}
 * @param target a target stated in the workbook, or {@code null}
 * @param sheet the sheet it was read from
 * @param cell the A1 reference of the score cell
 * @param answers the number of answers it was computed from, for scores from a survey export
 * @param method how a survey export's overall was computed (an {@code OverallMethod} name), or null
 * @param unitCell the A1 reference of the cell that names the unit (on the score's row in a long table,
 *        the label or title above a wide one), or {@code null}: a warning about the unit points there
 */
public record ScoreEntry(String unit, int fiscalYear, int round, Indicator indicator, BigDecimal score,
		Integer respondents, BigDecimal target, String sheet, String cell, Integer answers, String method,
		String unitCell) {

	/** A score read or computed, its unit not named on its row. */
	public ScoreEntry(String unit, int fiscalYear, int round, Indicator indicator, BigDecimal score,
			Integer respondents, BigDecimal target, String sheet, String cell, Integer answers, String method) {
		this(unit, fiscalYear, round, indicator, score, respondents, target, sheet, cell, answers, method, null);
	}

	/** The same score of the unit the register names. */
	public ScoreEntry withUnit(String registered) {
		return new ScoreEntry(registered, fiscalYear, round, indicator, score, respondents, target, sheet, cell, answers,
				method, unitCell);
	}

	/** The same score, answered by the given number of respondents. */
	public ScoreEntry withRespondents(Integer count) {
		return new ScoreEntry(unit, fiscalYear, round, indicator, score, count, target, sheet, cell, answers, method,
				unitCell);
	}

	/** Where a message about the score's unit points: the unit's own cell, else the score's. */
	public String unitLocation() {
		return unitCell != null ? unitCell : cell;
	}

	/** A score read from a scores workbook. */
	public ScoreEntry(String unit, int fiscalYear, int round, Indicator indicator, BigDecimal score, Integer respondents,
			BigDecimal target, String sheet, String cell) {
		this(unit, fiscalYear, round, indicator, score, respondents, target, sheet, cell, null, null);
	}

	/** True for a score computed from a survey export's answers. */
	public boolean fromSurvey() {
		return method != null;
	}

	public boolean isOverall() {
		return indicator == null;
	}

	/** Which unit, year and round the score belongs to. */
	public RoundKey roundKey() {
		return new RoundKey(unit, fiscalYear, round);
	}

	/**
	 * A unit's round in a fiscal year.
	 *
	 * @param unit the unit
	 * @param fiscalYear the fiscal year (BE)
	 * @param round the round number
	 */
	public record RoundKey(String unit, int fiscalYear, int round) {
	}
}
