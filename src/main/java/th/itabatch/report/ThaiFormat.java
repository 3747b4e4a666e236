package th.itabatch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.catalog.Round;
import th.itabatch.scores.Scores;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiDigits;

/**
 * Formats figures, months and dates for text in a report, with Thai digits when the setting asks
 * for them ("ร้อยละ ๙๒.๕๑", "๑๐ กรกฎาคม ๒๕๖๔").
 */
public final class ThaiFormat {

	/** A command's option and its value, "--month 2567-07": typed as it is (a trial's report said "--month ๒๕๖๗-๐๗"). */
	private static final Pattern OPTION = Pattern.compile("--[a-z][a-z.-]*(?:[ =]\\S+)?");

	private final boolean thaiDigits;

	public ThaiFormat(boolean thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	/** True when figures are written in Thai digits. */
	public boolean thaiDigits() {
		return thaiDigits;
	}

	public String digits(String text) {
		return thaiDigits ? ThaiDigits.toThai(text) : text;
	}

	/**
	 * The text's digits as the setting has them, but not those inside double quotes: a message quotes
	 * what the user's file holds (an answer "5", a name "กอง 2"), which a reader looks for as it is there
	 * (a retrial's ข้อสังเกต quoted a respondent's "5" as "๕").
	 */
	public String digitsOutsideQuotes(String text) {
		if (!thaiDigits || text == null || text.indexOf('"') < 0 && !text.contains("--")) {
			return digits(text);
		}
		String[] parts = text.split("\"", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			out.append(i == 0 ? "" : "\"").append(i % 2 == 0 || i == parts.length - 1 ? outsideOptions(parts[i]) : parts[i]);
		}
		return out.toString();
	}

	/** The text's digits as the setting has them, but not a command's option and its value, as typed. */
	private String outsideOptions(String text) {
		Matcher option = OPTION.matcher(text);
		StringBuilder out = new StringBuilder();
		int from = 0;
		while (option.find()) {
			out.append(digits(text.substring(from, option.start()))).append(option.group());
			from = option.end();
		}
		return out.append(digits(text.substring(from))).toString();
	}

	/** A score or gap: always two decimals ("92.51", "4.61"). */
	public String score(BigDecimal value) {
		return digits(Scores.format(value));
	}

	/** A target as the seed writes it: "85" for a whole number, else two decimals ("92.50"). */
	public String target(BigDecimal value) {
		return digits(value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString() : Scores.format(value));
	}

	public String number(long value) {
		return digits(Long.toString(value));
	}

	/** "มิถุนายน 2564". */
	public String month(YearMonth month) {
		return digits(ThaiCalendar.monthYear(month));
	}

	/** "10 กรกฎาคม 2564". */
	public String date(LocalDate date) {
		return digits(ThaiCalendar.date(date));
	}

	/** When a document was made: "01/07/2564 08:30". */
	public String timestamp(java.time.LocalDateTime at) {
		return digits(at.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/")) + ThaiCalendar.toBE(at.getYear())
				+ at.format(java.time.format.DateTimeFormatter.ofPattern(" HH:mm")));
	}

	/** "รอบ 5 เดือนแรก". */
	public String roundName(Round round) {
		return digits("รอบ " + round.thai());
	}

	/** "ตุลาคม 2563 – กุมภาพันธ์ 2564". */
	public String roundPeriod(int fiscalYear, Round round) {
		return month(FiscalCalendar.monthOf(fiscalYear, round.firstMonth())) + " – "
				+ month(FiscalCalendar.monthOf(fiscalYear, round.lastMonth()));
	}

	/**
	 * " (ข้อมูล พ.ค. ๒๕๖๗)": said after a status taken from an earlier month's progress row (a trial
	 * read May's status in June's list as June's), or "" where there is none.
	 */
	public String asOf(Optional<YearMonth> reported) {
		return reported.map(m -> " (ข้อมูล " + digits(ThaiCalendar.shortMonthYear(m)) + ")").orElse("");
	}
}
