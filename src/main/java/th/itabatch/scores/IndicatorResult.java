package th.itabatch.scores;

import java.math.BigDecimal;

import th.itabatch.catalog.Indicator;

/**
 * An indicator's result in the latest round against the target.
 *
 * @param indicator the indicator
 * @param score its score
 * @param target the target it is compared with
 * @param gap score minus target (negative when short of it)
 * @param passed whether the score reaches the target
 * @param rank 1 for the lowest score; equal scores share a rank
 * @param level the score level (AA–F)
 * @param previous the previous round's score, or {@code null}
 * @param change score minus the previous score, or {@code null}
 * @param respondents the number of respondents, or {@code null}
 */
public record IndicatorResult(Indicator indicator, BigDecimal score, BigDecimal target, BigDecimal gap, boolean passed,
		int rank, String level, BigDecimal previous, BigDecimal change, Integer respondents) {
}
