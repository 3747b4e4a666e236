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
 */
public record ScoreEntry(String unit, int fiscalYear, int round, Indicator indicator, BigDecimal score,
		Integer respondents, BigDecimal target, String sheet, String cell) {

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
