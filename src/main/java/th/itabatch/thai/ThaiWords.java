package th.itabatch.thai;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where a Thai text may break between lines. Thai is written without spaces between words, and a
 * chart left to itself breaks a name anywhere ("ประสิทธิภ/าพการ"); the JDK's dictionary finds the
 * word boundaries.
 */
public final class ThaiWords {

	/** An invisible break opportunity that Excel, Word and LibreOffice honour. */
	public static final char ZERO_WIDTH_SPACE = '\u200B';

	/**
	 * The pieces of short texts already cut: the dictionary's break finding was 3 % of a thousand units'
	 * report threads, and most of what is cut is the same in every unit's report (the indicators' names in
	 * the Excel report and on the brief's chart; docs/benchmarks.md, the seventeenth pass).
	 */
	private static final KeptAnswers<String, List<String>> CUT = KeptAnswers.ofTexts(8192);

	private ThaiWords() {
	}

	/** The text cut where a line may break, each piece with the spaces that follow it ("การใช้", "ทรัพย์สิน", …). */
	public static List<String> pieces(String text) {
		return CUT.get(text, ThaiWords::cut);
	}

	private static List<String> cut(String text) {
		BreakIterator breaks = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
		breaks.setText(text);
		List<String> pieces = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			pieces.add(text.substring(start, end));
		}
		return List.copyOf(pieces);
	}

	/**
	 * The text broken into lines between words, each line as long as {@code fits} allows (a line of
	 * one word too long for it stands alone).
	 *
	 * @param fits whether a line, without its trailing spaces, fits the room there is
	 */
	public static List<String> lines(String text, Predicate<String> fits) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : pieces(text)) {
			if (line.length() > 0 && !fits.test(line + word.stripTrailing())) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString().strip());
		}
		return lines;
	}

	/** The text with a zero-width space wherever a line may break between two words not already spaced apart. */
	public static String breakable(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (String piece : pieces(text)) {
			if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
				out.append(ZERO_WIDTH_SPACE);
			}
			out.append(piece);
		}
		return out.toString();
	}
}
