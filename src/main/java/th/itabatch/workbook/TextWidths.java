package th.itabatch.workbook;

/**
 * How wide a text prints in TH Sarabun New, the templates' font, and how wide a column is. The
 * widths are the advances of Laksaman, TLWG's version of the same design that LibreOffice prints
 * TH Sarabun New with where it is not installed (the README's PDF section); Thai vowel and tone
 * marks sit on their letter and take none. Counting letters instead, at an average width, made a
 * narrative of Thai digits and spaces (a digit is twice as wide as a space) a line short or a line
 * long (a trial).
 */
public final class TextWidths {

	/** Thousandths of an em of the printable ASCII characters, from the space on. */
	private static final short[] ASCII = { 324, 221, 312, 606, 543, 879, 636, 180, 285, 285, 428, 618, 243, 324, 243, 406,
			544, 544, 544, 544, 544, 544, 544, 544, 544, 544, 243, 243, 618, 618, 618, 425,
			806, 601, 568, 610, 648, 527, 527, 639, 663, 221, 397, 565, 530, 824, 663, 731,
			568, 732, 570, 529, 570, 700, 586, 884, 628, 550, 637, 294, 394, 294, 619, 529,
			306, 517, 603, 497, 603, 562, 309, 467, 586, 215, 233, 475, 300, 904, 586, 598,
			603, 603, 326, 424, 357, 586, 512, 762, 478, 506, 482, 312, 230, 312, 625 };

	/** Thousandths of an em of the Thai block, U+0E00 to U+0E5B; the marks above and below are 0. */
	private static final short[] THAI = { 0, 580, 568, 574, 591, 591, 613, 442, 552, 567, 568, 574, 780, 780, 639, 639,
			515, 693, 800, 816, 588, 588, 568, 646, 503, 631, 643, 643, 573, 573, 672, 672,
			639, 601, 564, 484, 568, 573, 639, 503, 591, 658, 573, 642, 682, 582, 559, 588,
			536, 0, 475, 475, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 618,
			305, 567, 356, 364, 367, 308, 600, 0, 0, 0, 0, 0, 0, 0, 0, 676,
			675, 675, 675, 675, 675, 675, 675, 675, 675, 675, 785, 1048 };

	/** Any other character (a dash, a tick): about a letter's width. */
	private static final int OTHER = 600;

	/** Bold letters are a few hundredths wider (Laksaman Bold: Thai 3 %, Latin 7 %). */
	private static final double BOLD = 1.05;

	/**
	 * A digit's width, in ems, of the fonts a workbook's default font may be: a column's width is
	 * counted in these. TH Sarabun New's digit is 0.544 em (a 94-unit summary is 818 points wide in
	 * LibreOffice at 16 points); Calibri's, the default of a workbook POI makes, about 0.5.
	 */
	private static final double SARABUN_DIGIT = 0.544;

	private static final double CALIBRI_DIGIT = 0.5;

	/** DejaVu Sans's digit (1303 of 2048 units). */
	private static final double DEJAVU_DIGIT = 0.636;

	/** Arial's and Liberation Sans's digit (1139 of 2048 units). */
	private static final double ARIAL_DIGIT = 0.556;

	private TextWidths() {
	}

	/** The text's width in points, set in the given size. */
	public static double points(String text, double size, boolean bold) {
		long thousandths = 0;
		for (int i = 0; i < text.length(); i++) {
			thousandths += thousandths(text.charAt(i));
		}
		return thousandths / 1000.0 * size * (bold ? BOLD : 1);
	}

	private static int thousandths(char c) {
		if (c >= 0x20 && c < 0x20 + ASCII.length) {
			return ASCII[c - 0x20];
		}
		if (c >= 0x0E00 && c < 0x0E00 + THAI.length) {
			return THAI[c - 0x0E00];
		}
		if (c == '\u200B' || c == '\n' || c == '\r') {
			return 0;
		}
		return c == '\u00A0' ? ASCII[0] : OTHER;
	}

	/**
	 * Points a unit of column width prints at: a digit of the workbook's default font, as LibreOffice
	 * counts it (Excel rounds it to whole pixels, a little wider).
	 */
	public static double pointsPerWidthUnit(String defaultFont, double defaultSize) {
		String font = defaultFont == null ? "" : defaultFont;
		double digit;
		if (font.startsWith("TH Sarabun") || font.equals("Laksaman")) {
			digit = SARABUN_DIGIT;
		}
		else if (font.startsWith("DejaVu Sans")) {
			// LibreOffice's default on Linux, which a template saved there takes as the workbook's: counted
			// as Calibri, its columns were a fifth too narrow and the activities' rows a third too tall (a trial).
			digit = DEJAVU_DIGIT;
		}
		else if (font.startsWith("Liberation Sans") || font.equals("Arial")) {
			digit = ARIAL_DIGIT;
		}
		else {
			digit = CALIBRI_DIGIT;
		}
		return digit * defaultSize;
	}
}
