package th.itabatch.scores;

/**
 * An indicator's score cell left blank in a round that has the tool's other scores: said where it is
 * (SCORE_MISSING) as the sheet is read, and not said again of the round as a whole.
 *
 * @param unit the unit, as the register names it once matched
 * @param fiscalYear the fiscal year (BE)
 * @param round the round's number
 * @param indicator the indicator's number
 */
record BlankScore(String unit, int fiscalYear, int round, int indicator) {

	BlankScore withUnit(String named) {
		return new BlankScore(named, fiscalYear, round, indicator);
	}
}
