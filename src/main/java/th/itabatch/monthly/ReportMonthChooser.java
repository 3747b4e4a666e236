package th.itabatch.monthly;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.catalog.Round;

/**
 * Chooses the month a run reports on when none is asked for: the previous calendar month, or, when
 * a unit's data belong to an earlier fiscal year, the latest month that year's progress covers
 * (else the end of its latest scored round, else the end of that fiscal year), of all units.
 */
final class ReportMonthChooser {

	private final FiscalCalendar calendar;

	public ReportMonthChooser(FiscalCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * @param previousMonth the calendar month before today
	 * @param inputsFiscalYear the latest fiscal year the inputs hold data for, or null
	 * @param latestProgressMonth the latest progress month of a fiscal year, of any unit
	 * @param latestRound the last scored round of a fiscal year, of any unit
	 */
	public YearMonth choose(YearMonth previousMonth, Integer inputsFiscalYear,
			Function<Integer, Optional<YearMonth>> latestProgressMonth, Function<Integer, Optional<Integer>> latestRound) {
		if (inputsFiscalYear == null || inputsFiscalYear >= FiscalCalendar.fiscalYear(previousMonth)) {
			return previousMonth;
		}
		return latestProgressMonth.apply(inputsFiscalYear)
			.or(() -> latestRound.apply(inputsFiscalYear)
				.flatMap(calendar::round)
				.map((Round round) -> calendar.roundEnd(inputsFiscalYear, round)))
			.orElse(FiscalCalendar.lastMonth(inputsFiscalYear));
	}
}
