package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The chart's PNG: every pixel as drawn, read back by ImageIO. */
class PngEncoderTests {

	private static void assertSamePixels(BufferedImage drawn) throws Exception {
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(drawn)));
		assertThat(read.getWidth()).isEqualTo(drawn.getWidth());
		assertThat(read.getHeight()).isEqualTo(drawn.getHeight());
		for (int y = 0; y < drawn.getHeight(); y++) {
			for (int x = 0; x < drawn.getWidth(); x++) {
				if ((read.getRGB(x, y) & 0xffffff) != (drawn.getRGB(x, y) & 0xffffff)) {
					throw new AssertionError("pixel " + x + "," + y + ": " + Integer.toHexString(read.getRGB(x, y))
							+ " instead of " + Integer.toHexString(drawn.getRGB(x, y)));
				}
			}
		}
	}

	@Test
	void theChartReadsBackPixelForPixel() throws Exception {
		IndicatorChart chart = new IndicatorChart(List.of("การรับรู้การปฏิบัติงาน", "การใช้งบประมาณ"),
				List.of(new BigDecimal("97.11"), new BigDecimal("85.40")), new BigDecimal("92.50"), List.of("97.11", "85.40"),
				"เป้าหมาย ร้อยละ 92.50");
		assertSamePixels(chart.image());
	}

	@Test
	void noiseReadsBackPixelForPixel() throws Exception {
		// Every byte value in every channel, rows unlike the row above: the filter's wrap-around.
		BufferedImage noise = new BufferedImage(257, 131, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < noise.getHeight(); y++) {
			for (int x = 0; x < noise.getWidth(); x++) {
				noise.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		assertSamePixels(noise);
	}

	@Test
	void onlyWholeRgbImagesAreTaken() {
		assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB).getSubimage(1, 1, 2, 2)))
			.as("a part of a larger image").isInstanceOf(IllegalArgumentException.class);
	}
}
