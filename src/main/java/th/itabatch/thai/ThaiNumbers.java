package th.itabatch.thai;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers typed as text: Thai digits ("๙๗.๑๑"), thousands separators ("1,250"), a trailing
 * percent sign ("97.11%") or a leading "ร้อยละ", and the word for what is counted after it ("97.11
 * คะแนน", "120 คน").
 */
public final class ThaiNumbers {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

	/** What a number counts, typed after it as people write it in a cell: points, persons. */
	private static final Pattern COUNTED = Pattern.compile("\\s*(คะแนน|คน|ราย|ท่าน|points?|pts\\.?|persons?)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

	private ThaiNumbers() {
	}

	/**
	 * A parsed number, with whether it was written as a percent.
	 *
	 * @param value the number as written (97.11 for "97.11%")
	 * @param percent whether a percent sign or "ร้อยละ" came with it
	 */
	public record ParsedNumber(BigDecimal value, boolean percent) {
	}

	/** The number the whole text states, or empty if it is not one. */
	public static Optional<ParsedNumber> parse(String text) {
		String s = ThaiDigits.toArabic(ThaiText.clean(text)).replace('\u2212', '-').replace('\u2013', '-');
		boolean percent = false;
		s = COUNTED.matcher(s).replaceFirst("");
		if (s.startsWith("ร้อยละ")) {
			s = s.substring("ร้อยละ".length()).trim();
			percent = true;
		}
		if (s.endsWith("%")) {
			s = s.substring(0, s.length() - 1).trim();
			percent = true;
		}
		s = s.replace(" ", "");
		if (GROUPED.matcher(s).matches()) {
			s = s.replace(",", "");
		}
		if (!NUMBER.matcher(s).matches()) {
			return Optional.empty();
		}
		return Optional.of(new ParsedNumber(new BigDecimal(s), percent));
	}
}
