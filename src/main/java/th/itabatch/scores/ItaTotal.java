package th.itabatch.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import th.itabatch.catalog.Tool;
import th.itabatch.catalog.ToolWeights;

/**
 * The overall a round's indicator scores make: their mean when they belong to one tool (the
 * internal perception survey), else the whole ITA score, each tool's mean weighted as the fiscal
 * year's scheme says (with a tool missing, the weights of those present, scaled to one).
 */
final class ItaTotal {

	private ItaTotal() {
	}

	/** Each tool's mean score and weight, in the order of the tools. */
	static List<ToolScore> tools(List<ScoreEntry> indicatorScores, ToolWeights weights, int fiscalYear) {
		return tools(byTool(indicatorScores), weights, fiscalYear);
	}

	/** Each tool's mean of the given scores and its weight, in the order of the tools. */
	static List<ToolScore> tools(Map<Tool, List<BigDecimal>> byTool, ToolWeights weights, int fiscalYear) {
		List<ToolScore> tools = new ArrayList<>();
		byTool.forEach((tool, scores) -> tools.add(
				new ToolScore(tool, ToolScore.meanOf(scores), scores.size(), weights.weight(tool, fiscalYear))));
		return tools;
	}

	/**
	 * The overall computed from the indicator scores, rounded once: the tools' means enter the
	 * weighting unrounded (rounding each first made 90.15 of a total of 90.155, a new user's trial).
	 */
	static BigDecimal computed(List<ScoreEntry> indicatorScores, ToolWeights weights, int fiscalYear) {
		Map<Tool, List<BigDecimal>> byTool = byTool(indicatorScores);
		if (byTool.size() > 1) {
			return weighted(byTool, weights, fiscalYear);
		}
		return Scores.round(Scores.mean(indicatorScores.stream().filter(e -> !e.isOverall()).map(ScoreEntry::score).toList()));
	}

	private static BigDecimal weighted(Map<Tool, List<BigDecimal>> byTool, ToolWeights weights, int fiscalYear) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<Tool, List<BigDecimal>> tool : byTool.entrySet()) {
			BigDecimal weight = weights.weight(tool.getKey(), fiscalYear);
			sum = sum.add(Scores.mean(tool.getValue()).multiply(weight));
			total = total.add(weight);
		}
		if (total.signum() == 0) {
			// Only tools a scheme weighs 0 have scores (a scheme of IIT alone, a round of EIT and OIT): the
			// tools present weigh alike rather than the division failing the unit's report.
			return Scores.round(Scores.mean(byTool.values().stream().map(Scores::mean).toList()));
		}
		return Scores.round(sum.divide(total, 10, RoundingMode.HALF_UP));
	}

	private static Map<Tool, List<BigDecimal>> byTool(List<ScoreEntry> indicatorScores) {
		Map<Tool, List<BigDecimal>> byTool = new EnumMap<>(Tool.class);
		for (ScoreEntry entry : indicatorScores) {
			if (!entry.isOverall()) {
				byTool.computeIfAbsent(entry.indicator().tool(), k -> new ArrayList<>()).add(entry.score());
			}
		}
		return byTool;
	}
}
