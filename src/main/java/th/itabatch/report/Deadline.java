package th.itabatch.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The report due next in the DOC system: up to the due day of a month the previous month's report
 * is due; after it, this month's (due on that day of the next month).
 *
 * @param reportMonth the month the report is for
 * @param dueDate when it is due
 * @param daysLeft days from today to the due date (0 on the day)
 */
public record Deadline(YearMonth reportMonth, LocalDate dueDate, long daysLeft) {

	public static Deadline at(LocalDate today, int dueDay) {
		YearMonth current = YearMonth.from(today);
		YearMonth month = today.getDayOfMonth() <= dueDay ? current.minusMonths(1) : current;
		return of(month, today, dueDay);
	}

	/** A given month's report: when it is due, and the days left from today (negative once past). */
	public static Deadline of(YearMonth reportMonth, LocalDate today, int dueDay) {
		LocalDate due = dueDate(reportMonth, dueDay);
		return new Deadline(reportMonth, due, ChronoUnit.DAYS.between(today, due));
	}

	/** Days a report made then was made after the due date; 0 when made by it. */
	public long daysLate(LocalDateTime made) {
		return Math.max(0, ChronoUnit.DAYS.between(dueDate, made.toLocalDate()));
	}

	/** When a month's report is due: the due day of the next month (the 10th by default), or its last day. */
	public static LocalDate dueDate(YearMonth reportMonth, int dueDay) {
		YearMonth dueIn = reportMonth.plusMonths(1);
		return dueIn.atDay(Math.min(Math.max(dueDay, 1), dueIn.lengthOfMonth()));
	}
}
