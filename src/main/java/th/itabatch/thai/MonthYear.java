package th.itabatch.thai;

import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A month as people write it, with the year when they wrote one (kept in the Buddhist Era).
 *
 * @param month the month
 * @param yearBE the Buddhist Era year, or {@code null} when the text gave none
 */
public record MonthYear(Month month, Integer yearBE) {

	/** The calendar month, when the year is known. */
	public Optional<YearMonth> yearMonth() {
		return yearBE == null ? Optional.empty() : Optional.of(YearMonth.of(yearBE - ThaiCalendar.BE_OFFSET, month));
	}
}
