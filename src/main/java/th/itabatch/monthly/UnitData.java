package th.itabatch.monthly;

import java.util.List;
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
 * @param lastReading the latest run that read any of them (they are read again when a register
 *     comes after them, and may then name other units)
 */
public record UnitData(String unit, int fiscalYear, List<ScoreEntry> scores, ActionPlan plan,
		List<ProgressEntry> progress, List<Long> inputIds, long lastReading) {

	/** The inputs as a job parameter: the same data (and {@link #lastReading}) gives the same report run. */
	public String fingerprint() {
		return new TreeSet<>(inputIds).stream().map(String::valueOf).collect(Collectors.joining(","));
	}
}
