package th.itabatch.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiText;

/**
 * Reads the numbering people put before an activity: "1.", "๑.", "(1)", "1)", "กิจกรรมที่ 1", and
 * a sub-activity's "1.1", "๒.๓.".
 */
final class ActivityNumbering {

	private static final Pattern NUMBERED = Pattern
		.compile("^(?:กิจกรรมที่|กิจกรรม|ที่|activity|no\\.?)?\\s*[(\\[]?\\s*(\\d{1,4})\\s*(?:[).\\]:]\\s*|\\s+|$)(.*)$",
				Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A sub-activity's number, "1.1" or "2.3.1", then a space, a bracket or the end. */
	private static final Pattern SUB_NUMBERED = Pattern
		.compile("^(?:กิจกรรมที่|กิจกรรม|ที่)?\\s*(\\d{1,3}(?:\\.\\d{1,3}){1,2})\\.?(?:\\s+|\\)\\s*|$)(.*)$", Pattern.DOTALL);

	private ActivityNumbering() {
	}

	/**
	 * A number and the text after it.
	 *
	 * @param number the number, or {@code null} when the text has none or a sub-activity's
	 * @param text the text without the numbering, in its original digits
	 * @param label the numbering as written, in Arabic digits ("3", "1.2"), or {@code null}
	 */
	record Numbered(Integer number, String text, String label) {

		Numbered(Integer number, String text) {
			this(number, text, number == null ? null : number.toString());
		}

		/** A sub-activity's ("1.2"): its number is under another's. */
		boolean isSub() {
			return label != null && label.contains(".");
		}
	}

	static Numbered parse(String written) {
		String cleaned = ThaiText.clean(written);
		String arabic = ThaiDigits.toArabic(cleaned);
		Matcher sub = SUB_NUMBERED.matcher(arabic);
		if (sub.matches()) {
			return new Numbered(null, cleaned.substring(sub.start(2)).trim(), sub.group(1));
		}
		// Thai and Arabic digits have the same length, so positions carry over to the original text.
		Matcher matcher = NUMBERED.matcher(arabic);
		if (matcher.matches() && (matcher.group(2).isEmpty() || hasSeparator(cleaned, matcher))) {
			return new Numbered(Integer.parseInt(matcher.group(1)), cleaned.substring(matcher.start(2)).trim());
		}
		return new Numbered(null, cleaned);
	}

	/** A bare numbering such as "1", "๑", "1.", "(1)", "1.2": its label. */
	static Optional<Numbered> bare(String written) {
		Numbered numbered = parse(written);
		return numbered.label() != null && numbered.text().isEmpty() ? Optional.of(numbered) : Optional.empty();
	}

	/** A bare number such as "1", "๑", "1.", "(1)"; a sub-activity's "1.2" has none. */
	static Optional<Integer> bareNumber(String written) {
		return bare(written).map(Numbered::number);
	}

	// "1. จัดกิจกรรม" and "(1) จัด…" are numbered; "5 ส. ในสำนักงาน" only when a bracket or dot follows.
	private static boolean hasSeparator(String cleaned, Matcher matcher) {
		String between = cleaned.substring(matcher.end(1), matcher.start(2));
		String before = cleaned.substring(0, matcher.start(1));
		return between.contains(".") || between.contains(")") || between.contains("]") || between.contains(":")
				|| before.contains("(") || !before.isBlank();
	}
}
