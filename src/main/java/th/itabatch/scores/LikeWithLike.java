package th.itabatch.scores;

import java.math.BigDecimal;

/**
 * Two rounds compared over the indicators both have, where their indicators differ (a score left
 * blank in either, a round of more tools than the one before).
 *
 * @param indicators how many indicators both rounds have
 * @param previous the previous round over those indicators
 * @param latest the latest round over those indicators
 * @param change latest less previous
 */
public record LikeWithLike(int indicators, BigDecimal previous, BigDecimal latest, BigDecimal change) {
}
