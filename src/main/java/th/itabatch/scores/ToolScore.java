package th.itabatch.scores;

import java.math.BigDecimal;

import th.itabatch.catalog.Tool;

/**
 * One tool's score in a round: the mean of its indicators' scores, and its weight in the whole ITA.
 *
 * @param tool the tool
 * @param score the mean of its indicators
 * @param indicators how many of its indicators have scores
 * @param weight its weight in the fiscal year
 */
public record ToolScore(Tool tool, BigDecimal score, int indicators, BigDecimal weight) {
}
