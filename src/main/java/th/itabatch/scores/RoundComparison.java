package th.itabatch.scores;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import th.itabatch.catalog.Round;
import th.itabatch.catalog.Tool;

/**
 * The latest round of a unit compared with its targets and with the round before it.
 *
 * @param unit the unit
 * @param latest the latest round with scores
 * @param previous the round before it with scores, or {@code null}
 * @param goal the round whose target the indicators are compared with (the next round, as the
 * seed does, or the latest round itself)
 * @param indicators the indicators, in catalogue order
 * @param overall the overall: when the round has indicators of several tools, the whole ITA score
 *     weighted by tool
 * @param tools each tool's score, in catalogue order
 */
public record RoundComparison(String unit, RoundRef latest, RoundRef previous, RoundRef goal,
		List<IndicatorResult> indicators, OverallResult overall, List<ToolScore> tools) {

	/** True when the indicators are held against their own round's target, not a later round's. */
	public boolean goalIsLatest() {
		return goal.equals(latest);
	}

	/** True when the round has indicators of several tools: its overall is the whole ITA score. */
	public boolean isWholeIta() {
		return tools.size() > 1;
	}

	/**
	 * The tools of the whole ITA with no score in the round, when it is a whole-ITA round: its total is
	 * then of the others alone (a trial read IIT and OIT's 84.93 as the unit's ITA score). A round of
	 * one tool is that tool's score, and lacks nothing.
	 */
	public List<Tool> missingTools() {
		if (!isWholeIta()) {
			return List.of();
		}
		List<Tool> present = tools.stream().map(ToolScore::tool).toList();
		return java.util.Arrays.stream(Tool.values()).filter(t -> !present.contains(t)).toList();
	}

	/** The one tool the round's indicators are of, or {@code null} for a whole-ITA round. */
	public Tool onlyTool() {
		return tools.size() == 1 ? tools.get(0).tool() : null;
	}

	/**
	 * Whether the round is of the staff's perception survey alone (IIT, or no tool known), the seed's
	 * own, worded as the seed words it; a round of EIT or OIT alone is named by its tool.
	 */
	public boolean isInternalSurveyAlone() {
		return !isWholeIta() && (onlyTool() == null || onlyTool() == Tool.IIT);
	}

	/**
	 * The respondents the scores workbook states for the round, or {@code null}: of its first tool
	 * that states them (the staff survey, IIT, where the round has it), the most stated for one of
	 * its indicators. Each tool is a survey of its own: the service users who answered EIT are not
	 * the staff who answered IIT.
	 */
	public Integer statedRespondents() {
		return statedRespondentsByTool().values().stream().findFirst().map(Respondents::most).orElse(null);
	}

	/**
	 * The respondents stated for the indicators of each surveyed tool of the round, fewest and most;
	 * tools that state none left out, and OIT, published evidence that no one answers, whatever a
	 * workbook's column holds on its rows (a trial's report read "OIT ๕๑ คน").
	 */
	public Map<Tool, Respondents> statedRespondentsByTool() {
		Map<Tool, Respondents> byTool = new EnumMap<>(Tool.class);
		indicators.stream()
			.filter(i -> i.respondents() != null && i.indicator().tool().surveyed())
			.forEach(i -> byTool.merge(i.indicator().tool(), new Respondents(i.respondents(), i.respondents()),
					Respondents::and));
		return byTool;
	}

	/**
	 * How many answered a tool's survey, as its indicators' rows state it: the same on every row, or
	 * a few fewer on some (questions left blank).
	 *
	 * @param fewest the fewest stated for one of its indicators
	 * @param most the most
	 */
	public record Respondents(int fewest, int most) {

		Respondents and(Respondents other) {
			return new Respondents(Math.min(fewest, other.fewest), Math.max(most, other.most));
		}
	}

	/** The indicators from the lowest score up. */
	public List<IndicatorResult> byRank() {
		return indicators.stream().sorted(Comparator.comparingInt(IndicatorResult::rank)).toList();
	}

	/** The indicators short of the goal target, largest shortfall first. */
	public List<IndicatorResult> belowGoal() {
		return indicators.stream().filter(i -> !i.passed()).sorted(Comparator.comparing(IndicatorResult::gap)).toList();
	}

	/**
	 * A round of a fiscal year.
	 *
	 * @param fiscalYear the fiscal year (BE)
	 * @param round the round
	 */
	public record RoundRef(int fiscalYear, Round round) {

		public boolean isBefore(RoundRef other) {
			return fiscalYear < other.fiscalYear || fiscalYear == other.fiscalYear && round.number() < other.round.number();
		}
	}
}
