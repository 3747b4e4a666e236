package th.itabatch.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;

/** The seed's figures, checked by hand against ita-domain.md. */
class RoundComparatorTests {

	private final Catalog catalog = TestCatalog.shipped();

	private ScoreEntry score(int round, Integer indicator, String score) {
		return new ScoreEntry("กองคลัง", 2564, round, indicator == null ? null : catalog.indicators().byNumber(indicator).orElseThrow(),
				new BigDecimal(score), null, null, "คะแนน", "C1");
	}

	private List<ScoreEntry> seedRoundOne() {
		return new ArrayList<>(List.of(score(1, 1, "97.11"), score(1, 2, "90.08"), score(1, 3, "91.04"), score(1, 4, "87.99"),
				score(1, 5, "91.81"), score(1, null, "92.51")));
	}

	@Test
	void theSeedsRoundOneAgainstTheRoundTwoTarget() {
		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND)
			.compare("กองคลัง", 2564, seedRoundOne())
			.orElseThrow();

		assertThat(comparison.latest().round().number()).isEqualTo(1);
		assertThat(comparison.goal().round().number()).isEqualTo(2);
		assertThat(comparison.previous()).isNull();
		assertThat(comparison.indicators()).extracting(r -> r.indicator().number(), IndicatorResult::rank,
				r -> r.gap().toPlainString(), IndicatorResult::passed, IndicatorResult::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5, "4.61", true, "AA"),
					org.assertj.core.groups.Tuple.tuple(2, 2, "-2.42", false, "A"),
					org.assertj.core.groups.Tuple.tuple(3, 3, "-1.46", false, "A"),
					org.assertj.core.groups.Tuple.tuple(4, 1, "-4.51", false, "A"),
					org.assertj.core.groups.Tuple.tuple(5, 4, "-0.69", false, "A"));
		assertThat(comparison.belowGoal()).extracting(r -> r.indicator().number()).containsExactly(4, 2, 3, 5);
		OverallResult overall = comparison.overall();
		assertThat(overall.stated()).isEqualByComparingTo("92.51");
		assertThat(overall.computed()).isEqualByComparingTo("91.61");
		assertThat(overall.score()).isEqualByComparingTo("92.51");
		assertThat(overall.statedMinusComputed()).isEqualByComparingTo("0.90");
		assertThat(overall.roundTarget()).isEqualByComparingTo("85");
		assertThat(overall.passedRound()).isTrue();
		assertThat(overall.goalTarget()).isEqualByComparingTo("92.50");
		assertThat(overall.gapToGoal()).isEqualByComparingTo("0.01");
		assertThat(overall.level()).isEqualTo("A");
	}

	/** IIT 92.00, EIT 85.00, OIT 75.00; the whole ITA 0.3 × 92 + 0.3 × 85 + 0.4 × 75 = 83.10 (the plain mean of ten: 86.50). */
	private List<ScoreEntry> wholeIta(int round) {
		String[] scores = { "90", "92", "94", "96", "88", "80", "85", "90", "70", "80" };
		List<ScoreEntry> entries = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			entries.add(score(round, i + 1, scores[i]));
		}
		return entries;
	}

	@Test
	void aRoundOfEveryToolIsTheWholeItaWeightedByTool() {
		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, wholeIta(1))
			.orElseThrow();

		assertThat(comparison.isWholeIta()).isTrue();
		assertThat(comparison.tools()).extracting(t -> t.tool().name(), t -> t.score().toPlainString(), ToolScore::indicators,
				t -> t.weight().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("IIT", "92.00", 5, "0.3"),
					org.assertj.core.groups.Tuple.tuple("EIT", "85.00", 3, "0.3"),
					org.assertj.core.groups.Tuple.tuple("OIT", "75.00", 2, "0.4"));
		assertThat(comparison.overall().computed()).isEqualByComparingTo("83.10");
		assertThat(comparison.overall().level()).isEqualTo("B");
		assertThat(comparison.overall().passedRound()).isFalse();
	}

	@Test
	void aToolMissingLeavesTheWeightsOfThoseThereScaledToOne() {
		List<ScoreEntry> scores = wholeIta(1).stream().filter(s -> s.indicator().number() <= 5 || s.indicator().number() >= 9)
			.toList();

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		// (0.3 × 92 + 0.4 × 75) / 0.7 = 82.2857…
		assertThat(comparison.overall().computed()).isEqualByComparingTo("82.29");
	}

	@Test
	void aStatedWholeItaScoreIsCheckedAgainstTheWeightedOneNotThePlainMean() {
		List<ScoreEntry> scores = new ArrayList<>(wholeIta(1));
		scores.add(score(1, null, "83.10"));
		th.itabatch.validation.MessageLog log = new th.itabatch.validation.MessageLog("scores.xlsx");

		new ScoresValidator(catalog).check(scores, log);

		assertThat(log.messages()).isEmpty();
	}

	@Test
	void aDepartmentsOwnRatingScaleIsSwitchedOnByConfigurationWithItsToolConditions() {
		java.util.Map<th.itabatch.catalog.Tool, BigDecimal> everyToolEighty = java.util.Map.of(
				th.itabatch.catalog.Tool.IIT, new BigDecimal("80"), th.itabatch.catalog.Tool.EIT, new BigDecimal("80"),
				th.itabatch.catalog.Tool.OIT, new BigDecimal("80"));
		th.itabatch.catalog.RatingScale scale = new th.itabatch.catalog.RatingScale("department", 2564, List.of(
				new th.itabatch.catalog.RatingScale.Rating("ผ่านดีเยี่ยม", new BigDecimal("80"), everyToolEighty),
				new th.itabatch.catalog.RatingScale.Rating("ผ่านดี", new BigDecimal("80"), null),
				new th.itabatch.catalog.RatingScale.Rating("ต้องปรับปรุง", BigDecimal.ZERO, null)));
		Catalog rated = new Catalog(catalog.indicators(), catalog.calendar(), catalog.levels(), catalog.weights(),
				new th.itabatch.catalog.RatingScales(List.of(scale)));
		RoundComparator comparator = new RoundComparator(rated, RoundComparator.Goal.SAME_ROUND);

		// 83.10 overall, but OIT 75.00 is under its 80: not the top rating.
		assertThat(comparator.compare("กองคลัง", 2564, wholeIta(1)).orElseThrow().overall().rating()).isEqualTo("ผ่านดี");
		List<ScoreEntry> strongOit = wholeIta(1).stream()
			.map(s -> s.indicator().number() >= 9 ? score(1, s.indicator().number(), "85") : s)
			.toList();
		assertThat(comparator.compare("กองคลัง", 2564, strongOit).orElseThrow().overall().rating()).isEqualTo("ผ่านดีเยี่ยม");
		assertThat(new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND).compare("กองคลัง", 2564, wholeIta(1))
			.orElseThrow()
			.overall()
			.rating()).as("no scale configured, no rating").isNull();
	}

	@Test
	void theWholeItaIsRoundedOnceNotEachToolFirst() {
		// A new user's trial: IIT 89.05, EIT (90.40 + 91.60 + 91.40) / 3 = 91.1333…, OIT 90.25;
		// 0.3 × 89.05 + 0.3 × 91.1333… + 0.4 × 90.25 = 90.155 → 90.16 (rounding EIT to 91.13 first gave 90.15).
		List<ScoreEntry> scores = List.of(score(1, 1, "89.05"), score(1, 2, "89.05"), score(1, 3, "89.05"),
				score(1, 4, "89.05"), score(1, 5, "89.05"), score(1, 6, "90.40"), score(1, 7, "91.60"),
				score(1, 8, "91.40"), score(1, 9, "90.00"), score(1, 10, "90.50"));

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		assertThat(comparison.overall().score()).isEqualByComparingTo("90.16");
		assertThat(comparison.tools()).extracting(t -> t.score().toPlainString())
			.as("each tool shown with two decimals")
			.containsExactly("89.05", "91.13", "90.25");
	}

	@Test
	void theInternalSurveyAloneIsStillItsPlainMean() {
		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND)
			.compare("กองคลัง", 2564, seedRoundOne())
			.orElseThrow();

		assertThat(comparison.isWholeIta()).isFalse();
		assertThat(comparison.tools()).extracting(t -> t.tool().name()).containsExactly("IIT");
	}

	@Test
	void theLatestRoundIsComparedWithTheRoundBefore() {
		List<ScoreEntry> scores = seedRoundOne();
		scores.addAll(List.of(score(2, 1, "96.00"), score(2, 2, "93.00"), score(2, 3, "92.00"), score(2, 4, "93.49"),
				score(2, 5, "92.50")));

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		assertThat(comparison.latest().round().number()).isEqualTo(2);
		assertThat(comparison.previous().round().number()).isEqualTo(1);
		assertThat(comparison.goal()).as("no round after the last one: its own target").isEqualTo(comparison.latest());
		IndicatorResult property = comparison.indicators().get(3);
		assertThat(property.previous()).isEqualByComparingTo("87.99");
		assertThat(property.change()).isEqualByComparingTo("5.50");
		assertThat(comparison.indicators().get(4).passed()).as("92.50 reaches 92.50").isTrue();
		assertThat(comparison.indicators().get(2).rank()).isEqualTo(1);
		// No stated overall in round 2: the mean (96+93+92+93.49+92.5)/5 = 93.398 is used.
		assertThat(comparison.overall().stated()).isNull();
		assertThat(comparison.overall().score()).isEqualByComparingTo("93.40");
		assertThat(comparison.overall().previous()).isEqualByComparingTo("92.51");
		assertThat(comparison.overall().change()).isEqualByComparingTo("0.89");
		assertThat(comparison.overall().roundTarget()).isEqualByComparingTo("92.50");
	}

	@Test
	void aScoreLeftOutIsComparedLikeWithLikeThoughTheOverallIsStated() {
		List<ScoreEntry> scores = seedRoundOne();
		scores.addAll(List.of(score(2, 1, "96.00"), score(2, 3, "92.00"), score(2, 4, "93.49"), score(2, 5, "92.50"),
				score(2, null, "93.00")));

		OverallResult overall = new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow()
			.overall();

		assertThat(overall.score()).as("the stated overall stands").isEqualByComparingTo("93.00");
		assertThat(overall.previous()).as("round 1's stated overall").isEqualByComparingTo("92.51");
		assertThat(overall.change()).as("the row's own arithmetic").isEqualByComparingTo("0.49");
		assertThat(overall.likeWithLike()).as("a trial: the stated 93.00 against the four's 91.99; the four's 93.50 is due")
			.isEqualTo(new LikeWithLike(4, new BigDecimal("91.99"), new BigDecimal("93.50"), new BigDecimal("1.51")));
	}

	@Test
	void aScoreLeftOutOfThePreviousRoundIsComparedLikeWithLikeToo() {
		List<ScoreEntry> scores = seedRoundOne();
		scores.removeIf(e -> e.indicator() != null && e.indicator().number() == 2 || e.isOverall());
		scores.addAll(List.of(score(2, 1, "96.00"), score(2, 2, "91.00"), score(2, 3, "92.00"), score(2, 4, "93.49"),
				score(2, 5, "92.50")));

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();
		OverallResult overall = comparison.overall();

		assertThat(overall.score()).as("all five of round 2").isEqualByComparingTo("93.00");
		assertThat(overall.previous()).as("(97.11 + 91.04 + 87.99 + 91.81) / 4: round 1 had no indicator 2")
			.isEqualByComparingTo("91.99");
		assertThat(overall.change()).isEqualByComparingTo("1.01");
		assertThat(overall.likeWithLike()).as("a trial: none at all; (96 + 92 + 93.49 + 92.5) / 4 = 93.50 against 91.99")
			.isEqualTo(new LikeWithLike(4, new BigDecimal("91.99"), new BigDecimal("93.50"), new BigDecimal("1.51")));
	}

	@Test
	void aTargetRowOfTheWorkbookIsTheOverallsTargetToo() {
		List<ScoreEntry> scores = new ArrayList<>();
		String[] values = { "90.40", "88.00", "91.00", "89.50", "92.00" };
		for (int i = 0; i < values.length; i++) {
			scores.add(new ScoreEntry("กองคลัง", 2564, 2, catalog.indicators().byNumber(i + 1).orElseThrow(),
					new BigDecimal(values[i]), null, new BigDecimal("90"), "คะแนน", "C" + (i + 2)));
		}

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		assertThat(comparison.indicators()).extracting(r -> r.target().toPlainString()).containsOnly("90.00");
		assertThat(comparison.overall().roundTarget()).as("a trial: the indicators held to 90, the overall to 92.50")
			.isEqualByComparingTo("90");
		assertThat(comparison.overall().goalTarget()).isEqualByComparingTo("90");
		scores.set(0, new ScoreEntry("กองคลัง", 2564, 2, catalog.indicators().byNumber(1).orElseThrow(),
				new BigDecimal("90.40"), null, new BigDecimal("85"), "คะแนน", "C2"));
		assertThat(new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND).compare("กองคลัง", 2564, scores)
			.orElseThrow().overall().roundTarget()).as("targets that differ: the calendar's").isEqualByComparingTo("92.50");
	}

	@Test
	void equalScoresShareARankAndLaterYearsAreIgnored() {
		List<ScoreEntry> scores = List.of(score(1, 1, "90"), score(1, 2, "90"), score(1, 3, "95"),
				new ScoreEntry("กองคลัง", 2565, 1, catalog.indicators().byNumber(1).orElseThrow(), BigDecimal.TEN, null,
						null, "s", "C1"));

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		assertThat(comparison.indicators()).extracting(IndicatorResult::rank).containsExactly(1, 1, 3);
		assertThat(comparison.goal()).isEqualTo(comparison.latest());
		assertThat(comparison.indicators().get(0).target()).isEqualByComparingTo("85");
	}

	@Test
	void scoresAreJudgedAsTheyAreShownToTwoDecimals() {
		List<ScoreEntry> scores = List.of(score(1, 1, "94.995"), score(1, 2, "95"), score(1, 3, "85"), score(1, 4, "85"),
				score(1, 5, "85"), score(1, null, "84.996"));

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		IndicatorResult first = comparison.indicators().get(0);
		assertThat(first.score()).as("shown as 95.00").isEqualByComparingTo("95.00");
		assertThat(first.level()).as("a trial: 95.00 shown, level A given").isEqualTo("AA");
		assertThat(comparison.indicators()).extracting(IndicatorResult::rank).as("95.00 and 95.00 share a rank")
			.containsExactly(4, 4, 1, 1, 1);
		OverallResult overall = comparison.overall();
		assertThat(overall.score()).isEqualByComparingTo("85.00");
		assertThat(overall.passedRound()).as("a trial: \"85.00 against 85.00: ไม่ผ่าน\"").isTrue();
		assertThat(overall.level()).isEqualTo("A");
		assertThat(overall.statedMinusComputed()).as("(94.995 + 95 + 85 × 3) / 5 = 88.999 → 89.00; 85.00 − 89.00")
			.isEqualByComparingTo("-4.00");
	}

	@Test
	void aRoundOfMoreToolsIsComparedAsAWholeAndOverTheIndicatorsBothHave() {
		List<ScoreEntry> scores = new ArrayList<>(List.of(score(1, 1, "91.23"), score(1, 2, "88.47"), score(1, 3, "92.01"),
				score(1, 4, "86.55"), score(1, 5, "90.10")));
		String[] second = { "92", "90", "93", "88", "91", "94", "89", "91", "85", "88" };
		for (int i = 0; i < second.length; i++) {
			scores.add(score(2, i + 1, second[i]));
		}

		OverallResult overall = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow()
			.overall();

		// By hand: IIT 90.80, EIT 91.333, OIT 86.50; 0.3 × 90.80 + 0.3 × 91.333 + 0.4 × 86.50 = 89.24. Round 1:
		// 448.36 / 5 = 89.672. A trial's report gave "+1.13" beside 89.24 and 89.67.
		assertThat(overall.score()).isEqualByComparingTo("89.24");
		assertThat(overall.previous()).isEqualByComparingTo("89.67");
		assertThat(overall.change()).isEqualByComparingTo("-0.43");
		assertThat(overall.likeWithLike()).as("IIT's five in both: 89.67 to 90.80")
			.isEqualTo(new LikeWithLike(5, new BigDecimal("89.67"), new BigDecimal("90.80"), new BigDecimal("1.13")));
	}

	@Test
	void toolsThatASchemeWeighsNothingAloneWeighAlike() {
		Catalog internalOnly = new Catalog(catalog.indicators(), catalog.calendar(), catalog.levels(),
				new th.itabatch.catalog.ToolWeights(List.of(new th.itabatch.catalog.WeightScheme(2564, java.util.Map.of(
						th.itabatch.catalog.Tool.IIT, BigDecimal.ONE, th.itabatch.catalog.Tool.EIT, BigDecimal.ZERO,
						th.itabatch.catalog.Tool.OIT, BigDecimal.ZERO)))), catalog.ratings());
		List<ScoreEntry> scores = List.of(score(1, 6, "90"), score(1, 7, "92"), score(1, 8, "94"), score(1, 9, "80"),
				score(1, 10, "84"));

		OverallResult overall = new RoundComparator(internalOnly, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow()
			.overall();

		assertThat(overall.score()).as("(92 + 82) / 2, not a division by nothing").isEqualByComparingTo("87.00");
	}

	@Test
	void roundsWithNoIndicatorInCommonAreNotCompared() {
		List<ScoreEntry> scores = new ArrayList<>(List.of(score(1, 1, "92"), score(1, 2, "92"), score(1, 3, "92"),
				score(1, 4, "92"), score(1, 5, "92"), score(2, 9, "60"), score(2, 10, "64")));

		OverallResult overall = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow()
			.overall();

		// A review: published evidence at 62 "fell 30.00" from the staff survey's 92.
		assertThat(overall.score()).isEqualByComparingTo("62.00");
		assertThat(overall.previous()).isNull();
		assertThat(overall.change()).isNull();
		assertThat(overall.likeWithLike()).isNull();
	}

	@Test
	void aPreviousRoundOfItsOverallAloneIsTheOverallsPrevious() {
		// As people keep it: last round's overall typed under this round's indicators, its own left blank.
		List<ScoreEntry> scores = new ArrayList<>(List.of(score(1, null, "85.5"), score(2, 1, "90"), score(2, 2, "91"),
				score(2, 3, "92"), score(2, 4, "93"), score(2, 5, "94")));

		RoundComparison comparison = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2564, scores)
			.orElseThrow();

		assertThat(comparison.latest().round().number()).isEqualTo(2);
		assertThat(comparison.previous().round().number()).isEqualTo(1);
		assertThat(comparison.overall().score()).isEqualByComparingTo("92.00");
		assertThat(comparison.overall().previous()).isEqualByComparingTo("85.50");
		assertThat(comparison.overall().change()).as("92.00 - 85.50").isEqualByComparingTo("6.50");
		assertThat(comparison.overall().likeWithLike()).as("no indicators to compare over").isNull();
		assertThat(comparison.indicators()).extracting(IndicatorResult::previous).containsOnlyNulls();
		assertThat(comparison.indicators()).extracting(IndicatorResult::change).containsOnlyNulls();

		scores.add(new ScoreEntry("กองคลัง", 2565, 1, null, new BigDecimal("95"), null, null, "คะแนน", "C9"));
		RoundComparison withLaterOverall = new RoundComparator(catalog, RoundComparator.Goal.SAME_ROUND)
			.compare("กองคลัง", 2565, scores)
			.orElseThrow();
		assertThat(withLaterOverall.latest().fiscalYear()).as("a round of its overall alone is never the one reported")
			.isEqualTo(2564);
		assertThat(withLaterOverall.overall().change()).isEqualByComparingTo("6.50");
	}

	@Test
	void aMonthsReportTakesTheRoundsWhoseResultsAreKnownByThen() {
		List<ScoreEntry> scores = new ArrayList<>(seedRoundOne());
		scores.addAll(List.of(score(2, 1, "95"), score(2, 2, "94"), score(2, 3, "93"), score(2, 4, "92"), score(2, 5, "91")));
		RoundComparator comparator = new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND);

		// A trial: April's report, made again in July, showed round 2's scores, sent in June.
		RoundComparison april = comparator.compare("กองคลัง", java.time.YearMonth.of(2021, 4), scores).orElseThrow();
		assertThat(april.latest().round().number()).isEqualTo(1);
		assertThat(april.overall().score()).isEqualByComparingTo("92.51");
		assertThat(ScoreTrend.of(catalog, "กองคลัง", java.time.YearMonth.of(2021, 5), scores).points()).hasSize(1);

		// Round 2's survey is answered in mid-June (its results-month): June's report takes them.
		RoundComparison june = comparator.compare("กองคลัง", java.time.YearMonth.of(2021, 6), scores).orElseThrow();
		assertThat(june.latest().round().number()).isEqualTo(2);
		assertThat(june.overall().previous()).isEqualByComparingTo("92.51");
		assertThat(ScoreTrend.of(catalog, "กองคลัง", java.time.YearMonth.of(2021, 6), scores).points()).hasSize(2);
		assertThat(comparator.compare("กองคลัง", 2564, scores).orElseThrow().latest().round().number())
			.as("the whole year's").isEqualTo(2);
	}
}
