package th.itabatch.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 256 colours or fewer a PNG's palette holds for an image drawn in a few colours: each pixel is
 * then one byte (its colour's place in the palette), a third of the bytes to deflate and to store.
 * <p>
 * A chart is drawn in a handful of colours, but smoothing the edges of its bars and letters blends
 * them: the brief's chart has 880–960 colours, of which all but the 256 most used cover 0.3–0.6 % of
 * its pixels, on the letters' edges. The palette holds the 192 most used and the 64 others that
 * lie farthest from them; a colour left out takes its nearest, which the eye does not tell from the
 * blend on a letter's edge. An image where more than {@value #MOST_CHANGED_PER_THOUSAND} pixels in a
 * thousand would change (a photograph, noise) has no palette.
 */
final class PngPalette {

	/** A palette's colours at most. */
	static final int SIZE = 256;

	/** The places given to the most used colours; the rest go to those farthest from them. */
	static final int MOST_USED = 192;

	/** Pixels in a thousand that may take a nearest colour rather than their own. */
	static final int MOST_CHANGED_PER_THOUSAND = 10;

	/** Colours counted at most: more than that and the image is no chart. */
	private static final int MOST_COLOURS = 4096;

	private static final int EMPTY = -1;

	/** Colours (0xRRGGBB) by their slot in an open-addressing table; {@link #EMPTY} where none. */
	private final int[] keys;

	/** Each slot's place in the palette. */
	private final byte[] places;

	/** The palette's colours, 0xRRGGBB, most used first. */
	private final int[] colours;

	private PngPalette(int[] keys, byte[] places, int[] colours) {
		this.keys = keys;
		this.places = places;
		this.colours = colours;
	}

	/** The palette of pixels (0xRRGGBB in their low 24 bits), or empty when they need their own colours. */
	static Optional<PngPalette> of(int[] pixels) {
		return of(pixels, Math.max(1, pixels.length));
	}

	/** The palette of an image's pixels, rows of {@code width} one after another; see {@link #of(int[])}. */
	static Optional<PngPalette> of(int[] pixels, int width) {
		int[] keys = new int[MOST_COLOURS * 2];
		Arrays.fill(keys, EMPTY);
		int[] counts = new int[keys.length];
		int distinct = 0;
		// Runs of a colour, each looked up once, and a row repeated below it (a bar's, the white
		// between the lines) counted once with its repeats: most of a chart is both.
		int height = pixels.length / width;
		for (int y = 0; y < height;) {
			int from = y * width;
			int repeats = 1;
			while (y + repeats < height && sameRow(pixels, from, (y + repeats) * width, width)) {
				repeats++;
			}
			for (int i = from, end = from + width; i < end;) {
				int runEnd = runEnd(pixels, i, end);
				int colour = pixels[i] & 0xFFFFFF;
				int s = slot(keys, colour);
				if (keys[s] == EMPTY) {
					if (++distinct > MOST_COLOURS) {
						return Optional.empty();
					}
					keys[s] = colour;
				}
				counts[s] += (runEnd - i) * repeats;
				i = runEnd;
			}
			y += repeats;
		}
		int[] slots = byUse(keys, counts, distinct);
		int size = Math.min(SIZE, distinct);
		int[] nearest = chooseFarthest(slots, keys, size);
		long changed = 0;
		for (int i = size; i < distinct; i++) {
			changed += counts[slots[i]];
		}
		if (changed * 1000 > (long) pixels.length * MOST_CHANGED_PER_THOUSAND) {
			return Optional.empty();
		}
		int[] colours = new int[size];
		byte[] places = new byte[keys.length];
		for (int i = 0; i < size; i++) {
			colours[i] = keys[slots[i]];
			places[slots[i]] = (byte) i;
		}
		for (int i = size; i < distinct; i++) {
			places[slots[i]] = (byte) nearest[i];
		}
		return Optional.of(new PngPalette(keys, places, colours));
	}

	/** The slots that hold a colour, the most used colour's first. */
	private static int[] byUse(int[] keys, int[] counts, int distinct) {
		Integer[] used = new Integer[distinct];
		for (int s = 0, n = 0; s < keys.length; s++) {
			if (keys[s] != EMPTY) {
				used[n++] = s;
			}
		}
		Arrays.sort(used, (a, b) -> Integer.compare(counts[b], counts[a]));
		return Arrays.stream(used).mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Orders the slots so that the first {@code size} hold the palette: the {@value #MOST_USED} most used
	 * colours, then each time the colour farthest from those chosen. The most used are blends of the
	 * bars' colours with the white; without the farthest, a letter's grey edge took a grey 24 steps off.
	 * Returns, for each slot after the palette's, the place of its nearest colour in the palette.
	 */
	private static int[] chooseFarthest(int[] slots, int[] keys, int size) {
		int common = Math.min(size, MOST_USED);
		// Each candidate's squared distance to the nearest colour chosen so far, and that colour's place.
		int[] gap = new int[slots.length];
		int[] nearest = new int[slots.length];
		for (int i = common; i < slots.length; i++) {
			gap[i] = Integer.MAX_VALUE;
			for (int c = 0; c < common; c++) {
				closer(gap, nearest, i, distance(keys[slots[i]], keys[slots[c]]), c);
			}
		}
		for (int chosen = common; chosen < size; chosen++) {
			int farthest = chosen;
			for (int i = chosen + 1; i < slots.length; i++) {
				if (gap[i] > gap[farthest]) {
					farthest = i;
				}
			}
			swap(slots, chosen, farthest);
			swap(gap, chosen, farthest);
			swap(nearest, chosen, farthest);
			for (int i = chosen + 1; i < slots.length; i++) {
				closer(gap, nearest, i, distance(keys[slots[i]], keys[slots[chosen]]), chosen);
			}
		}
		return nearest;
	}

	private static void closer(int[] gap, int[] nearest, int i, int distance, int place) {
		if (distance < gap[i]) {
			gap[i] = distance;
			nearest[i] = place;
		}
	}

	/** Whether the row of {@code width} pixels at {@code other} repeats the one at {@code from}. */
	static boolean sameRow(int[] pixels, int from, int other, int width) {
		return Arrays.equals(pixels, from, from + width, pixels, other, other + width);
	}

	/** Where the run of the pixel at {@code from} ends: the first pixel before {@code end} unlike it, or the end. */
	static int runEnd(int[] pixels, int from, int end) {
		// Each pixel against the one before it: the JDK compares many at a time.
		int unlike = Arrays.mismatch(pixels, from + 1, end, pixels, from, end - 1);
		return unlike < 0 ? end : from + 1 + unlike;
	}

	/** The palette's colours, 0xRRGGBB. */
	int[] colours() {
		return colours.clone();
	}

	/** A colour's place in the palette: its own, or its nearest's. The colour must be one of the image's. */
	int place(int colour) {
		return places[slot(keys, colour & 0xFFFFFF)] & 0xFF;
	}

	/** The slot that holds the colour, or the empty one where it would go. */
	private static int slot(int[] keys, int colour) {
		int mask = keys.length - 1;
		// Fibonacci hashing: neighbouring colours (a blend's steps) land far apart.
		int s = (colour * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask) & mask;
		while (keys[s] != EMPTY && keys[s] != colour) {
			s = (s + 1) & mask;
		}
		return s;
	}

	/** The squared distance of two colours, channel by channel. */
	private static int distance(int a, int b) {
		int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
		int dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
		int db = (a & 0xFF) - (b & 0xFF);
		return dr * dr + dg * dg + db * db;
	}

	private static void swap(int[] values, int i, int j) {
		int value = values[i];
		values[i] = values[j];
		values[j] = value;
	}
}
