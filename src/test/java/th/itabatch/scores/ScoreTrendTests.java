package th.itabatch.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;

/** The trend of a unit's rounds, checked by hand. */
class ScoreTrendTests {

	private final Catalog catalog = TestCatalog.shipped();

	private ScoreEntry score(String unit, int fiscalYear, int round, Integer indicator, String score) {
		return new ScoreEntry(unit, fiscalYear, round,
				indicator == null ? null : catalog.indicators().byNumber(indicator).orElseThrow(), new BigDecimal(score), null,
				null, "คะแนน", "C1");
	}

	private ScoreEntry score(int fiscalYear, int round, Integer indicator, String score) {
		return score("กองคลัง", fiscalYear, round, indicator, score);
	}

	/** Given out of order, as several workbooks of several years would be read. */
	private List<ScoreEntry> twoYears() {
		List<ScoreEntry> scores = new ArrayList<>();
		// FY 2565 round 1, no stated overall: mean (90 + 80 + 85) / 3 = 85.00.
		scores.addAll(List.of(score(2565, 1, 1, "90"), score(2565, 1, 2, "80"), score(2565, 1, 3, "85")));
		// FY 2564 round 2, no stated overall: (96 + 93 + 92 + 93.49 + 92.5) / 5 = 93.398.
		scores.addAll(List.of(score(2564, 2, 1, "96.00"), score(2564, 2, 2, "93.00"), score(2564, 2, 3, "92.00"),
				score(2564, 2, 4, "93.49"), score(2564, 2, 5, "92.50")));
		// FY 2564 round 1, the seed: the stated 92.51 wins over the mean 91.61.
		scores.addAll(List.of(score(2564, 1, 1, "97.11"), score(2564, 1, 2, "90.08"), score(2564, 1, 3, "91.04"),
				score(2564, 1, 4, "87.99"), score(2564, 1, 5, "91.81"), score(2564, 1, null, "92.51")));
		// Not part of the trend: another unit, a later year, a round the calendar does not know.
		scores.add(score("กองการเจ้าหน้าที่", 2564, 1, 1, "50"));
		scores.add(score(2566, 1, 1, "10"));
		scores.add(score(2565, 3, 1, "20"));
		return scores;
	}

	@Test
	void eachRoundInOrderWithItsStatedOrComputedOverall() {
		ScoreTrend trend = ScoreTrend.of(catalog, "กองคลัง", 2565, twoYears());

		assertThat(trend.points()).extracting(ScoreTrend.Point::label, p -> p.overall().toPlainString(),
				ScoreTrend.Point::stated, p -> p.target().stripTrailingZeros().toPlainString())
			.containsExactly(tuple("ปีงบ 2564 รอบ 1", "92.51", true, "85"), tuple("ปีงบ 2564 รอบ 2", "93.40", false, "92.5"),
					tuple("ปีงบ 2565 รอบ 1", "85.00", false, "85"));
		assertThat(trend.points().get(0).score(4)).isEqualByComparingTo("87.99");
		assertThat(trend.points().get(1).score(4)).isEqualByComparingTo("93.49");
		assertThat(trend.points().get(2).indicators()).containsOnlyKeys(1, 2, 3);
		assertThat(trend.points().get(2).score(4)).as("not scored that round").isNull();
		assertThat(trend.indicators()).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void theRoundComparisonDecidesTheLatestOverallTheSameWay() {
		List<ScoreEntry> scores = twoYears();
		for (int year : new int[] { 2564, 2565 }) {
			ScoreTrend trend = ScoreTrend.of(catalog, "กองคลัง", year, scores);
			RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
				.compare("กองคลัง", year, scores)
				.orElseThrow();

			ScoreTrend.Point last = trend.points().get(trend.points().size() - 1);
			assertThat(last.round()).isEqualTo(comparison.latest());
			assertThat(last.overall()).isEqualByComparingTo(comparison.overall().score());
			assertThat(last.target()).isEqualByComparingTo(comparison.overall().roundTarget());
		}
	}

	@Test
	void aRoundWithOnlyAStatedOverallIsAPointWithoutIndicators() {
		List<ScoreEntry> scores = new ArrayList<>(twoYears());
		scores.add(score(2563, 2, null, "88.20"));

		ScoreTrend trend = ScoreTrend.of(catalog, "กองคลัง", 2564, scores);

		assertThat(trend.points()).extracting(ScoreTrend.Point::label)
			.containsExactly("ปีงบ 2563 รอบ 2", "ปีงบ 2564 รอบ 1", "ปีงบ 2564 รอบ 2");
		assertThat(trend.points().get(0).overall()).isEqualByComparingTo("88.20");
		assertThat(trend.points().get(0).indicators()).isEmpty();
	}

	@Test
	void aRoundOfEveryToolHasTheWholeItaWeightedByTool() {
		String[] values = { "90", "92", "94", "96", "88", "80", "85", "90", "70", "80" };
		List<ScoreEntry> scores = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			scores.add(score(2564, 1, i + 1, values[i]));
		}

		ScoreTrend trend = ScoreTrend.of(catalog, "กองคลัง", 2564, scores);

		// 0.3 × 92 + 0.3 × 85 + 0.4 × 75 = 83.10, not the plain mean 86.50.
		assertThat(trend.points()).singleElement().satisfies(p -> assertThat(p.overall()).isEqualByComparingTo("83.10"));
	}

	@Test
	void noScoresNoPoints() {
		assertThat(ScoreTrend.of(catalog, "กองคลัง", 2564, List.of()).isEmpty()).isTrue();
	}
}
