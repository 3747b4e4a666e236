package th.itabatch.survey;

import java.util.Arrays;

/**
 * The fingerprints of the rows of an export seen so far, to tell a duplicate submission (the same
 * time and answers twice). An open-addressing set of longs: eight bytes a row, no boxing. It lives
 * as long as one step execution; a restart rebuilds it from the rows before the restart point.
 */
public class DuplicateTracker {

	private long[] slots = new long[1 << 14];

	private boolean zeroSeen;

	private int size;

	public void clear() {
		Arrays.fill(slots, 0L);
		zeroSeen = false;
		size = 0;
	}

	/**
	 * Adds an export's row's fingerprint; false when that export had it already. Kept apart by export:
	 * a chunk holding one export's last rows and the next one's first was cleared for the second before
	 * the first's were added, and the same response in two exports was taken for a duplicate of the
	 * second, its only respondent dropped.
	 */
	public boolean add(long exportId, long fingerprint) {
		return add(fingerprint + (exportId + 1) * 0x9E3779B97F4A7C15L);
	}

	private boolean add(long fingerprint) {
		if (fingerprint == 0) {
			boolean first = !zeroSeen;
			zeroSeen = true;
			return first;
		}
		if (size * 2 >= slots.length) {
			grow();
		}
		int mask = slots.length - 1;
		int i = (int) (mix(fingerprint) & mask);
		while (slots[i] != 0) {
			if (slots[i] == fingerprint) {
				return false;
			}
			i = (i + 1) & mask;
		}
		slots[i] = fingerprint;
		size++;
		return true;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		size = 0;
		for (long value : old) {
			if (value != 0) {
				add(value);
			}
		}
	}

	private static long mix(long value) {
		long h = value * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}
}
