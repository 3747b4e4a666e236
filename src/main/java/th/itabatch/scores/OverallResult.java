package th.itabatch.scores;

import java.math.BigDecimal;

/**
 * The overall result of the latest round: as the workbook states it and as computed.
 *
 * @param stated the overall the workbook states, or {@code null}
 * @param computed the mean of the indicators
 * @param score the overall used: the stated one when there is one (it is authoritative)
 * @param roundTarget the target of the round itself
 * @param passedRound whether the overall reaches the round's target
 * @param goalTarget the target the indicators are compared with
 * @param gapToGoal score minus the goal target
 * @param passedGoal whether the overall reaches the goal target
 * @param level the score level
 * @param previous the previous round's overall, or {@code null}
 * @param change the change from the previous round, or {@code null}
 * @param rating the rating of the department's own scale ({@code ita.catalog.rating-scales}), or
 *     {@code null} when none is configured
 * @param previousNarrowed whether the previous overall is of the latest round's indicators alone,
 *     the previous round having had more (compared like with like), not that round's own overall
 */
public record OverallResult(BigDecimal stated, BigDecimal computed, BigDecimal score, BigDecimal roundTarget,
		boolean passedRound, BigDecimal goalTarget, BigDecimal gapToGoal, boolean passedGoal, String level,
		BigDecimal previous, BigDecimal change, String rating, boolean previousNarrowed) {

	/** Stated minus computed, when a stated overall exists. */
	public BigDecimal statedMinusComputed() {
		return stated == null ? null : Scores.round(stated.subtract(computed));
	}
}
