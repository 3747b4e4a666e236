package th.itabatch.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

import th.itabatch.thai.ThaiCalendar;

/**
 * Formatting for the pages ({@code ${@fmt.month(m, #locale)}}): Thai months and BE years on Thai
 * pages, English ones on English pages.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static boolean thai(Locale locale) {
		return locale == null || !"en".equals(locale.getLanguage());
	}

	public String month(YearMonth month, Locale locale) {
		if (month == null) {
			return "";
		}
		return thai(locale) ? ThaiCalendar.monthYear(month)
				: month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
	}

	/** A month given as "2021-06". */
	public String month(String isoMonth, Locale locale) {
		return isoMonth == null ? "" : month(YearMonth.parse(isoMonth), locale);
	}

	public String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return thai(locale) ? ThaiCalendar.date(date) : date.format(ENGLISH_DATE);
	}

	public String time(LocalDateTime time, Locale locale) {
		if (time == null) {
			return "";
		}
		String clock = time.format(CLOCK);
		return thai(locale) ? time.getDayOfMonth() + " " + ThaiCalendar.abbreviation(time.getMonth()) + " "
				+ ThaiCalendar.toBE(time.getYear()) + " " + clock
				: time.format(ENGLISH_DAY) + " " + clock;
	}

	public String score(BigDecimal value) {
		return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	public String signed(BigDecimal value) {
		if (value == null) {
			return "";
		}
		String text = score(value);
		return value.signum() > 0 ? "+" + text : text;
	}

	/** "0.04 s" under ten seconds (a unit's report took "0 s", every one, a trial), "12 s", "2 min 5 s". */
	public String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 10) {
			return String.format(java.util.Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
		}
		return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
	}

	/** The height of a bar of the done share, in percent of its track. */
	public long percent(BigDecimal share) {
		return share == null ? 0 : Math.round(Math.max(0, Math.min(100, share.doubleValue())));
	}
}
