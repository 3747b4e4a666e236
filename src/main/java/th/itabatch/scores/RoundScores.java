package th.itabatch.scores;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.scores.RoundComparison.RoundRef;

/** A unit's scores grouped by fiscal year and round, oldest first: what the comparison and the trend both read. */
final class RoundScores {

	private RoundScores() {
	}

	/**
	 * @param calendar the calendar that knows the rounds; a score of a round it does not know is left out
	 * @param unit the unit
	 * @param asOf the month reported on: rounds whose results are known later are left out
	 * @param scores the unit's scores
	 */
	static TreeMap<RoundRef, List<ScoreEntry>> byRound(FiscalCalendar calendar, String unit, YearMonth asOf,
			List<ScoreEntry> scores) {
		int upToFiscalYear = FiscalCalendar.fiscalYear(asOf);
		TreeMap<RoundRef, List<ScoreEntry>> rounds = new TreeMap<>(
				Comparator.comparingInt(RoundRef::fiscalYear).thenComparingInt(r -> r.round().number()));
		for (ScoreEntry entry : scores) {
			if (!entry.unit().equals(unit) || entry.fiscalYear() > upToFiscalYear) {
				continue;
			}
			calendar.round(entry.round())
				.filter(round -> !calendar.resultsKnown(entry.fiscalYear(), round).isAfter(asOf))
				.ifPresent(round -> rounds.computeIfAbsent(new RoundRef(entry.fiscalYear(), round), k -> new ArrayList<>())
					.add(entry));
		}
		return rounds;
	}

	/** The last month of a fiscal year: a report of the whole year takes every round's results. */
	static YearMonth wholeYear(int fiscalYear) {
		return FiscalCalendar.lastMonth(fiscalYear);
	}

	/** The overall the round's workbook states, if any: it is authoritative for the round. */
	static Optional<ScoreEntry> stated(List<ScoreEntry> roundScores) {
		return roundScores.stream().filter(ScoreEntry::isOverall).findFirst();
	}

	/**
	 * The round's own target: the one its workbook states with the overall, else the one it states
	 * alike for every indicator (a target row), else the configured one. A trial's target row of 90 held
	 * the indicators to 90 while the overall and the narrative's "not below 92.50" took the calendar's.
	 */
	static BigDecimal target(FiscalCalendar calendar, RoundRef round, List<ScoreEntry> roundScores) {
		return stated(roundScores).map(ScoreEntry::target)
			.or(() -> sharedIndicatorTarget(roundScores))
			.orElseGet(() -> calendar.target(round.fiscalYear(), round.round().number()));
	}

	private static Optional<BigDecimal> sharedIndicatorTarget(List<ScoreEntry> roundScores) {
		List<ScoreEntry> indicators = roundScores.stream().filter(e -> !e.isOverall()).toList();
		if (indicators.isEmpty() || indicators.stream().anyMatch(e -> e.target() == null)) {
			return Optional.empty();
		}
		BigDecimal first = indicators.get(0).target();
		return indicators.stream().allMatch(e -> e.target().compareTo(first) == 0) ? Optional.of(first) : Optional.empty();
	}
}
