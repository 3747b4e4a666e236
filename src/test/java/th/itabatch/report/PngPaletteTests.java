package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Which colours a palette keeps, where the others go, and when an image gets none. */
class PngPaletteTests {

	/** The i-th of 256 greys, 0x000000 to 0xFFFFFF. */
	private static int grey(int i) {
		return i * 0x010101;
	}

	@Test
	void aFewColoursAreKeptEachInItsOwnPlace() {
		int[] pixels = { 0xFFFFFF, 0xFFFFFF, 0x2E7D32, 0xC62828, 0xFFFFFF, 0x2E7D32 };
		PngPalette palette = PngPalette.of(pixels).orElseThrow();
		assertThat(palette.colours()).containsExactly(0xFFFFFF, 0x2E7D32, 0xC62828);
		assertThat(palette.place(0xC62828)).isEqualTo(2);
		// The top byte of an RGB image's pixel carries nothing.
		assertThat(palette.place(0xFF2E7D32)).isEqualTo(1);
	}

	@Test
	void aRowRepeatedBelowItCountsAsOftenAsItIsRepeated() {
		// Rows of three pixels: A A B five times, then C C C once. Counted once, B (1) would come after C (3).
		int a = 0xFFFFFF;
		int b = 0x2E7D32;
		int c = 0xC62828;
		int[] pixels = IntStream.range(0, 18).map(i -> i >= 15 ? c : i % 3 == 2 ? b : a).toArray();
		assertThat(PngPalette.of(pixels, 3).orElseThrow().colours()).containsExactly(a, b, c);
		assertThat(PngPalette.of(pixels).orElseThrow().colours()).as("as one row").containsExactly(a, b, c);
	}

	@Test
	void theMostUsedAreKeptThenTheFarthestAndTheRestTakeTheirNearest() {
		// 192 greys in 100 pixels each; 69 colours one step off the first 69 greys, two pixels each; one
		// red pixel: 262 colours.
		int[] pixels = new int[192 * 100 + 69 * 2 + 1];
		for (int i = 0; i < 192 * 100; i++) {
			pixels[i] = grey(i / 100);
		}
		for (int i = 0; i < 69 * 2; i++) {
			pixels[192 * 100 + i] = grey(i / 2) + 1;
		}
		pixels[pixels.length - 1] = 0xFF0000;
		PngPalette palette = PngPalette.of(pixels).orElseThrow();
		assertThat(palette.colours()).hasSize(256).contains(IntStream.range(0, 192).map(PngPaletteTests::grey).toArray());
		// The least used, but the farthest from every grey.
		assertThat(palette.colours()).contains(0xFF0000);
		int[] shown = IntStream.range(0, 69).map(i -> palette.colours()[palette.place(grey(i) + 1)]).toArray();
		// 63 of them find a place; the other six are shown as their grey, one step off.
		assertThat(IntStream.range(0, 69).filter(i -> shown[i] == grey(i) + 1).count()).isEqualTo(63);
		assertThat(IntStream.range(0, 69).filter(i -> shown[i] == grey(i)).count()).isEqualTo(6);
	}

	@Test
	void noPaletteWhenMoreThanOnePixelInAHundredWouldChange() {
		// 192 greys in 50 pixels each, then colours of a pixel each: 64 find a place, the rest change.
		assertThat(PngPalette.of(greysAndSingles(161))).as("97 of 9,761 pixels change").isPresent();
		assertThat(PngPalette.of(greysAndSingles(162))).as("98 of 9,762 pixels change").isEmpty();
	}

	private static int[] greysAndSingles(int singles) {
		int[] pixels = new int[192 * 50 + singles];
		for (int i = 0; i < 192 * 50; i++) {
			pixels[i] = grey(i / 50);
		}
		for (int i = 0; i < singles; i++) {
			pixels[192 * 50 + i] = 0x010000 * (i + 1);
		}
		return pixels;
	}
}
