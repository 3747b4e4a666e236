package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.TestCatalog;

/** The brief's chart: an axis floor a reader can read, names broken between words, an image. */
class IndicatorChartTests {

	private static IndicatorChart chart(BigDecimal target, String... scores) {
		List<BigDecimal> values = java.util.Arrays.stream(scores).map(BigDecimal::new).toList();
		return new IndicatorChart(values.stream().map(v -> "ตัวชี้วัด").toList(), values, target,
				values.stream().map(BigDecimal::toPlainString).toList(), "เป้าหมาย");
	}

	@Test
	void theAxisStartsTenBelowTheLowestScoreOrTargetOnATen() {
		assertThat(chart(new BigDecimal("92.50"), "97.11", "90.08", "87.99").floor()).isEqualTo(70);
		assertThat(chart(new BigDecimal("85"), "95", "96").floor()).as("the target is lower than every score")
			.isEqualTo(70);
		assertThat(chart(null, "12.5").floor()).isZero();
	}

	@Test
	void aNameIsBrokenBetweenThaiWordsNeverInsideOne() {
		FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
			.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
		List<String> lines = IndicatorChart.wrapped("การใช้ทรัพย์สินของราชการ", metrics,
				metrics.stringWidth("การใช้ทรัพย์สิน") + 2);
		assertThat(String.join("", lines)).isEqualTo("การใช้ทรัพย์สินของราชการ");
		assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(
				List.of("การ", "การใช้", "การใช้ทรัพย์สิน", "ทรัพย์สิน", "ของ", "ของราชการ", "ราชการ", "ทรัพย์สินของ",
						"ใช้ทรัพย์สิน", "ใช้", "ทรัพย์สินของราชการ", "ใช้ทรัพย์สินของ"))
			.as("whole words: " + lines)
			.contains(line));
	}

	private static IndicatorChart named(List<String> names) {
		List<BigDecimal> values = names.stream().map(n -> new BigDecimal("88.50")).toList();
		return new IndicatorChart(names, values, new BigDecimal("92.50"), names.stream().map(n -> "๘๘.๕๐").toList(),
				"เป้าหมาย");
	}

	/** The names' lines as the chart lays them out in a slot of so many indicators. */
	private static IndicatorChart.LabelLayout layout(IndicatorChart chart, int slot) {
		return chart.labelLayout(chart.image().createGraphics(), IndicatorChart.font(), slot);
	}

	@Test
	void namesFitTheirSlotsInTheLargestTypeThatFits() {
		List<String> names = TestCatalog.shipped().indicators().all().stream().limit(5).map(Indicator::thai).toList();
		int width = IndicatorChart.nameWidth(names.size());
		IndicatorChart.LabelLayout layout = layout(named(names), width);
		FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(layout.font());

		assertThat(layout.font().getFamily()).isEqualTo(IndicatorChart.font().getFamily());
		assertThat(layout.font().getSize()).isBetween(IndicatorChart.SMALLEST_NAME, IndicatorChart.font().getSize());
		for (int i = 0; i < names.size(); i++) {
			List<String> lines = layout.lines().get(i);
			assertThat(String.join("", lines).replace(" ", "")).isEqualTo(names.get(i).replace(" ", ""));
			assertThat(lines).as(names.get(i)).hasSizeLessThanOrEqualTo(IndicatorChart.NAME_LINES)
				.allSatisfy(line -> assertThat(metrics.stringWidth(line)).as(line).isLessThanOrEqualTo(width));
		}
		if (layout.font().getSize() < IndicatorChart.font().getSize()) {
			// A size larger by one step would not have fitted: the type is the largest that does.
			FontMetrics larger = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
				.getFontMetrics(layout.font().deriveFont(layout.font().getSize2D() + 2));
			assertThat(names.stream().map(n -> IndicatorChart.wrapped(n, larger, width)))
				.anyMatch(lines -> lines.size() > IndicatorChart.NAME_LINES
						|| lines.stream().anyMatch(l -> larger.stringWidth(l) > width));
		}
	}

	@Test
	void barsAreNumberedWhenTheirNamesFitAtNoSize() {
		List<String> names = List.of("ประสิทธิภาพประสิทธิภาพประสิทธิภาพ", "การใช้งบประมาณ");
		IndicatorChart.LabelLayout layout = layout(named(names), 60);

		assertThat(layout.lines()).containsExactly(List.of("๑"), List.of("๒"));
		assertThat(layout.lineCount()).isOne();
	}

	@Test
	void aLayoutKeptForOneBriefIsGivenOnlyToTheSameNamesDigitsAndRoom() {
		List<String> names = List.of("ประสิทธิภาพประสิทธิภาพประสิทธิภาพ", "การใช้งบประมาณ");
		IndicatorChart thai = named(names);
		IndicatorChart arabic = new IndicatorChart(names, thai.values(), thai.target(), List.of("88.50", "88.50"),
				"เป้าหมาย");

		assertThat(layout(thai, 60)).as("asked again").isEqualTo(layout(thai, 60));
		assertThat(layout(arabic, 60).lines()).as("the values' digits, not the layout kept for Thai digits")
			.containsExactly(List.of("1"), List.of("2"));
		assertThat(layout(thai, 2000).lines()).as("more room: the names themselves")
			.containsExactly(List.of(names.get(0)), List.of(names.get(1)));
		assertThat(layout(named(List.of("การจัดซื้อ", "การใช้อำนาจ")), 2000).lines()).as("other names: their own")
			.containsExactly(List.of("การจัดซื้อ"), List.of("การใช้อำนาจ"));
	}

	@Test
	void aScoreOfAHundredLeavesTheTargetsLegendWhole() {
		// A trial's OIT score of 100, its value's white ground over the legend above it, erased the
		// lower half of "เป้าหมาย ร้อยละ": the band the legend is drawn in must not depend on the scores.
		IndicatorChart full = new IndicatorChart(List.of("ตัวชี้วัด", "ตัวชี้วัด"),
				List.of(new BigDecimal("90"), new BigDecimal("100")), new BigDecimal("92.50"), List.of("๙๐.๐๐", "๑๐๐.๐๐"),
				"เป้าหมาย ร้อยละ ๙๒.๕๐");
		IndicatorChart lower = new IndicatorChart(full.labels(), List.of(new BigDecimal("90"), new BigDecimal("95")),
				full.target(), List.of("๙๐.๐๐", "๙๕.๐๐"), full.targetText());
		BufferedImage withHundred = full.image();
		BufferedImage without = lower.image();
		FontMetrics metrics = withHundred.createGraphics().getFontMetrics(IndicatorChart.font());
		int legendBottom = 10 + metrics.getAscent() + metrics.getDescent();
		int width = withHundred.getWidth();
		assertThat(withHundred.getRGB(0, 0, width, legendBottom + 1, null, 0, width)).as("the legend's band")
			.isEqualTo(without.getRGB(0, 0, width, legendBottom + 1, null, 0, width));
	}

	/** Ten values of 100 side by side each keep to their bar's slot: a retrial's read "๑๐๐.๐๐๑๐๐.๐๐". */
	@Test
	void eachValueKeepsToItsBarsSlot() {
		List<BigDecimal> hundreds = java.util.Collections.nCopies(10, new BigDecimal("100"));
		IndicatorChart ten = new IndicatorChart(java.util.Collections.nCopies(10, "ตัวชี้วัด"), hundreds, new BigDecimal("92.50"),
				java.util.Collections.nCopies(10, "๑๐๐.๐๐"), "เป้าหมาย");
		java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		java.awt.Font values = ten.valueFont(g, IndicatorChart.font());
		assertThat(g.getFontMetrics(values).stringWidth("๑๐๐.๐๐")).isLessThanOrEqualTo(IndicatorChart.nameWidth(10));
		assertThat(values.getSize2D()).as("smaller than the chart's own, where it did not fit")
			.isLessThan(IndicatorChart.font().getSize2D());
		IndicatorChart two = chart(new BigDecimal("92.50"), "100", "100");
		assertThat(two.valueFont(g, IndicatorChart.font())).as("room enough: the chart's own").isEqualTo(IndicatorChart.font());
	}

	@Test
	void theImageIsAPngOfTheSizeTheBriefShows() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart(new BigDecimal("92.50"), "97.11", "87.99").png()));
		assertThat(image.getWidth()).isEqualTo((int) (IndicatorChart.WIDTH_CM * IndicatorChart.SCALE));
		assertThat(image.getHeight()).isEqualTo((int) (IndicatorChart.HEIGHT_CM * IndicatorChart.SCALE));
	}
}
