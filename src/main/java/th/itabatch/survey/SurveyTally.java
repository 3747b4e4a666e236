package th.itabatch.survey;

import java.io.Serializable;
import java.util.LinkedHashMap;
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

	int rows;

	int duplicates;

	int problems;

	int messages;

	/** Answers that said the respondent gave none. */
	int noOpinion;

	/** Answers given as a form's number for a label. */
	int numbered;

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

	UnitTally unit(String name, int items) {
		return units.computeIfAbsent(name, k -> new UnitTally(items));
	}

	/** One unit's totals. */
	static final class UnitTally implements Serializable {

		private static final long serialVersionUID = 1L;

		final double[] sums;

		final int[] answers;

		int respondents;

		double respondentMeans;

		UnitTally(int items) {
			this.sums = new double[items];
			this.answers = new int[items];
		}
	}
}
