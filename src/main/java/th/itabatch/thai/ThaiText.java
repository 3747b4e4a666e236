package th.itabatch.thai;

import java.text.Normalizer;
import java.util.Locale;
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

	// NUL too: nobody types it, an .xls or an .xlsx's _x0000_ can carry it, and PostgreSQL's text refuses it.
	private static final Pattern INVISIBLE = Pattern.compile("[\\u0000\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

	private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB\\uFF02]");

	private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u0060\\u00B4]");

	private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

	/** NIKHAHIT followed by SARA AA: how some keyboards and PDFs write SARA AM (ำ). */
	private static final Pattern DECOMPOSED_SARA_AM = Pattern.compile("\\u0E4D\\u0E32");

	private static final Pattern TRAILING_UNIT = Pattern
		.compile("\\s*[(\\[（]\\s*(ร้อยละ|%|คะแนน|คน|บาท|percent|points?|persons?|baht|thb)\\s*[)\\]）]\\s*$");

	private ThaiText() {
	}

	/** Trims and collapses white space, keeping case, digits, quotes and dashes as typed. */
	public static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		String visible = INVISIBLE.matcher(DECOMPOSED_SARA_AM.matcher(composed).replaceAll("\u0E33")).replaceAll("");
		return SPACES.matcher(visible).replaceAll(" ").trim();
	}

	/** The comparison key of a header, label, name or answer. */
	public static String key(String text) {
		String cleaned = ThaiDigits.toArabic(clean(text));
		cleaned = DOUBLE_QUOTES.matcher(cleaned).replaceAll("\"");
		cleaned = SINGLE_QUOTES.matcher(cleaned).replaceAll("'");
		cleaned = DASHES.matcher(cleaned).replaceAll("-").toLowerCase(Locale.ROOT);
		String previous;
		do {
			previous = cleaned;
			cleaned = TRAILING_UNIT.matcher(cleaned).replaceAll("");
		}
		while (!cleaned.equals(previous));
		return cleaned.trim();
	}

	/** The key with every space removed, for names where people's spacing differs. */
	public static String compactKey(String text) {
		return key(text).replace(" ", "");
	}

	/** True when the text is empty after cleaning. */
	public static boolean isBlank(String text) {
		return clean(text).isEmpty();
	}
}
