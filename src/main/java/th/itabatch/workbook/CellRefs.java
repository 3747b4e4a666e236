package th.itabatch.workbook;

/** A1-style cell references, the one way the application writes and reads them. */
public final class CellRefs {

	private CellRefs() {
	}

	/** "C7" for the 0-based row 6 and column 2. */
	public static String of(int row, int column) {
		return letters(column) + (row + 1);
	}

	/** "C" for the 0-based column 2. */
	public static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		int c = column + 1;
		while (c > 0) {
			int rem = (c - 1) % 26;
			letters.insert(0, (char) ('A' + rem));
			c = (c - 1) / 26;
		}
		return letters.toString();
	}

	/** The 0-based column of an A1 reference ("AB12" gives 27), reading only its letters. */
	public static int column(CharSequence reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
		}
		return column - 1;
	}

	/** The 0-based row of an A1 reference ("AB12" gives 11), from its digits; -1 where it has none. */
	public static int row(CharSequence reference) {
		int row = 0;
		boolean digits = false;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= '0' && c <= '9') {
				row = row * 10 + (c - '0');
				digits = true;
			}
		}
		return digits ? row - 1 : -1;
	}
}
