package th.itabatch.thai;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normalisation of text typed or pasted by people (from Word, LINE, PDFs, web pages), so
 * that headers, labels, names and answers compare equal however they were entered.
 * {@link #clean} keeps the text as the person wrote it, only tidier: Unicode NFC, decomposed Thai
 * SARA AM composed, invisible characters (zero-width spaces, soft hyphens, BOM, NUL) removed,
 * non-breaking and other spaces and line breaks collapsed to one space. {@link #key} is what
 * matching compares: the cleaned text with Thai digits as Arabic, curly quotes straight, every kind
 * of dash as "-", lower case, and a trailing unit such as "(ร้อยละ)" or "(%)" dropped.
 */
public final class ThaiText {

	// Each set once, as characters for the quick checks and as a pattern for the replacement. NUL
	// too: nobody types it, an .xls or an .xlsx's _x0000_ can carry it, and PostgreSQL's text refuses it.
	private static final String INVISIBLE_CHARS = "\u0000\u200B\u200C\u200D\u2060\uFEFF\u00AD";

	/** White space other than the plain space: {@code \\s} without it, and the wide and non-breaking spaces. */
	private static final String OTHER_SPACE_CHARS = "\t\n\u000B\f\r\u00A0\u2007\u202F\u3000";

	private static final String DOUBLE_QUOTE_CHARS = "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02";

	private static final String SINGLE_QUOTE_CHARS = "\u2018\u2019\u201A\u201B\u2032\u0060\u00B4";

	private static final String DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

	private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARS + "]");

	private static final Pattern SPACES = Pattern.compile("[ " + OTHER_SPACE_CHARS + "]+");

	private static final Pattern DOUBLE_QUOTES = Pattern.compile("[" + DOUBLE_QUOTE_CHARS + "]");

	private static final Pattern SINGLE_QUOTES = Pattern.compile("[" + SINGLE_QUOTE_CHARS + "]");

	private static final Pattern DASHES = Pattern.compile("[" + DASH_CHARS + "]");

	/**
	 * Keys made before, by text: every workbook of a kind has the same headers and labels, and each
	 * is compared with every alias of every column, so the same few hundred texts are keyed over and
	 * over (a third of the ingest's time at a thousand workbooks before this was kept).
	 */
	private static final KeptAnswers<String, String> KEYS = KeptAnswers.ofTexts(8192);

	/** NIKHAHIT followed by SARA AA: how some keyboards and PDFs write SARA AM (ำ); SARA E twice is SARA AE (แ) alike. */
	private static final Pattern DECOMPOSED_SARA_AM = Pattern.compile("\\u0E4D\\u0E32");

	private static final Pattern TRAILING_UNIT = Pattern
		.compile("\\s*[(\\[（]\\s*(ร้อยละ|%|คะแนน|คน|บาท|percent|points?|persons?|baht|thb)\\s*[)\\]）]\\s*$");

	private ThaiText() {
	}

	/** True for a character of the Thai script: a letter, a vowel or tone mark, or a Thai digit. */
	public static boolean isThai(char c) {
		return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI;
	}

	/** Trims and collapses white space, keeping case, digits, quotes and dashes as typed. */
	public static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		if (isClean(composed)) {
			// Most cells are already tidy: one pass over the characters instead of three regex replacements.
			return composed;
		}
		// SARA E typed twice for SARA AE ("ดำเนินการเเล้ว"), as many do: it looks the same, and a trial's
		// status so typed was refused as unknown beside the word it looked like.
		String visible = INVISIBLE.matcher(DECOMPOSED_SARA_AM.matcher(composed).replaceAll("\u0E33")).replaceAll("")
			.replace("\u0E40\u0E40", "\u0E41");
		return SPACES.matcher(visible).replaceAll(" ").trim();
	}

	/** The comparison key of a header, label, name or answer. */
	public static String key(String text) {
		return KEYS.get(text, ThaiText::keyOf);
	}

	private static String keyOf(String text) {
		String cleaned = ThaiDigits.toArabic(clean(text));
		// Each replacement only where its characters occur: keys are made for every cell of every header and label.
		if (containsAny(cleaned, DOUBLE_QUOTE_CHARS)) {
			cleaned = DOUBLE_QUOTES.matcher(cleaned).replaceAll("\"");
		}
		if (containsAny(cleaned, SINGLE_QUOTE_CHARS)) {
			cleaned = SINGLE_QUOTES.matcher(cleaned).replaceAll("'");
		}
		if (containsAny(cleaned, DASH_CHARS)) {
			cleaned = DASHES.matcher(cleaned).replaceAll("-");
		}
		cleaned = cleaned.toLowerCase(Locale.ROOT);
		if (!endsWithBracket(cleaned)) {
			return cleaned.trim();
		}
		String previous;
		do {
			previous = cleaned;
			cleaned = TRAILING_UNIT.matcher(cleaned).replaceAll("");
		}
		while (!cleaned.equals(previous));
		return cleaned.trim();
	}

	/** True when {@link #clean} would leave the text as it is: no invisible characters, no decomposed SARA AM, single inner spaces. */
	private static boolean isClean(String text) {
		int last = text.length() - 1;
		if (text.charAt(0) <= ' ' || text.charAt(last) <= ' ') {
			return false; // trim() would take it
		}
		for (int i = 0; i <= last; i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (text.charAt(i + 1) == ' ') {
					return false;
				}
			}
			else if (c == '\u0E4D' || INVISIBLE_CHARS.indexOf(c) >= 0 || OTHER_SPACE_CHARS.indexOf(c) >= 0
					|| c == '\u0E40' && i < last && text.charAt(i + 1) == '\u0E40') {
				return false;
			}
		}
		return true;
	}

	private static boolean containsAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** True when the last character that is not a space closes a bracket, as a trailing unit does. */
	private static boolean endsWithBracket(String text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c)) {
				return c == ')' || c == ']' || c == '\uFF09';
			}
		}
		return false;
	}

	/** The key with every space removed, for names where people's spacing differs. */
	public static String compactKey(String text) {
		return key(text).replace(" ", "");
	}

	/** True when the text is empty after cleaning. */
	public static boolean isBlank(String text) {
		return clean(text).isEmpty();
	}

	/** Levenshtein distance over code points, for the closest names a message offers. */
	public static int distance(String a, String b) {
		int[] left = a.codePoints().toArray();
		int[] right = b.codePoints().toArray();
		int[] previous = new int[right.length + 1];
		int[] current = new int[right.length + 1];
		for (int j = 0; j <= right.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= left.length; i++) {
			current[0] = i;
			for (int j = 1; j <= right.length; j++) {
				int cost = left[i - 1] == right[j - 1] ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[right.length];
	}

	/**
	 * The known name nearest the one wanted, at most {@code most} letters off (the nearest first met on a
	 * tie): the "did you mean" of a message about a name typed.
	 */
	public static Optional<String> nearest(String wanted, java.util.Collection<String> known, int most) {
		String best = null;
		int bestDistance = most + 1;
		for (String candidate : known) {
			int d = distance(wanted, candidate);
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Of candidates, each with the keys it is known by, the one whose key {@code wanted} is a letter or
	 * two off (one in six, marks counted), the nearest; none where two are as near, nor for keys shorter
	 * than {@code shortest} ("กข." is as near to "กค." as to "กจ."): what a misspelt name most likely is.
	 */
	public static <T> Optional<T> uniquelyNearest(String wanted, Map<T, List<String>> keys,
			int shortest) {
		if (wanted.length() < shortest) {
			return Optional.empty();
		}
		int most = Math.max(1, wanted.length() / 6);
		int nearest = most + 1;
		Set<T> at = new LinkedHashSet<>();
		for (Map.Entry<T, List<String>> candidate : keys.entrySet()) {
			for (String known : candidate.getValue()) {
				// The distance is at least the lengths' difference: most keys are passed over unmeasured.
				if (known.length() < shortest || Math.abs(known.length() - wanted.length()) > most) {
					continue;
				}
				int d = distance(wanted, known);
				if (d > most) {
					continue;
				}
				if (d < nearest) {
					nearest = d;
					at.clear();
				}
				if (d == nearest) {
					at.add(candidate.getKey());
				}
			}
		}
		return at.size() == 1 ? Optional.of(at.iterator().next()) : Optional.empty();
	}
}
