package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import th.itabatch.catalog.Catalog;
import th.itabatch.scores.RoundComparison.RoundRef;

/**
 * A unit's overall and indicator scores round by round, oldest first (FY 2564 round 1, round 2,
 * FY 2565 round 1, …), from its stored scores.
 *
 * @param unit the unit
 * @param points one point per round with scores, in chronological order
 */
public record ScoreTrend(String unit, List<Point> points) {

	public ScoreTrend {
		points = List.copyOf(points);
	}

	/**
	 * The trend of a unit's scores up to a fiscal year. Each round's overall is decided as in the
	 * round comparison: the stated one when the workbook gives it, else computed from the indicators.
	 * A round with only a stated overall is still a point: its overall is known, its indicators not.
	 *
	 * @param catalog the catalogue (rounds, targets, tool weights)
	 * @param unit the unit
	 * @param upToFiscalYear the report's fiscal year; later rounds are left out
	 * @param scores the unit's scores, of any years
	 */
	public static ScoreTrend of(Catalog catalog, String unit, int upToFiscalYear, List<ScoreEntry> scores) {
		return of(catalog, unit, RoundScores.wholeYear(upToFiscalYear), scores);
	}

	/**
	 * The trend as a month's report shows it: up to its fiscal year, the rounds whose results are
	 * known by the month.
	 *
	 * @param catalog the catalogue (rounds, targets, tool weights)
	 * @param unit the unit
	 * @param asOf the month reported on
	 * @param scores the unit's scores, of any years
	 */
	public static ScoreTrend of(Catalog catalog, String unit, java.time.YearMonth asOf, List<ScoreEntry> scores) {
		List<Point> points = RoundScores.byRound(catalog.calendar(), unit, asOf, scores)
			.entrySet()
			.stream()
			.map(round -> point(catalog, round.getKey(), round.getValue()))
			.toList();
		return new ScoreTrend(unit, points);
	}

	private static Point point(Catalog catalog, RoundRef round, List<ScoreEntry> entries) {
		SortedMap<Integer, BigDecimal> indicators = new TreeMap<>();
		entries.stream().filter(e -> !e.isOverall()).forEach(e -> indicators.put(e.indicator().number(), e.score()));
		Optional<ScoreEntry> stated = RoundScores.stated(entries);
		BigDecimal overall = stated.map(ScoreEntry::score)
			.orElseGet(() -> ItaTotal.computed(entries, catalog.weights(), round.fiscalYear()));
		// A survey's overall by its method is computed, not stated: a trial's trend marked it "ระบุ".
		return new Point(round, overall, stated.isPresent() && stated.get().method() == null,
				RoundScores.target(catalog.calendar(), round, entries),
				indicators);
	}

	public boolean isEmpty() {
		return points.isEmpty();
	}

	/** The numbers of the indicators scored in any round, in order. */
	public List<Integer> indicators() {
		TreeSet<Integer> numbers = new TreeSet<>();
		points.forEach(p -> numbers.addAll(p.indicators().keySet()));
		return List.copyOf(numbers);
	}

	/**
	 * One round of the trend.
	 *
	 * @param round the fiscal year and round
	 * @param overall the overall: as stated, else computed from the indicators
	 * @param stated whether the overall is the one the workbook states
	 * @param target the round's own target
	 * @param indicators each scored indicator's score by its number; none when only an overall is stated
	 */
	public record Point(RoundRef round, BigDecimal overall, boolean stated, BigDecimal target,
			SortedMap<Integer, BigDecimal> indicators) {

		public Point {
			indicators = Collections.unmodifiableSortedMap(new TreeMap<>(indicators));
		}

		public int fiscalYear() {
			return round.fiscalYear();
		}

		public int roundNumber() {
			return round.round().number();
		}

		/** "ปีงบ 2564 รอบ 1", the round as a short Thai label for table rows and chart axes. */
		public String label() {
			return "ปีงบ " + fiscalYear() + " รอบ " + roundNumber();
		}

		/** The indicator's score in this round, or {@code null}. */
		public BigDecimal score(int indicator) {
			return indicators.get(indicator);
		}
	}

}
