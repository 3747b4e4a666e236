package th.itabatch.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Where a unit stands for a month, as its latest stored report for the month says, and which of
 * its inputs have arrived: what the department's report and page show of it.
 *
 * @param unit the unit
 * @param reportId its latest report for the month, or {@code null} when none was made
 * @param reportMadeAt when the unit's first report of the month was made (the one its deadline is judged by), or
 *     {@code null}
 * @param fiscalYear the fiscal year of its latest scored round, or {@code null} without scores
 * @param round that round, or {@code null}
 * @param overall the overall score, or {@code null}
 * @param target the round's target, or {@code null}
 * @param passed whether the overall reaches the round's target, or {@code null}
 * @param level the overall's level (AA–F), or {@code null}
 * @param change the change from the previous round, or {@code null}
 * @param rating the department's own rating, or {@code null}
 * @param dueCount activities due by the month, or {@code null} without a plan
 * @param doneCount of those, done
 * @param doneShare the share of due activities done (percent), or {@code null}
 * @param indicators the indicators' scores by number
 * @param arrived which inputs have arrived
 */
public record UnitStanding(String unit, Long reportId, LocalDateTime reportMadeAt, Integer fiscalYear, Integer round,
		BigDecimal overall, BigDecimal target, Boolean passed, String level, BigDecimal change, String rating,
		Integer dueCount, Integer doneCount, BigDecimal doneShare, Map<Integer, IndicatorStanding> indicators,
		Arrivals arrived) {

	public UnitStanding {
		indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
	}

	/** This standing, its month's first report made at another time (made under another name). */
	public UnitStanding madeFirstAt(LocalDateTime made) {
		return new UnitStanding(unit, reportId, made, fiscalYear, round, overall, target, passed, level, change, rating,
				dueCount, doneCount, doneShare, indicators, arrived);
	}

	/** A unit with no report for the month: only what arrived. */
	public static UnitStanding withoutReport(String unit, Arrivals arrived) {
		return new UnitStanding(unit, null, null, null, null, null, null, null, null, null, null, null, null, null,
				Map.of(), arrived);
	}

	public boolean hasScores() {
		return overall != null;
	}

	/** Its lowest indicator, if it has scores. */
	public Optional<IndicatorStanding> weakest() {
		return indicators.values()
			.stream()
			.min(Comparator.comparing(IndicatorStanding::score).thenComparingInt(IndicatorStanding::number));
	}

	/**
	 * An indicator's score in a unit's latest round.
	 *
	 * @param number the indicator's number
	 * @param score its score
	 * @param passed whether it reaches the target it is compared with
	 * @param level its level
	 * @param target the target it was compared with (the unit report's goal), or {@code null}
	 */
	public record IndicatorStanding(int number, BigDecimal score, boolean passed, String level, BigDecimal target) {
	}

	/**
	 * A plan in use with something due by the month not done yet, and not the month's progress: whom the planning
	 * office asks for it. A plan with nothing due yet owes none (a trial's plan, its first activity in
	 * June, was listed in May), nor one its month's report was made without (a retrial's May, its
	 * department report made again in July from that report, the plan having come in June).
	 */
	public boolean owesProgress() {
		// No count where its report had no plan (made before the plan came): nothing known to be due.
		// Without a report at all, the plan's unit is asked. Everything due done, nothing is owed: a
		// trial's plan, its only activity in October done, was asked for January's progress.
		return arrived.noProgress()
				&& (dueCount != null ? dueCount > (doneCount == null ? 0 : doneCount) : reportId == null);
	}

	/**
	 * Which of a unit's inputs have arrived for a month.
	 *
	 * @param scores scores of the month's fiscal year
	 * @param plan an action plan for the fiscal year
	 * @param progress progress for the month itself
	 * @param refused a workbook naming it was refused for its errors since the fiscal year began, holding
	 *     what it still lacks: to be mended and sent again
	 */
	public record Arrivals(boolean scores, boolean plan, boolean progress, boolean refused) {

		public static final Arrivals NONE = new Arrivals(false, false, false, false);

		/** Nothing of it in use: no scores, plan or progress accepted (a refused workbook counts for none). */
		public boolean nothing() {
			return !scores && !plan && !progress;
		}

		/** Nothing of it in use and nothing of it refused: the unit to chase. */
		public boolean silent() {
			return nothing() && !refused;
		}

		/** Something of it in use but no plan: asked for the plan, without which no progress is followed. */
		public boolean noPlan() {
			return !nothing() && !plan;
		}

		/** A plan in use but not the month's progress: asked for the month's progress. */
		public boolean noProgress() {
			return plan && !progress;
		}
	}
}
