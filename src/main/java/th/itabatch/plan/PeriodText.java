package th.itabatch.plan;

import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.thai.MonthYear;
import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiMonths;
import th.itabatch.thai.ThaiText;

/**
 * The months an activity runs as a plan types them in one column ("ระยะเวลาดำเนินการ"): "ต.ค. - ธ.ค. 67",
 * "มกราคม - มีนาคม 2568", "มิ.ย. 68", "ก.ค.-ก.ย. 68", "ต.ค., ม.ค., เม.ย.", "ไตรมาส 2", "ตลอดปีงบประมาณ". A
 * month without a year is the fiscal year's; a range's first month takes its year from the last.
 */
final class PeriodText {

	private static final Pattern PARTS = Pattern.compile("\\s*(?:,|;|/|\\n|และ)\\s*");

	private static final Pattern RANGE = Pattern.compile("\\s*(?:-|–|—|ถึง|to)\\s*");

	private static final Pattern WHOLE_YEAR = Pattern
		.compile("(?:ตลอด|ทั้ง)\\s*ปี(?:งบประมาณ)?(?:\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*\\d{2,4})?|ทุกเดือน|(?:all|whole)\\s*year|year[-\\s]?round");

	private static final Pattern QUARTER = Pattern.compile("(?:ไตรมาส|quarter|q)\\s*(?:ที่)?\\s*([1-4])");

	private PeriodText() {
	}

	/**
	 * The months of the fiscal year the text names, in order; empty when it names none that can be read.
	 * Months of another fiscal year are in the result too, for the reader to say.
	 */
	static Set<YearMonth> months(String text, int fiscalYear) {
		Set<YearMonth> months = new TreeSet<>();
		String cleaned = ThaiDigits.toArabic(ThaiText.clean(text)).strip();
		String key = cleaned.toLowerCase(java.util.Locale.ROOT);
		if (WHOLE_YEAR.matcher(key).matches()) {
			add(months, FiscalCalendar.firstMonth(fiscalYear), FiscalCalendar.lastMonth(fiscalYear));
			return months;
		}
		for (String part : PARTS.split(cleaned)) {
			Matcher quarter = QUARTER.matcher(part.toLowerCase(java.util.Locale.ROOT));
			if (quarter.matches()) {
				YearMonth first = FiscalCalendar.firstMonth(fiscalYear).plusMonths(3L * (Integer.parseInt(quarter.group(1)) - 1));
				add(months, first, first.plusMonths(2));
				continue;
			}
			String[] ends = RANGE.split(part.strip());
			if (ends.length == 1) {
				Optional<MonthYear> month = ThaiMonths.parse(ends[0]);
				if (month.isEmpty() || month.get().month() == null) {
					return Set.of();
				}
				months.add(yearMonth(month.get(), fiscalYear));
			}
			else if (ends.length == 2) {
				Optional<MonthYear> from = ThaiMonths.parse(ends[0]);
				Optional<MonthYear> to = ThaiMonths.parse(ends[1]);
				if (from.isEmpty() || to.isEmpty() || from.get().month() == null || to.get().month() == null) {
					return Set.of();
				}
				YearMonth end = yearMonth(to.get(), fiscalYear);
				YearMonth start = from.get().yearMonth()
					.orElseGet(() -> startBefore(from.get().month(), end));
				if (start.isAfter(end)) {
					return Set.of();
				}
				add(months, start, end);
			}
			else {
				return Set.of();
			}
		}
		return months;
	}

	/** The latest such month not after the end: "ต.ค. - ธ.ค. 67" starts in October 2567. */
	private static YearMonth startBefore(Month month, YearMonth end) {
		YearMonth start = YearMonth.of(end.getYear(), month);
		return start.isAfter(end) ? start.minusYears(1) : start;
	}

	private static YearMonth yearMonth(MonthYear month, int fiscalYear) {
		return month.yearMonth().orElseGet(() -> FiscalCalendar.monthOf(fiscalYear, month.month()));
	}

	private static void add(Set<YearMonth> months, YearMonth first, YearMonth last) {
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
	}
}
