package th.itabatch.scores;

import java.util.List;

import th.itabatch.catalog.FiscalCalendar.RoundLabel;
import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.Tool;
import th.itabatch.workbook.HeaderCell;

/**
 * Which columns of a scores table hold what. A wide table has a column per round; a long one a row
 * per unit, year, round and indicator; a matrix a column per indicator. Columns are -1 when absent.
 *
 * @param indicator the indicator column
 * @param score the single score column (long shape, or a one-round wide table)
 * @param round the round column (long shape)
 * @param unit the unit column
 * @param fiscalYear the fiscal year column
 * @param respondents the respondents column
 * @param target the target column
 * @param roundColumns the round columns of a wide table
 * @param scoreHeader the header of the score column, for messages
 * @param indicatorColumns the indicator columns of a matrix
 */
record ScoresLayout(int indicator, int score, int round, int unit, int fiscalYear, int respondents, int target,
		List<RoundColumn> roundColumns, HeaderCell scoreHeader, List<IndicatorColumn> indicatorColumns) {

	boolean isLong() {
		return round >= 0 && score >= 0;
	}

	boolean isMatrix() {
		return !indicatorColumns.isEmpty();
	}

	int columnCount() {
		int count = roundColumns.size() + indicatorColumns.size();
		for (RoundColumn round : roundColumns) {
			count += (round.respondents() >= 0 ? 1 : 0) + (round.target() >= 0 ? 1 : 0);
		}
		for (int column : new int[] { indicator, score, round, unit, fiscalYear, respondents, target }) {
			if (column >= 0) {
				count++;
			}
		}
		return count;
	}

	/** True when the column is one of the table's read columns. */
	boolean uses(int column) {
		for (RoundColumn round : roundColumns) {
			if (round.column() == column || round.respondents() == column || round.target() == column) {
				return true;
			}
		}
		for (IndicatorColumn indicatorColumn : indicatorColumns) {
			if (indicatorColumn.column() == column) {
				return true;
			}
		}
		for (int used : new int[] { indicator, score, round, unit, fiscalYear, respondents, target }) {
			if (used == column) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A column holding one round's scores.
	 *
	 * @param column the column
	 * @param label the round and the fiscal year its header states
	 * @param header the header text
	 * @param respondents the round's own respondents column under its group header, or -1
	 * @param target the round's own target column under its group header, or -1
	 */
	record RoundColumn(int column, RoundLabel label, String header, int respondents, int target) {

		RoundColumn(int column, RoundLabel label, String header) {
			this(column, label, header, -1, -1);
		}
	}

	/**
	 * A matrix's column of one indicator's scores, of a tool's (checked, not kept: the reports compute
	 * a tool's score from its indicators), or of the overall.
	 *
	 * @param column the column
	 * @param indicator the indicator, or {@code null} for a tool's score or the stated overall
	 * @param tool the tool whose score the column states ("IIT" in the NACC's tables), or {@code null}
	 * @param round the round its group header states ("รอบ 1" over the indicators), or {@code null}
	 * @param header the header text
	 */
	record IndicatorColumn(int column, Indicator indicator, Tool tool, RoundLabel round, String header) {

		boolean isOverall() {
			return indicator == null && tool == null;
		}

		boolean isTool() {
			return tool != null;
		}
	}
}
