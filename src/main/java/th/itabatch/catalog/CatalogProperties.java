package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ITA catalogue as configuration ({@code ita.catalog.*}): indicators, rounds with their months
 * and targets, per-year target overrides and dated score levels. Defaults for FY 2564 are in the
 * bundled {@code application.yml}; another year or department overrides them.
 *
 * @param indicators the indicators
 * @param rounds the rounds of a fiscal year, in order
 * @param targets targets that differ from a round's default in a given fiscal year
 * @param levelSchemes score levels, each in force from a fiscal year on
 * @param weightSchemes the tools' weights in the whole ITA score, each in force from a fiscal year on
 * @param ratingScales a department's own rating scale beside the levels, each in force from a fiscal
 *     year on; none by default
 */
@ConfigurationProperties("ita.catalog")
public record CatalogProperties(List<Indicator> indicators, List<Round> rounds, List<TargetOverride> targets,
		List<LevelScheme> levelSchemes, List<WeightScheme> weightSchemes, List<RatingScale> ratingScales) {

	public CatalogProperties {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		rounds = rounds == null ? List.of() : List.copyOf(rounds);
		targets = targets == null ? List.of() : List.copyOf(targets);
		levelSchemes = levelSchemes == null ? List.of() : List.copyOf(levelSchemes);
		weightSchemes = weightSchemes == null ? List.of() : List.copyOf(weightSchemes);
		ratingScales = ratingScales == null ? List.of() : List.copyOf(ratingScales);
		java.util.Set<Integer> numbers = checkRounds(rounds);
		// A target of a round the catalogue does not have was dropped without a word (a trial's round 3).
		for (TargetOverride target : targets) {
			if (!numbers.isEmpty() && !numbers.contains(target.round())) {
				throw new IllegalArgumentException("ita.catalog.targets: fiscal year " + target.fiscalYear() + " names round "
						+ target.round() + ", which ita.catalog.rounds does not have (its rounds: " + numbers + ")");
			}
		}
	}

	/**
	 * The rounds' numbers, once each are known to be what the reports take them for: each a target
	 * from 1 to 100, its months within a fiscal year (October to September), no month in two rounds
	 * and no number twice. A month of two rounds was reported under the first alone, without a word.
	 */
	private static java.util.Set<Integer> checkRounds(List<Round> rounds) {
		java.util.Set<Integer> numbers = new java.util.TreeSet<>();
		java.util.Map<java.time.Month, Round> monthsTaken = new java.util.EnumMap<>(java.time.Month.class);
		for (Round round : rounds) {
			String name = "ita.catalog.rounds: round " + round.number();
			if (!numbers.add(round.number())) {
				throw new IllegalArgumentException(name + " is given twice; each round has its own number");
			}
			if (round.firstMonth() == null || round.lastMonth() == null) {
				throw new IllegalArgumentException(name + " gives no first-month or last-month");
			}
			if (round.target() == null || round.target().compareTo(BigDecimal.ONE) < 0
					|| round.target().compareTo(new BigDecimal("100")) > 0) {
				throw new IllegalArgumentException(name + " has the target " + round.target()
						+ "; a target is a score from 1 to 100 (92.5, not 0.925)");
			}
			if (FiscalCalendar.fiscalIndex(round.lastMonth()) < FiscalCalendar.fiscalIndex(round.firstMonth())) {
				throw new IllegalArgumentException(name + " runs from " + round.firstMonth() + " to " + round.lastMonth()
						+ ", across the start of the fiscal year (OCTOBER); a round's months lie within one fiscal year");
			}
			for (java.time.Month month : round.months()) {
				Round other = monthsTaken.putIfAbsent(month, round);
				if (other != null) {
					throw new IllegalArgumentException(name + " and round " + other.number() + " both hold " + month
							+ "; a month is of one round (round " + other.number() + ": " + other.firstMonth() + " to "
							+ other.lastMonth() + ")");
				}
			}
		}
		return numbers;
	}

	/**
	 * A round target for one fiscal year.
	 *
	 * @param fiscalYear the fiscal year (BE)
	 * @param round the round number
	 * @param target the target score
	 */
	public record TargetOverride(int fiscalYear, int round, BigDecimal target) {

		/** A target of 150, -5 or 0.925 was taken as given, and every indicator failed or passed by it (a trial). */
		public TargetOverride {
			BuddhistYears.require("ita.catalog.targets fiscal-year", fiscalYear);
			if (target == null || target.compareTo(BigDecimal.ONE) < 0 || target.compareTo(new BigDecimal("100")) > 0) {
				throw new IllegalArgumentException("ita.catalog.targets: the target of round " + round + " of fiscal year "
						+ fiscalYear + " is " + target + "; a target is a score from 1 to 100 (92.5, not 0.925)");
			}
		}
	}
}
