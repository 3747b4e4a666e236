package th.itabatch.plan;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.thai.MonthYear;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiMonths;
import th.itabatch.thai.ThaiText;

/**
 * The months an activity runs as a plan types them in one column ("ระยะเวลาดำเนินการ"): "ต.ค. - ธ.ค. 67",
 * "มกราคม - มีนาคม 2568", "มิ.ย. 68", "ต.ค.-67", "ก.ค.-ก.ย. 68", "ต.ค., ม.ค., เม.ย.", "ไตรมาส 2",
 * "ตลอดปีงบประมาณ". A month without a year is the fiscal year's; a range's first month takes its year
 * from the last where only the last states one ({@link FiscalCalendar#startOfRange}), and a range
 * stating none runs on from its first month in the fiscal year.
 */
final class PeriodText {

	private static final Pattern PARTS = Pattern.compile("\\s*(?:,|;|\\n|และ)\\s*");

	private static final Pattern WHOLE_YEAR = Pattern.compile(
			"(?:ตลอด|ทั้ง)\\s*ปี(?:งบประมาณ)?(?:\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*(\\d{2}|\\d{4}))?|ทุกเดือน|(?:all|whole)\\s*year|year[-\\s]?round");

	private static final Pattern QUARTER = Pattern.compile("(?:ไตรมาส|quarter|q)\\s*(?:ที่)?\\s*([1-4])(?:\\s*[-–]\\s*([1-4]))?");

	private PeriodText() {
	}

	/**
	 * The months the text names, in order, for a plan of the fiscal year; empty when any part of it
	 * names no month that can be read. Months of another fiscal year are in it too, for the reader to say.
	 */
	static Set<YearMonth> months(String text, int fiscalYear) {
		Set<YearMonth> months = new TreeSet<>();
		String cleaned = ThaiDigits.toArabic(ThaiText.clean(text)).strip();
		Matcher whole = WHOLE_YEAR.matcher(cleaned.toLowerCase(java.util.Locale.ROOT));
		if (whole.matches()) {
			// "ตลอดปีงบประมาณ 2569" in a plan of 2568 is 2569's, said as outside the plan's year.
			int year = whole.group(1) == null ? fiscalYear
					: whole.group(1).length() == 2 ? 2500 + Integer.parseInt(whole.group(1))
							: ThaiCalendar.yearToBE(Integer.parseInt(whole.group(1)));
			add(months, FiscalCalendar.firstMonth(year), FiscalCalendar.lastMonth(year));
			return months;
		}
		for (String part : PARTS.split(cleaned)) {
			Optional<YearMonth[]> range = range(part.strip(), fiscalYear);
			if (range.isEmpty()) {
				return Set.of();
			}
			add(months, range.get()[0], range.get()[1]);
		}
		return months;
	}

	/** A part's first and last month: a quarter, a month ("ต.ค.-67" is one), or two months with a separator. */
	private static Optional<YearMonth[]> range(String part, int fiscalYear) {
		Matcher quarter = QUARTER.matcher(part.toLowerCase(java.util.Locale.ROOT));
		if (quarter.matches()) {
			int first = Integer.parseInt(quarter.group(1));
			int last = quarter.group(2) == null ? first : Integer.parseInt(quarter.group(2));
			YearMonth start = FiscalCalendar.firstMonth(fiscalYear).plusMonths(3L * (first - 1));
			return last < first ? Optional.empty()
					: Optional.of(new YearMonth[] { start, FiscalCalendar.firstMonth(fiscalYear).plusMonths(3L * last - 1) });
		}
		Optional<MonthYear> alone = month(part);
		if (alone.isPresent()) {
			YearMonth month = inYear(alone.get(), fiscalYear);
			return Optional.of(new YearMonth[] { month, month });
		}
		return FiscalCalendar.monthEnds(part).map(ends -> ends(ends[0], ends[1], fiscalYear));
	}

	private static YearMonth[] ends(MonthYear from, MonthYear to, int fiscalYear) {
		if (to.yearBE() != null) {
			YearMonth end = to.yearMonth().orElseThrow();
			return new YearMonth[] { from.yearMonth().orElseGet(() -> FiscalCalendar.startOfRange(from.month(), end)), end };
		}
		// No year at the end: it runs on from its first month ("ส.ค. - ต.ค." is August to the October after).
		YearMonth start = inYear(from, fiscalYear);
		YearMonth end = YearMonth.of(start.getYear(), to.month());
		return new YearMonth[] { start, end.isBefore(start) ? end.plusYears(1) : end };
	}

	private static Optional<MonthYear> month(String text) {
		return ThaiMonths.parse(text).filter(m -> m.month() != null);
	}

	private static YearMonth inYear(MonthYear month, int fiscalYear) {
		return month.yearMonth().orElseGet(() -> FiscalCalendar.monthOf(fiscalYear, month.month()));
	}

	private static void add(Set<YearMonth> months, YearMonth first, YearMonth last) {
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
	}
}
