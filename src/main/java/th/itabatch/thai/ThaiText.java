package th.itabatch.thai;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises text typed by people so that headers and labels can be compared: Thai digits become
 * Arabic, invisible and non-breaking spaces become spaces, runs of spaces and line breaks collapse,
 * case is ignored, and a trailing unit such as "(ร้อยละ)" or "(%)" is dropped.
 */
public final class ThaiText {

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

	private static final Pattern TRAILING_UNIT = Pattern
		.compile("\\s*[(\\[（]\\s*(ร้อยละ|%|คะแนน|คน|บาท|percent|points?|persons?|baht|thb)\\s*[)\\]）]\\s*$");

	private ThaiText() {
	}

	/** Trims and collapses white space, keeping case and digits as typed. */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String visible = INVISIBLE.matcher(text).replaceAll("");
		return SPACES.matcher(visible).replaceAll(" ").trim();
	}

	/** The comparison key of a header or label: cleaned, Arabic digits, lower case, no trailing unit. */
	public static String key(String text) {
		String cleaned = ThaiDigits.toArabic(clean(text)).toLowerCase(Locale.ROOT);
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
