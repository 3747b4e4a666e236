package th.itabatch.survey;

import java.time.YearMonth;

/**
 * The month a row was answered, read with the day first (the Thai order, "6/1/2025" the 6th of
 * January) and with the month first (the American order Google Sheets downloads in, the 1st of
 * June): the same month for a time that reads one way only; null for the order a time cannot be
 * written in ("14/6/2024" has no month 14).
 *
 * @param dayFirst the month read day first, or {@code null} where the time cannot be so
 * @param monthFirst the month read month first, or {@code null} where the time cannot be so
 */
public record AnswerMonth(YearMonth dayFirst, YearMonth monthFirst) {

	/** A time that reads one way only. */
	static AnswerMonth of(YearMonth month) {
		return month == null ? null : new AnswerMonth(month, month);
	}

	/** The month as read in the Thai order where it can be, the usual one. */
	public YearMonth usual() {
		return dayFirst != null ? dayFirst : monthFirst;
	}
}
