package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ScoreEntry;

/** The page's scores chart reads like the documents': a floor below the lowest score, names whole. */
class ScoreChartTests {

	private final Catalog catalog = TestCatalog.shipped();

	@Test
	void theAxisStartsBelowTheLowestScoreAndTheBarsKeepTheirProportions() {
		ScoreChart chart = ScoreChart.of(seedRoundOne());

		assertThat(chart.gridLines()).extracting(ScoreChart.GridLine::value).first().isEqualTo(70);
		assertThat(chart.gridLines()).extracting(ScoreChart.GridLine::value).last().isEqualTo(100);
		ScoreChart.Bar lowest = chart.bars().get(3);
		assertThat(lowest.score()).isEqualByComparingTo("87.99");
		// From 70 to 100 over the drawing's 190 px: 17.99 points are 113.9 px.
		assertThat(lowest.height()).isCloseTo(190 * 17.99 / 30, org.assertj.core.data.Offset.offset(0.01));
		assertThat(chart.targetY()).isCloseTo(ScoreChart.BOTTOM - 190 * 22.5 / 30, org.assertj.core.data.Offset.offset(0.01));
		assertThat(lowest.share()).as("the phone's bar, per cent of the way from 70 to 100")
			.isCloseTo(17.99 * 100 / 30, org.assertj.core.data.Offset.offset(0.01));
		assertThat(chart.targetShare()).isEqualTo(75.0);
	}

	@Test
	void namesBreakBetweenWordsAndNeverInsideOne() {
		ScoreChart chart = ScoreChart.of(seedRoundOne());

		assertThat(chart.bars()).extracting(b -> String.join("", b.thaiName())).containsExactly("การปฏิบัติหน้าที่",
				"การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต");
		assertThat(chart.bars().get(3).thaiName()).containsExactly("การใช้ทรัพย์สิน", "ของราชการ");
		assertThat(chart.bars().get(0).englishName()).allSatisfy(line -> assertThat(line).doesNotStartWith(" "));
		assertThat(ScoreChart.lines("การใช้ทรัพย์สินของราชการการใช้ทรัพย์สินของราชการการใช้ทรัพย์สินของราชการ"))
			.as("a name too long for three lines ends in an ellipsis").hasSize(3).last().asString().endsWith("…");
	}

	private RoundComparison seedRoundOne() {
		List<ScoreEntry> scores = new ArrayList<>();
		String[] values = { "97.11", "90.08", "91.04", "87.99", "91.81" };
		for (int i = 0; i < values.length; i++) {
			scores.add(new ScoreEntry("กองคลัง", 2564, 1, catalog.indicators().byNumber(i + 1).orElseThrow(),
					new BigDecimal(values[i]), null, null, "คะแนน", "C" + (i + 7)));
		}
		return new RoundComparator(catalog, RoundComparator.Goal.NEXT_ROUND).compare("กองคลัง", 2564, scores).orElseThrow();
	}
}
