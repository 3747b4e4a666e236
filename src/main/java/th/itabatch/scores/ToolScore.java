package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import th.itabatch.catalog.Tool;
import th.itabatch.catalog.ToolWeights;

/**
 * One tool's score in a round: the mean of its indicators' scores, and its weight in the whole ITA.
 *
 * @param tool the tool
 * @param score the mean of its indicators
 * @param indicators how many of its indicators have scores
 * @param weight its weight in the fiscal year
 */
public record ToolScore(Tool tool, BigDecimal score, int indicators, BigDecimal weight) {

	/** The tools of a round's indicator results, as the round's comparison works them out from its scores. */
	public static List<ToolScore> of(List<IndicatorResult> indicators, ToolWeights weights, int fiscalYear) {
		Map<Tool, List<BigDecimal>> byTool = new EnumMap<>(Tool.class);
		indicators.forEach(i -> byTool.computeIfAbsent(i.indicator().tool(), t -> new ArrayList<>()).add(i.score()));
		return ItaTotal.tools(byTool, weights, fiscalYear);
	}

	/** A tool's score from its indicators' scores: their mean, rounded to two places. */
	public static BigDecimal meanOf(List<BigDecimal> indicatorScores) {
		return Scores.round(Scores.mean(indicatorScores));
	}

	/** Each tool's score, as a rating scale's per-tool minimums are held against. */
	public static Map<Tool, BigDecimal> byTool(List<ToolScore> tools) {
		Map<Tool, BigDecimal> scores = new EnumMap<>(Tool.class);
		tools.forEach(tool -> scores.put(tool.tool(), tool.score()));
		return scores;
	}
}
