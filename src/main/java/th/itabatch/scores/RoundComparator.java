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
	 * Compares the latest round of the given fiscal year or before, every round of it known.
	 * @param unit the unit
	 * @param upToFiscalYear the fiscal year of the report; later rounds are ignored
	 * @param scores the unit's scores
	 * @return the comparison, or empty when no round has indicator scores
	 */
	public Optional<RoundComparison> compare(String unit, int upToFiscalYear, List<ScoreEntry> scores) {
		return compare(unit, RoundScores.wholeYear(upToFiscalYear), scores);
	}

	/**
	 * Compares the latest round whose results are known by the month reported on.
	 * @param unit the unit
	 * @param asOf the month reported on; later years' rounds, and rounds whose results are known later, are ignored
	 * @param scores the unit's scores
	 * @return the comparison, or empty when no round has indicator scores
	 */
	public Optional<RoundComparison> compare(String unit, java.time.YearMonth asOf, List<ScoreEntry> scores) {
		TreeMap<RoundRef, List<ScoreEntry>> everyRound = RoundScores.byRound(catalog.calendar(), unit, asOf, scores);
		TreeMap<RoundRef, List<ScoreEntry>> rounds = new TreeMap<>(everyRound);
		rounds.values().removeIf(RoundComparator::overallOnly);
		if (rounds.isEmpty()) {
			return Optional.empty();
		}
		Map.Entry<RoundRef, List<ScoreEntry>> latest = rounds.lastEntry();
		// The round before, even one that states only its overall (last round's total typed beside this
		// round's indicators): the trend showed it while the comparison passed it over in silence.
		Map.Entry<RoundRef, List<ScoreEntry>> previous = everyRound.lowerEntry(latest.getKey());
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
			BigDecimal score = shown(entry);
			BigDecimal previousScore = previousScores.stream()
				.filter(e -> !e.isOverall() && e.indicator().number() == entry.indicator().number())
				.map(RoundComparator::shown)
				.findFirst()
				.orElse(null);
			int rank = 1 + (int) indicatorScores.stream().filter(e -> shown(e).compareTo(score) < 0).count();
			results.add(new IndicatorResult(entry.indicator(), score, target, Scores.round(score.subtract(target)),
					score.compareTo(target) >= 0, rank, catalog.levels().levelOf(score, latest.getKey().fiscalYear()),
					previousScore, previousScore == null ? null : Scores.round(score.subtract(previousScore)),
					entry.respondents()));
		}
		List<ToolScore> tools = ItaTotal.tools(indicatorScores, catalog.weights(), latest.getKey().fiscalYear());
		// Rounds with no indicator in common (a staff survey, then published evidence alone) are not
		// compared: a review's OIT at 62 "fell 30.00" from IIT's 92. A round of its overall alone has no
		// indicators to tell by: its overall is compared, as the people who typed it beside these meant.
		boolean comparable = previous != null
				&& (overallOnly(previousScores) || !common(latestScores, previousScores).isEmpty());
		OverallResult overall = overall(latest.getKey(), latestScores, goalRound,
				comparable ? previousOverall(previousScores, previous.getKey()) : null, tools,
				comparable ? likeWithLike(latestScores, latest.getKey(), previousScores, previous.getKey()) : null);
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
			return Scores.round(entry.target()); // as shown, as the score is
		}
		return catalog.calendar().target(goalRound.fiscalYear(), goalRound.round().number());
	}

	private OverallResult overall(RoundRef latest, List<ScoreEntry> scores, RoundRef goalRound, BigDecimal previous,
			List<ToolScore> tools, LikeWithLike likeWithLike) {
		Optional<BigDecimal> stated = RoundScores.stated(scores).map(RoundComparator::shown);
		BigDecimal computed = ItaTotal.computed(scores, catalog.weights(), latest.fiscalYear());
		BigDecimal score = stated.orElse(computed);
		BigDecimal roundTarget = Scores.round(RoundScores.target(catalog.calendar(), latest, scores));
		BigDecimal goalTarget = goalRound.equals(latest) ? roundTarget
				: catalog.calendar().target(goalRound.fiscalYear(), goalRound.round().number());
		return new OverallResult(stated.orElse(null), computed, score, roundTarget,
				score.compareTo(roundTarget) >= 0, goalTarget, Scores.round(score.subtract(goalTarget)),
				score.compareTo(goalTarget) >= 0, catalog.levels().levelOf(score, latest.fiscalYear()), previous,
				// The row's own arithmetic: this overall less the one the previous round's report gave. Two
				// trials read a change over the indicators both rounds have (+0.50) beside an overall of other
				// indicators (83.80 against 89.50) as the overall's; that comparison is said on its own.
				previous == null ? null : Scores.round(score.subtract(previous)),
				catalog.ratings().rate(score, ToolScore.byTool(tools), latest.fiscalYear()).orElse(null), likeWithLike);
	}

	/**
	 * The two rounds over the indicators both have, where their indicators differ while some are in
	 * both (a score left blank in either, a round of more tools): a trial's round 1 with "n/a" for one
	 * indicator, whose warning said the indicators with scores were compared; none otherwise.
	 */
	private LikeWithLike likeWithLike(List<ScoreEntry> latest, RoundRef latestRound, List<ScoreEntry> previous,
			RoundRef previousRound) {
		java.util.Set<Integer> latestIndicators = indicatorNumbers(latest);
		java.util.Set<Integer> previousIndicators = indicatorNumbers(previous);
		List<ScoreEntry> latestCommon = common(latest, previous);
		if (latestIndicators.isEmpty() || previousIndicators.isEmpty() || latestIndicators.equals(previousIndicators)
				|| latestCommon.isEmpty()) {
			return null;
		}
		BigDecimal was = computed(common(previous, latest), previousRound);
		BigDecimal now = computed(latestCommon, latestRound);
		return new LikeWithLike(latestCommon.size(), was, now, Scores.round(now.subtract(was)));
	}

	/** The indicator scores of {@code scores} whose indicators {@code other} has too. */
	private static List<ScoreEntry> common(List<ScoreEntry> scores, List<ScoreEntry> other) {
		java.util.Set<Integer> others = indicatorNumbers(other);
		return scores.stream().filter(e -> !e.isOverall() && others.contains(e.indicator().number())).toList();
	}

	/** True when a round's scores are its stated overall alone, no indicator's. */
	private static boolean overallOnly(List<ScoreEntry> round) {
		return round.stream().allMatch(ScoreEntry::isOverall);
	}

	/** The previous round's overall as its report gave it: as stated, else computed from its indicators. */
	private BigDecimal previousOverall(List<ScoreEntry> previous, RoundRef previousRound) {
		Optional<BigDecimal> stated = previous.stream().filter(ScoreEntry::isOverall).map(RoundComparator::shown).findFirst();
		List<ScoreEntry> indicators = previous.stream().filter(e -> !e.isOverall()).toList();
		return stated.orElseGet(() -> indicators.isEmpty() ? null : computed(indicators, previousRound));
	}

	/**
	 * A score as the reports show it, to two decimals: judged so too, a stated 84.996 shown as 85.00 passes
	 * a target of 85 and a 94.995 is AA (a trial found "85.00 against 85.00: ไม่ผ่าน"). Means are taken of
	 * the scores as typed and rounded once.
	 */
	private static BigDecimal shown(ScoreEntry entry) {
		return Scores.round(entry.score());
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
