package th.itabatch.monthly;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.scores.ScoreEntry;

/**
 * A unit's current data for a fiscal year, and the inputs it comes from.
 *
 * @param unit the unit
 * @param fiscalYear the fiscal year of the report month
 * @param scores all its current scores (earlier years too, for the previous round)
 * @param plan its current plan for the year, or {@code null}
 * @param progress its current progress for the year
 * @param inputIds the inputs all of it comes from
 * @param firstUsed for the inputs a month's report may not use yet, the first month whose report uses
 *     their data: a later round's scores from the month its results are known, progress from its
 *     earliest month (the plan's input, used by every month, is not in it)
 * @param lastReading the latest run that read any of them (they are read again when a register
 *     comes after them, and may then name other units)
 * @param refused the refused workbooks naming the unit that it has still to mend, whose errors its
 *     report gives first
 */
public record UnitData(String unit, int fiscalYear, List<ScoreEntry> scores, ActionPlan plan,
		List<ProgressEntry> progress, List<Long> inputIds, Map<Long, YearMonth> firstUsed, long lastReading,
		List<Long> refused) {

	/**
	 * The inputs whose data a month's report uses: their warnings are the report's (an April report made
	 * again in July listed the warnings of round 2's scores, which April does not take).
	 */
	public List<Long> inputsUsedBy(YearMonth month) {
		return inputIds.stream().filter(id -> !firstUsed.getOrDefault(id, month).isAfter(month)).toList();
	}

	/** The inputs the data comes from, as the report stores them: "12,15,40". */
	public String inputsText() {
		return new TreeSet<>(inputIds).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/**
	 * The inputs as a job parameter: the same data (and {@link #lastReading}) gives the same report run;
	 * a workbook of the unit's refused since makes another, its report giving what to mend (a trial's
	 * refused workbook was on no report nor the unit's page, the run finding its report unchanged).
	 */
	public String fingerprint() {
		return refused.isEmpty() ? inputsText()
				: inputsText() + ";refused:" + refused.stream().map(String::valueOf).collect(Collectors.joining(","));
	}
}
