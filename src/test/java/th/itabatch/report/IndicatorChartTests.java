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

	@Test
	void theImageIsAPngOfTheSizeTheBriefShows() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart(new BigDecimal("92.50"), "97.11", "87.99").png()));
		assertThat(image.getWidth()).isEqualTo((int) (IndicatorChart.WIDTH_CM * IndicatorChart.SCALE));
		assertThat(image.getHeight()).isEqualTo((int) (IndicatorChart.HEIGHT_CM * IndicatorChart.SCALE));
	}
}
