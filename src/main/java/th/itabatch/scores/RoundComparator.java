package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.Round;
import th.itabatch.scores.RoundComparison.RoundRef;

/**
 * Compares a unit's latest round with its targets and with the round before: per indicator the
 * score, target, gap, pass or fail, rank from the lowest and level; the overall as stated and as
 * computed; and the change since the previous round.
 */
public final class RoundComparator {

	/** Which target the indicators are compared with. */
	public enum Goal {

		/** The next round's target in the same fiscal year, as the seed does (round 1 against 92.50). */
		NEXT_ROUND,

		/** The latest round's own target. */
		SAME_ROUND

	}

	private final Catalog catalog;

	private final Goal goal;

	public RoundComparator(Catalog catalog, Goal goal) {
		this.catalog = catalog;
		this.goal = goal;
	}

	/**
	 * Compares the latest round up to the given fiscal year.
	 * @param unit the unit
	 * @param upToFiscalYear the fiscal year of the report; later rounds are ignored
	 * @param scores the unit's scores
	 * @return the comparison, or empty when no round has indicator scores
	 */
	public Optional<RoundComparison> compare(String unit, int upToFiscalYear, List<ScoreEntry> scores) {
		TreeMap<RoundRef, List<ScoreEntry>> rounds = RoundScores.byRound(catalog.calendar(), unit, upToFiscalYear, scores);
		rounds.values().removeIf(entries -> entries.stream().allMatch(ScoreEntry::isOverall));
		if (rounds.isEmpty()) {
			return Optional.empty();
		}
		Map.Entry<RoundRef, List<ScoreEntry>> latest = rounds.lastEntry();
		Map.Entry<RoundRef, List<ScoreEntry>> previous = rounds.lowerEntry(latest.getKey());
		RoundRef goalRound = goalRound(latest.getKey());
		List<ScoreEntry> latestScores = latest.getValue();
		List<ScoreEntry> previousScores = previous == null ? List.of() : previous.getValue();

		List<ScoreEntry> indicatorScores = latestScores.stream()
			.filter(e -> !e.isOverall())
			.sorted(Comparator.comparingInt(e -> e.indicator().number()))
			.toList();
		List<IndicatorResult> results = new ArrayList<>();
		for (ScoreEntry entry : indicatorScores) {
			BigDecimal target = indicatorTarget(entry, latest.getKey(), goalRound);
			BigDecimal score = entry.score();
			BigDecimal previousScore = previousScores.stream()
				.filter(e -> !e.isOverall() && e.indicator().number() == entry.indicator().number())
				.map(ScoreEntry::score)
				.findFirst()
				.orElse(null);
			int rank = 1 + (int) indicatorScores.stream().filter(e -> e.score().compareTo(score) < 0).count();
			results.add(new IndicatorResult(entry.indicator(), score, target, Scores.round(score.subtract(target)),
					score.compareTo(target) >= 0, rank, catalog.levels().levelOf(score, latest.getKey().fiscalYear()),
					previousScore, previousScore == null ? null : Scores.round(score.subtract(previousScore)),
					entry.respondents()));
		}
		List<ToolScore> tools = ItaTotal.tools(indicatorScores, catalog.weights(), latest.getKey().fiscalYear());
		boolean narrowed = narrowed(previousScores, latestScores);
		// Like with like where the rounds' indicators differ: this round's overall over the indicators both have.
		BigDecimal latestLike = narrowed ? computed(common(latestScores, previousScores), latest.getKey()) : null;
		OverallResult overall = overall(latest.getKey(), latestScores, goalRound,
				previous == null ? null : previousOverall(previousScores, latestScores, previous.getKey()), tools,
				latestLike);
		return Optional.of(new RoundComparison(unit, latest.getKey(), previous == null ? null : previous.getKey(),
				goalRound, results, overall, tools));
	}

	/** The round whose target a round's indicators are held against: the next one of its year, or its own. */
	public RoundRef goalRound(RoundRef latest) {
		if (goal == Goal.NEXT_ROUND) {
			Optional<Round> next = catalog.calendar().round(latest.round().number() + 1);
			if (next.isPresent()) {
				return new RoundRef(latest.fiscalYear(), next.get());
			}
		}
		return latest;
	}

	// A target the workbook states is that round's own; the goal round's comes from configuration.
	private BigDecimal indicatorTarget(ScoreEntry entry, RoundRef latest, RoundRef goalRound) {
		if (goalRound.equals(latest) && entry.target() != null) {
			return entry.target();
		}
		return catalog.calendar().target(goalRound.fiscalYear(), goalRound.round().number());
	}

	private OverallResult overall(RoundRef latest, List<ScoreEntry> scores, RoundRef goalRound, BigDecimal previous,
			List<ToolScore> tools, BigDecimal latestLike) {
		boolean previousNarrowed = latestLike != null;
		Optional<ScoreEntry> stated = RoundScores.stated(scores);
		BigDecimal computed = ItaTotal.computed(scores, catalog.weights(), latest.fiscalYear());
		BigDecimal score = stated.map(ScoreEntry::score).orElse(computed);
		BigDecimal roundTarget = RoundScores.target(catalog.calendar(), latest, scores);
		BigDecimal goalTarget = goalRound.equals(latest) ? roundTarget
				: catalog.calendar().target(goalRound.fiscalYear(), goalRound.round().number());
		return new OverallResult(stated.map(ScoreEntry::score).orElse(null), computed, score, roundTarget,
				score.compareTo(roundTarget) >= 0, goalTarget, Scores.round(score.subtract(goalTarget)),
				score.compareTo(goalTarget) >= 0, catalog.levels().levelOf(score, latest.fiscalYear()), previous,
				// Like with like: the previous round's mean over the latest's indicators against the latest's
				// over the same, not against a stated overall of all ten (a trial's +5.52 where 5.29 was due).
				previous == null ? null : Scores.round((previousNarrowed ? latestLike : score).subtract(previous)),
				catalog.ratings().rate(score, toolScores(tools), latest.fiscalYear()).orElse(null),
				previous != null && previousNarrowed);
	}

	/**
	 * Whether the rounds' indicators differ while some are in both: the overalls are then compared over
	 * those alone (a score left blank in either round: a trial's round 1 with "n/a" for one indicator
	 * had no comparison at all, where its warning said the indicators with scores were compared).
	 */
	private static boolean narrowed(List<ScoreEntry> previous, List<ScoreEntry> latest) {
		java.util.Set<Integer> latestIndicators = indicatorNumbers(latest);
		java.util.Set<Integer> previousIndicators = indicatorNumbers(previous);
		return !latestIndicators.isEmpty() && !previousIndicators.isEmpty() && !latestIndicators.equals(previousIndicators)
				&& !common(latest, previous).isEmpty();
	}

	/** The indicator scores of {@code scores} whose indicators {@code other} has too. */
	private static List<ScoreEntry> common(List<ScoreEntry> scores, List<ScoreEntry> other) {
		java.util.Set<Integer> others = indicatorNumbers(other);
		return scores.stream().filter(e -> !e.isOverall() && others.contains(e.indicator().number())).toList();
	}

	/**
	 * The previous round's overall, compared like with like: as stated or computed when both rounds
	 * have the same indicators; when they differ (a score left out in either), the previous mean over
	 * the indicators both have; none when they have none in common.
	 */
	private BigDecimal previousOverall(List<ScoreEntry> previous, List<ScoreEntry> latest, RoundRef previousRound) {
		if (previous.isEmpty()) {
			return null;
		}
		java.util.Set<Integer> latestIndicators = indicatorNumbers(latest);
		java.util.Set<Integer> previousIndicators = indicatorNumbers(previous);
		if (previousIndicators.isEmpty()) {
			return previous.stream().filter(ScoreEntry::isOverall).map(ScoreEntry::score).findFirst().orElse(null);
		}
		if (latestIndicators.equals(previousIndicators)) {
			Optional<BigDecimal> stated = previous.stream().filter(ScoreEntry::isOverall).map(ScoreEntry::score).findFirst();
			return stated.orElseGet(() -> computed(previous.stream().filter(e -> !e.isOverall()).toList(), previousRound));
		}
		List<ScoreEntry> common = common(previous, latest);
		return common.isEmpty() ? null : computed(common, previousRound);
	}

	private static Map<th.itabatch.catalog.Tool, BigDecimal> toolScores(List<ToolScore> tools) {
		Map<th.itabatch.catalog.Tool, BigDecimal> scores = new java.util.EnumMap<>(th.itabatch.catalog.Tool.class);
		tools.forEach(tool -> scores.put(tool.tool(), tool.score()));
		return scores;
	}

	private BigDecimal computed(List<ScoreEntry> indicatorScores, RoundRef round) {
		return ItaTotal.computed(indicatorScores, catalog.weights(), round.fiscalYear());
	}

	private static java.util.Set<Integer> indicatorNumbers(List<ScoreEntry> scores) {
		return scores.stream()
			.filter(e -> !e.isOverall())
			.map(e -> e.indicator().number())
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}
}
