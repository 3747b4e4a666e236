package th.itabatch.workbook.stream;

/** Column letters and numbers: "C" is 2, 2 is "C". */
public final class Columns {

	private Columns() {
	}

	/** The 0-based column of an A1 reference ("AB12" gives 27), reading only its letters. */
	public static int of(CharSequence reference) {
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

	/** "C7" for column 2 of row 7. */
	public static String reference(int column, int row) {
		StringBuilder letters = new StringBuilder();
		int c = column + 1;
		while (c > 0) {
			int rem = (c - 1) % 26;
			letters.insert(0, (char) ('A' + rem));
			c = (c - 1) / 26;
		}
		return letters.append(row).toString();
	}
}
