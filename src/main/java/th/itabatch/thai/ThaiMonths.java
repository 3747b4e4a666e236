package th.itabatch.thai;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a month as people type it in Thai workbooks: "มิ.ย.", "มิย", "มิ.ย.64", "มิ.ย. 2564", "มิถุนายน",
 * "เดือนมิถุนายน ๒๕๖๔", "มิถุนา", and English "Jun" / "June 2021".
 */
public final class ThaiMonths {

	// Abbreviations with each dot optional: "มิ.ย." "มิ.ย" "มิย" "มิ. ย.".
	private static final String[] THAI_ABBREVIATED = { "ม\\.?\\s?ค", "ก\\.?\\s?พ", "มี\\.?\\s?ค", "เม\\.?\\s?ย",
			"พ\\.?\\s?ค", "มิ\\.?\\s?ย", "ก\\.?\\s?ค", "ส\\.?\\s?ค", "ก\\.?\\s?ย", "ต\\.?\\s?ค", "พ\\.?\\s?ย",
			"ธ\\.?\\s?ค" };

	// Spoken short forms: the full name without its ending.
	private static final String[] THAI_SHORT = { "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา",
			"สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา" };

	// Numeric forms for yearMonth(): "2564-06", "06/2564".
	/** Texts read as months: the header search asks every candidate cell of every plan, the same few in each. */
	private static final KeptAnswers<String, Optional<MonthYear>> PARSED = KeptAnswers.ofTexts(4096);

	private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})$");

	private static final Pattern MONTH_YEAR = Pattern.compile("^(\\d{1,2})[-/.](\\d{4})$");

	private static final Pattern WHOLE;

	static {
		List<String> alternatives = new ArrayList<>();
		for (Month month : Month.values()) {
			int i = month.ordinal();
			String english = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			alternatives.add("(?<m" + i + ">" + Pattern.quote(ThaiCalendar.fullName(month)) + "|" + THAI_SHORT[i] + "|"
					+ THAI_ABBREVIATED[i] + "\\.?|" + english + "|" + english.substring(0, 3) + "\\.?)");
		}
		String year = "(?:[\\s\\-/']*(?<era>พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?)?\\s*'?(?<year>\\d{4}|\\d{2}))?";
		WHOLE = Pattern.compile("^(?:เดือน\\s*|month\\s*)?(?:" + String.join("|", alternatives) + ")" + year + "$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static final Pattern IN_TEXT;

	static {
		List<String> names = new ArrayList<>();
		for (Month month : Month.values()) {
			names.add(Pattern.quote(ThaiCalendar.fullName(month)));
			names.add(Pattern.quote(ThaiCalendar.abbreviation(month)));
		}
		// Only full names and dotted abbreviations: undotted ones ("มค") hide inside ordinary words.
		IN_TEXT = Pattern.compile("(" + String.join("|", names) + ")\\s*(?:พ\\.?\\s?ศ\\.?)?\\s*(\\d{4}|\\d{2})?");
	}

	private ThaiMonths() {
	}

	/** The first month with a year named inside a longer text ("ผลการดำเนินงาน ประจำเดือนมิถุนายน ๒๕๖๔"). */
	public static Optional<MonthYear> findInText(String text) {
		Matcher matcher = IN_TEXT.matcher(ThaiDigits.toArabic(ThaiText.clean(text)));
		while (matcher.find()) {
			if (matcher.group(2) != null) {
				return parse(matcher.group(1) + " " + matcher.group(2));
			}
		}
		return Optional.empty();
	}

	/** The month (and year, if written) that the whole text names; empty when it is not a month. */
	public static Optional<MonthYear> parse(String text) {
		return PARSED.get(text, ThaiMonths::read);
	}

	private static Optional<MonthYear> read(String text) {
		String cleaned = ThaiDigits.toArabic(ThaiText.clean(text));
		if (cleaned.isEmpty()) {
			return Optional.empty();
		}
		Matcher matcher = WHOLE.matcher(cleaned);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Month month = null;
		for (int i = 0; i < 12; i++) {
			if (matcher.group("m" + i) != null) {
				month = Month.of(i + 1);
				break;
			}
		}
		String yearText = matcher.group("year");
		Integer yearBE = null;
		if (yearText != null) {
			int year = Integer.parseInt(yearText);
			boolean english = Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) < 0x0E00;
			boolean christianEra = matcher.group("era") != null && matcher.group("era").startsWith("ค");
			if (yearText.length() == 2) {
				// Thai two-digit years are BE ("มิ.ย.64"); English ones CE ("Jun-21").
				yearBE = (english || christianEra) ? ThaiCalendar.toBE(2000 + year) : 2500 + year;
			}
			else {
				yearBE = christianEra ? ThaiCalendar.toBE(year) : ThaiCalendar.yearToBE(year);
			}
		}
		return Optional.of(new MonthYear(month, yearBE));
	}

	/**
	 * The month a person types on the command line or a form, year required, BE or CE: "2564-06",
	 * "2021-06", "06/2564", "มิ.ย. 2564", "มิถุนายน ๒๕๖๔".
	 *
	 * @throws IllegalArgumentException when the text names no month with a year
	 */
	public static YearMonth yearMonth(String text) {
		String value = ThaiDigits.toArabic(text.trim());
		Matcher ym = YEAR_MONTH.matcher(value);
		Matcher my = MONTH_YEAR.matcher(value);
		int year;
		int monthNumber;
		if (ym.matches()) {
			year = Integer.parseInt(ym.group(1));
			monthNumber = Integer.parseInt(ym.group(2));
		}
		else if (my.matches()) {
			year = Integer.parseInt(my.group(2));
			monthNumber = Integer.parseInt(my.group(1));
		}
		else {
			return parse(value).flatMap(MonthYear::yearMonth)
				.orElseThrow(() -> new IllegalArgumentException(
						"อ่านเดือน \"" + text + "\" ไม่ได้ (เช่น 2564-06 หรือ 2021-06) / cannot read the month \"" + text
								+ "\" (e.g. 2564-06 or 2021-06)"));
		}
		if (monthNumber < 1 || monthNumber > 12) {
			throw new IllegalArgumentException("ไม่มีเดือนที่ " + monthNumber + " ใน \"" + text + "\" / no month " + monthNumber
					+ " in \"" + text + "\"");
		}
		return YearMonth.of(ThaiCalendar.yearToBE(year) - ThaiCalendar.BE_OFFSET, monthNumber);
	}
}
