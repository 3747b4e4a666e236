package th.itabatch.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates typed as text in BE or CE: "15 มิ.ย. 2564", "15 มิถุนายน ๒๕๖๔", "15/06/2564", "15/6/64",
 * "2021-06-15", "2021/06/15".
 */
public final class ThaiDates {

	private static final Pattern DAY_MONTH_NAME = Pattern.compile("^(\\d{1,2})\\s*(.+)$");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$");

	/** "2021-06-15", and "2021/06/15" as some systems export it. */
	private static final Pattern ISO = Pattern.compile("^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})$");

	private ThaiDates() {
	}

	/** The date the whole text states (the CE calendar date), or empty if it is not a date. */
	public static Optional<LocalDate> parse(String text) {
		String s = ThaiDigits.toArabic(ThaiText.clean(text));
		if (s.startsWith("วันที่")) {
			s = s.substring("วันที่".length()).trim();
		}
		try {
			Matcher iso = ISO.matcher(s);
			if (iso.matches()) {
				int year = ThaiCalendar.yearToBE(Integer.parseInt(iso.group(1))) - ThaiCalendar.BE_OFFSET;
				return Optional.of(LocalDate.of(year, Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4))));
			}
			Matcher numeric = DAY_MONTH_YEAR.matcher(s);
			if (numeric.matches()) {
				String y = numeric.group(3);
				int yearBE = y.length() == 2 ? 2500 + Integer.parseInt(y) : ThaiCalendar.yearToBE(Integer.parseInt(y));
				return Optional.of(LocalDate.of(yearBE - ThaiCalendar.BE_OFFSET, Integer.parseInt(numeric.group(2)),
						Integer.parseInt(numeric.group(1))));
			}
			Matcher named = DAY_MONTH_NAME.matcher(s);
			if (named.matches()) {
				Optional<MonthYear> monthYear = ThaiMonths.parse(named.group(2));
				if (monthYear.isPresent() && monthYear.get().yearBE() != null) {
					return Optional.of(monthYear.get().yearMonth().orElseThrow().atDay(Integer.parseInt(named.group(1))));
				}
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}
}
