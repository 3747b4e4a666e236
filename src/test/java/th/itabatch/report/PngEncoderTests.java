package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The chart's PNG read back by ImageIO: every pixel as drawn, or as near as its palette has it. */
class PngEncoderTests {

	/** The colour type in a PNG's header: 2 RGB, 3 palette. */
	private static int colourType(byte[] png) {
		return png[25];
	}

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
	void theChartTakesAPaletteInWhichAlmostEveryPixelKeepsItsColour() throws Exception {
		IndicatorChart chart = new IndicatorChart(List.of("การรับรู้การปฏิบัติงาน", "การใช้งบประมาณ"),
				List.of(new BigDecimal("97.11"), new BigDecimal("85.40")), new BigDecimal("92.50"), List.of("97.11", "85.40"),
				"เป้าหมาย ร้อยละ 92.50");
		BufferedImage drawn = chart.image();
		byte[] png = PngEncoder.encode(drawn);
		assertThat(colourType(png)).as("a palette").isEqualTo(3);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
		Set<Integer> palette = new HashSet<>();
		int changed = 0;
		for (int y = 0; y < drawn.getHeight(); y++) {
			for (int x = 0; x < drawn.getWidth(); x++) {
				palette.add(read.getRGB(x, y) & 0xffffff);
				int own = drawn.getRGB(x, y) & 0xffffff;
				int shown = read.getRGB(x, y) & 0xffffff;
				if (own != shown) {
					changed++;
					// A blend on a letter's edge, shown as a colour close to it (at most 7 steps on the chart's 441).
					assertThat(distance(own, shown)).as("pixel %d,%d", x, y).isLessThan(12);
				}
			}
		}
		assertThat(palette).hasSizeLessThanOrEqualTo(256);
		assertThat(changed).isPositive().isLessThanOrEqualTo(drawn.getWidth() * drawn.getHeight() / 100);
	}

	@Test
	void anImageOfFewColoursReadsBackPixelForPixelWithAPalette() throws Exception {
		BufferedImage few = new BufferedImage(300, 90, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < few.getHeight(); y++) {
			for (int x = 0; x < few.getWidth(); x++) {
				few.setRGB(x, y, (x * 7919 + y / 10 * 104729) % 100 * 0x010101 ^ (y % 2) * 0x3000);
			}
		}
		assertThat(colourType(PngEncoder.encode(few))).isEqualTo(3);
		assertSamePixels(few);
	}

	private static double distance(int a, int b) {
		int dr = (a >> 16 & 0xff) - (b >> 16 & 0xff);
		int dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
		int db = (a & 0xff) - (b & 0xff);
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}

	@Test
	void rowsLikeTheRowAboveReadBackPixelForPixel() throws Exception {
		// Bands of 1 to 7 rows alike, as a chart's bars and white are, with and without a palette.
		for (int colours : new int[] { 40, 0x1000000 }) {
			BufferedImage bands = new BufferedImage(211, 97, BufferedImage.TYPE_INT_RGB);
			Random random = new Random(colours);
			for (int y = 0; y < bands.getHeight();) {
				int[] row = random.ints(bands.getWidth(), 0, colours).map(c -> colours == 40 ? c * 0x050301 : c).toArray();
				for (int repeat = 1 + random.nextInt(7); repeat > 0 && y < bands.getHeight(); repeat--, y++) {
					bands.setRGB(0, y, row.length, 1, row, 0, row.length);
				}
			}
			assertThat(colourType(PngEncoder.encode(bands))).isEqualTo(colours == 40 ? 3 : 2);
			assertSamePixels(bands);
		}
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
		assertThat(colourType(PngEncoder.encode(noise))).as("RGB").isEqualTo(2);
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
