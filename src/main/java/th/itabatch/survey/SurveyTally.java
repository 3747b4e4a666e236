package th.itabatch.survey;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running totals of one export: per unit the points and answers of each item column, the
 * respondents and their mean answers; the months answered; the problems met. Small (a few numbers
 * per unit and item), so it travels in the step's execution context and a restart goes on from it.
 */
public final class SurveyTally implements Serializable {

	private static final long serialVersionUID = 1L;

	final Map<String, UnitTally> units = new LinkedHashMap<>();

	final Map<String, Integer> months = new LinkedHashMap<>();

	/**
	 * The months answered read month first ("6/1/2025" the 1st of June), beside {@link #months} read day
	 * first where a time can be: made on first use, as {@link #repeats}.
	 */
	private Map<String, Integer> monthsFirst;

	Map<String, Integer> monthsFirst() {
		if (monthsFirst == null) {
			monthsFirst = new LinkedHashMap<>();
		}
		return monthsFirst;
	}

	/**
	 * True for a tally that kept its months both ways from its first row: one saved by an earlier version
	 * (a step stopped across an upgrade) comes back false, its field initialisers not run, and
	 * {@link #monthsFirst} holds only the rows after its restart.
	 */
	boolean bothWays = true;

	/** Times that read day first only ("14/6/2024", "2/3/2564"), and month first only ("6/14/2024"). */
	int dayFirstOnly;

	int monthFirstOnly;

	int rows;

	/** Responses whose e-mail address an earlier response of the export gave, and the first few's rows. */
	int sameRespondent;

	private List<Integer> sameRespondentRows;

	List<Integer> sameRespondentRows() {
		if (sameRespondentRows == null) {
			sameRespondentRows = new ArrayList<>();
		}
		return sameRespondentRows;
	}

	int duplicates;

	int problems;

	int messages;

	/** Answers that said the respondent gave none. */
	int noOpinion;

	/** Answers given as a form's number for a label. */
	int numbered;

	/** Respondents who named no unit in the unit column, and the first one's row. */
	int unitless;

	int firstUnitless;

	/**
	 * Per unknown answer of an item ("I3\u0000ดีมาก"), how often it came again after its first, located,
	 * message. Made on first use: a tally saved by an earlier version (a step stopped before an
	 * upgrade, resumed after it) comes back without it, its field initialisers not run.
	 */
	private Map<String, Integer> repeats;

	Map<String, Integer> repeats() {
		if (repeats == null) {
			repeats = new LinkedHashMap<>();
		}
		return repeats;
	}

	/** The first cells each repeated answer came again in, to name them: made on first use, as {@link #repeats}. */
	private Map<String, java.util.List<String>> repeatCells;

	Map<String, java.util.List<String>> repeatCells() {
		if (repeatCells == null) {
			repeatCells = new LinkedHashMap<>();
		}
		return repeatCells;
	}

	UnitTally unit(String name, int items, int row) {
		return units.computeIfAbsent(name, k -> new UnitTally(items, row));
	}

	/** One unit's totals. */
	static final class UnitTally implements Serializable {

		private static final long serialVersionUID = 1L;

		final double[] sums;

		final int[] answers;

		int respondents;

		double respondentMeans;

		/** The row the unit was first typed on, where a message about the name points. */
		final int firstRow;

		UnitTally(int items, int firstRow) {
			this.sums = new double[items];
			this.answers = new int[items];
			this.firstRow = firstRow;
		}

		/** These totals with another spelling's of the same unit added. */
		UnitTally plus(UnitTally other) {
			UnitTally sum = new UnitTally(sums.length, Math.min(firstRow, other.firstRow));
			for (int i = 0; i < sums.length; i++) {
				sum.sums[i] = sums[i] + other.sums[i];
				sum.answers[i] = answers[i] + other.answers[i];
			}
			sum.respondents = respondents + other.respondents;
			sum.respondentMeans = respondentMeans + other.respondentMeans;
			return sum;
		}
	}
}
