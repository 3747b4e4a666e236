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
 * @param previous the previous round's overall as its report gave it (stated, else computed), or {@code null}
 * @param change this overall less the previous one, or {@code null}
 * @param rating the rating of the department's own scale ({@code ita.catalog.rating-scales}), or
 *     {@code null} when none is configured
 * @param likeWithLike the two rounds over the indicators both have, where their indicators differ, or
 *     {@code null}
 */
public record OverallResult(BigDecimal stated, BigDecimal computed, BigDecimal score, BigDecimal roundTarget,
		boolean passedRound, BigDecimal goalTarget, BigDecimal gapToGoal, boolean passedGoal, String level,
		BigDecimal previous, BigDecimal change, String rating, LikeWithLike likeWithLike) {

	/** Stated minus computed, when a stated overall exists. */
	public BigDecimal statedMinusComputed() {
		return stated == null ? null : Scores.round(stated.subtract(computed));
	}
}
