package th.itabatch.catalog;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import th.itabatch.thai.KeptAnswers;
import th.itabatch.thai.MonthYear;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiMonths;
import th.itabatch.thai.ThaiText;

/**
 * The Thai fiscal year (1 October – 30 September, named by the BE year it ends in) and its
 * configured assessment rounds and targets.
 */
public final class FiscalCalendar {

	// "รอบ ที่ 1" too: a space, or a non-breaking one pasted from the web, between รอบ and ที่ (a trial);
	// and "ครั้งที่ 1", "การประเมินครั้งที่ 2", as some units count their assessments.
	private static final Pattern ROUND_NUMBER = Pattern
		.compile("(?:รอบการประเมิน\\s*ที่|รอบการประเมิน|รอบ\\s*ที่|รอบ|ครั้ง\\s*ที่|round|r)\\s*(\\d)\\b");

	private static final Pattern PARENTHESES = Pattern.compile("[(\\[（]([^)\\]）]*)[)\\]）]");

	/** Where a range of months may be split: "to" as a word only (not inside "October"). */
	private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|–|—|ถึง|(?<![a-z])to(?![a-z]))\\s*",
			Pattern.CASE_INSENSITIVE);

	private final List<Round> rounds;

	/**
	 * Each round's names and aliases as {@link ThaiText#compactKey} gives them, worked out once: a
	 * scores workbook's header search reads every candidate cell as a round label, and working them
	 * out per cell was a tenth of a thousand workbooks' ingest.
	 */
	private final Map<Round, List<String>> roundNames;

	private final List<CatalogProperties.TargetOverride> targets;

	/**
	 * Round labels as read: the header search reads every candidate header cell of every sheet as
	 * one, the same few labels in a thousand units' plans (13 % of their ingest's reading).
	 */
	private final KeptAnswers<String, Optional<RoundLabel>> roundLabels = KeptAnswers.ofTexts(4096);

	public FiscalCalendar(List<Round> rounds, List<CatalogProperties.TargetOverride> targets) {
		this.rounds = rounds.stream().sorted(Comparator.comparingInt(Round::number)).toList();
		Map<Round, List<String>> names = new LinkedHashMap<>();
		for (Round round : this.rounds) {
			names.put(round, Stream.concat(Stream.of(round.thai(), round.english()), round.aliases().stream())
				.map(ThaiText::compactKey)
				.filter(name -> !name.isEmpty())
				.toList());
		}
		this.roundNames = names;
		this.targets = List.copyOf(targets);
	}

	/** The fiscal year (BE) a month belongs to: October 2020 is in FY 2564. */
	public static int fiscalYear(YearMonth month) {
		int endingYear = month.getMonthValue() >= 10 ? month.getYear() + 1 : month.getYear();
		return ThaiCalendar.toBE(endingYear);
	}

	/** The calendar month of a month name within a fiscal year: June of FY 2564 is June 2021. */
	public static YearMonth monthOf(int fiscalYear, Month month) {
		int endingYear = fiscalYear - ThaiCalendar.BE_OFFSET;
		return YearMonth.of(month.getValue() >= 10 ? endingYear - 1 : endingYear, month);
	}

	/** 1 for October … 12 for September. */
	public static int fiscalIndex(Month month) {
		return (month.getValue() + 2) % 12 + 1;
	}

	/** The month of a place in the fiscal year: October for 1 … September for 12. */
	public static Month monthAt(int fiscalIndex) {
		return Month.of((fiscalIndex + 8) % 12 + 1);
	}

	public static YearMonth firstMonth(int fiscalYear) {
		return monthOf(fiscalYear, Month.OCTOBER);
	}

	public static YearMonth lastMonth(int fiscalYear) {
		return monthOf(fiscalYear, Month.SEPTEMBER);
	}

	public List<Round> rounds() {
		return rounds;
	}

	public Optional<Round> round(int number) {
		return rounds.stream().filter(r -> r.number() == number).findFirst();
	}

	/** The round whose months include the given month, if any. */
	public Optional<Round> roundContaining(Month month) {
		return rounds.stream().filter(r -> r.contains(month)).findFirst();
	}

	/**
	 * The month a round's results are known in: a report of an earlier month does not take them (a
	 * trial's April report, made again in July, showed round 2's scores sent in June). A results month
	 * before the round's first in the fiscal year's order is of the year after.
	 */
	public YearMonth resultsKnown(int fiscalYear, Round round) {
		boolean nextYear = fiscalIndex(round.resultsMonth()) < fiscalIndex(round.firstMonth());
		return monthOf(nextYear ? fiscalYear + 1 : fiscalYear, round.resultsMonth());
	}

	public YearMonth roundEnd(int fiscalYear, Round round) {
		return monthOf(fiscalYear, round.lastMonth());
	}

	/** The target of a round in a fiscal year: a per-year override, else the round's default. */
	public BigDecimal target(int fiscalYear, int roundNumber) {
		return targets.stream()
			.filter(t -> t.fiscalYear() == fiscalYear && t.round() == roundNumber)
			.map(CatalogProperties.TargetOverride::target)
			.findFirst()
			.orElseGet(() -> round(roundNumber).map(Round::target).orElse(null));
	}

	/**
	 * Reads a round header as people write it: "รอบ 1", "รอบที่ ๑", "ครั้งที่ 1", "Round 1", "5 เดือนแรก",
	 * "รอบ 5 เดือนแรก (ต.ค.63 – ก.พ.64)". A month range in brackets also tells the fiscal year.
	 */
	public Optional<RoundLabel> parseRoundLabel(String text) {
		return roundLabels.get(text, this::readRoundLabel);
	}

	private Optional<RoundLabel> readRoundLabel(String text) {
		String key = ThaiText.key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		Integer fiscalYear = null;
		Optional<YearMonth[]> bracketed = Optional.empty();
		Matcher brackets = PARENTHESES.matcher(key);
		while (brackets.find()) {
			Optional<YearMonth[]> range = monthRange(brackets.group(1));
			if (range.isPresent()) {
				bracketed = range;
				fiscalYear = fiscalYear(range.get()[1]);
			}
		}
		String main = PARENTHESES.matcher(key).replaceAll(" ").trim();
		String compact = main.replace(" ", "");
		Optional<Round> round = rounds.stream()
			.filter(r -> roundNames.get(r).stream().anyMatch(compact::contains))
			.findFirst();
		if (round.isEmpty()) {
			Matcher number = ROUND_NUMBER.matcher(main);
			if (number.find()) {
				round = round(Integer.parseInt(number.group(1)));
			}
			else if (compact.contains("รอบแรก") || compact.contains("firstround")) {
				round = round(1);
			}
			else if (compact.contains("รอบสอง") || compact.contains("รอบที่สอง") || compact.contains("secondround")) {
				round = round(2);
			}
			else {
				// A header that is the round's months alone, "ต.ค. 63 - ก.พ. 64" or "(มี.ค.๖๔ - ก.ค.๖๔)": the round
				// of those months. Not one whose range only explains other words ("ระยะเวลาดำเนินการ (มี.ค.๖๔ -
				// ก.ค.๖๔)", a plan's).
				Optional<YearMonth[]> range = main.isEmpty() ? bracketed : monthRange(main);
				round = range.flatMap(this::roundOf);
				if (round.isPresent()) {
					fiscalYear = fiscalYear(range.get()[1]);
				}
			}
		}
		Integer fy = fiscalYear;
		return round.map(r -> new RoundLabel(r, fy));
	}

	/** The round whose months are the range's first and last, in one fiscal year. */
	private Optional<Round> roundOf(YearMonth[] range) {
		if (fiscalYear(range[0]) != fiscalYear(range[1])) {
			return Optional.empty();
		}
		return rounds.stream()
			.filter(r -> r.firstMonth() == range[0].getMonth() && r.lastMonth() == range[1].getMonth())
			.findFirst();
	}

	/** The fiscal year a month range such as "มี.ค.๖๔ - ก.ค.๖๔" ends in, when it names a year. */
	public static Optional<Integer> fiscalYearOfRange(String text) {
		return monthRange(text).map(range -> fiscalYear(range[1]));
	}

	/** The first and last month of a range such as "มี.ค.๖๔ - ก.ค.๖๔" or "มีนาคม 2564 ถึง กรกฎาคม 2564". */
	public static Optional<YearMonth[]> monthRange(String text) {
		return monthEnds(text).filter(ends -> ends[1].yearBE() != null).map(ends -> {
			YearMonth end = ends[1].yearMonth().orElseThrow();
			return new YearMonth[] { ends[0].yearMonth().orElseGet(() -> startOfRange(ends[0].month(), end)), end };
		});
	}

	/**
	 * The two months a range names as written, each with its year if it has one: each separator is tried
	 * until both sides are months, so "ต.ค.-67 - ธ.ค.-67" and "Oct-24 - Dec-24" (a month and its year
	 * joined by a dash, as Excel shows them) are ranges too.
	 */
	public static Optional<MonthYear[]> monthEnds(String text) {
		String cleaned = ThaiText.clean(text).trim();
		Matcher separator = RANGE_SEPARATOR.matcher(cleaned);
		while (separator.find()) {
			Optional<MonthYear> from = ThaiMonths.parse(cleaned.substring(0, separator.start()));
			Optional<MonthYear> to = ThaiMonths.parse(cleaned.substring(separator.end()));
			if (from.isPresent() && to.isPresent() && from.get().month() != null && to.get().month() != null) {
				return Optional.of(new MonthYear[] { from.get(), to.get() });
			}
		}
		return Optional.empty();
	}

	/**
	 * The first month of a range whose year only its end states: the latest such month not after the
	 * end ("ส.ค. - ต.ค. 68" starts in August 2568, not in the fiscal year of October's, a year later).
	 */
	public static YearMonth startOfRange(Month first, YearMonth end) {
		YearMonth start = YearMonth.of(end.getYear(), first);
		return start.isAfter(end) ? start.minusYears(1) : start;
	}

	/**
	 * A round named by a header, with the fiscal year the header states, if any.
	 *
	 * @param round the round
	 * @param fiscalYear the fiscal year (BE) stated in the header, or {@code null}
	 * @param yearNamed true where the header names the year ("ปีงบประมาณ 2566" in it or over it), which
	 *        outranks the table's year; false where a month range implies it ("(ต.ค.65 – ก.พ.66)"), which
	 *        the year labelled above the table outranks (a template's months left from last year)
	 */
	public record RoundLabel(Round round, Integer fiscalYear, boolean yearNamed) {

		/** A round with the year its months imply, or none. */
		public RoundLabel(Round round, Integer fiscalYear) {
			this(round, fiscalYear, false);
		}
	}
}
