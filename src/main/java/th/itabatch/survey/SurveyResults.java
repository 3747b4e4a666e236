package th.itabatch.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.Round;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CellRefs;
import th.itabatch.workbook.InputDefaults;

/**
 * Turns an export's totals into the round's scores: per unit and indicator the mean of the
 * answered items' points and the number of answers; the overall by the configured method; the round
 * and fiscal year from the file name ("รอบ 2 2564"), else from the months answered, else from
 * configuration.
 */
public final class SurveyResults {

	private final Catalog catalog;

	private final OverallMethod method;

	private final InputDefaults defaults;

	public SurveyResults(Catalog catalog, OverallMethod method, InputDefaults defaults) {
		this.catalog = catalog;
		this.method = method;
		this.defaults = defaults;
	}

	/** The unit an export without a unit column counts for when its file name names none, or null. */
	String configuredUnit() {
		return defaults.unit();
	}

	public List<ScoreEntry> scores(String fileName, SurveyLayout layout, SurveyTally tally, MessageLog log) {
		if (layout.numbered()) {
			List<Integer> questions = layout.columns().stream().map(c -> c.item().key().question()).distinct().toList();
			log.cell(MessageCode.SURVEY_QUESTIONS_BY_NUMBER, layout.sheet(), layout.columns().get(0).reference(layout.headerRow()),
					questions.get(0) + "–" + questions.get(questions.size() - 1),
					"I" + questions.get(0) + "–I" + questions.get(questions.size() - 1));
		}
		if (!layout.missing().isEmpty()) {
			log.row(MessageCode.SURVEY_QUESTIONS_MISSING, layout.sheet(), layout.headerRow(),
					layout.missing().stream().map(q -> "I" + q).collect(Collectors.joining(", ")));
		}
		if (tally.units.isEmpty()) {
			if (tally.unitless == 0) {
				log.row(MessageCode.SURVEY_NO_RESPONSES, layout.sheet(), layout.headerRow() + 1);
			}
			return List.of(); // answered, but by no unit's respondents: SURVEY_UNIT_BLANK said so
		}
		Optional<RoundAndYear> when = roundAndYear(fileName, tally, layout, log);
		if (when.isEmpty()) {
			if (layout.timestampColumn() >= 0 && tally.months.isEmpty()) {
				// The column is there: "keep the timestamp column" misled a trial whose times were text in another order.
				log.cell(MessageCode.SURVEY_TIMES_UNREAD, layout.sheet(), CellRefs.of(layout.headerRow() - 1, layout.timestampColumn()));
			}
			else {
				log.file(MessageCode.SURVEY_ROUND_UNKNOWN);
			}
			return List.of();
		}
		int round = when.get().round();
		int year = when.get().fiscalYear();
		List<ScoreEntry> scores = new ArrayList<>();
		String cell = layout.columns().get(0).reference(layout.headerRow());
		for (Map.Entry<String, SurveyTally.UnitTally> unit : tally.units.entrySet()) {
			SurveyTally.UnitTally totals = unit.getValue();
			TreeMap<Integer, double[]> byIndicator = new TreeMap<>();
			for (int i = 0; i < layout.columns().size(); i++) {
				double[] sum = byIndicator.computeIfAbsent(layout.columns().get(i).item().indicator(), k -> new double[2]);
				sum[0] += totals.sums[i];
				sum[1] += totals.answers[i];
			}
			double allPoints = 0;
			double allAnswers = 0;
			List<BigDecimal> indicatorScores = new ArrayList<>();
			for (Map.Entry<Integer, double[]> indicator : byIndicator.entrySet()) {
				double[] sum = indicator.getValue();
				if (sum[1] == 0) {
					continue;
				}
				BigDecimal score = round4(sum[0] / sum[1]);
				indicatorScores.add(score);
				allPoints += sum[0];
				allAnswers += sum[1];
				Indicator known = catalog.indicators().byNumber(indicator.getKey()).orElseThrow();
				scores.add(new ScoreEntry(unit.getKey(), year, round, known, score, totals.respondents, null, layout.sheet(),
						cell, (int) sum[1], method.name()));
			}
			BigDecimal overall = switch (method) {
				case INDICATOR_MEAN -> null; // the report computes it the same way
				case ANSWER_MEAN -> allAnswers == 0 ? null : round4(allPoints / allAnswers);
				case RESPONDENT_MEAN -> totals.respondents == 0 ? null : round4(totals.respondentMeans / totals.respondents);
			};
			if (overall != null) {
				scores.add(new ScoreEntry(unit.getKey(), year, round, null, overall, totals.respondents, null, layout.sheet(),
						cell, (int) allAnswers, method.name()));
			}
		}
		return scores;
	}

	/**
	 * A round of a fiscal year.
	 *
	 * @param round the round
	 * @param fiscalYear the fiscal year (BE)
	 */
	record RoundAndYear(int round, int fiscalYear) {
	}

	Optional<RoundAndYear> roundAndYear(String fileName, SurveyTally tally, SurveyLayout layout, MessageLog log) {
		String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
		FiscalCalendar calendar = catalog.calendar();
		Optional<FiscalCalendar.RoundLabel> label = calendar.parseRoundLabel(name.replace('_', ' ').replace('-', ' '));
		Optional<Integer> namedYear = label.map(FiscalCalendar.RoundLabel::fiscalYear)
			.or(() -> th.itabatch.workbook.CommonColumns.fiscalYearInTitle(name));
		// The times matter, and their order is said, only where the file's name does not give round and year.
		Optional<YearMonth> usual = label.isPresent() && namedYear.isPresent() ? Optional.empty()
				: mostAnswered(answeredMonths(tally, layout, log));
		if (label.isEmpty() && usual.isPresent()) {
			RoundAndYear nearest = nearestResults(usual.get(), namedYear.orElse(null));
			boolean within = nearest.fiscalYear() == FiscalCalendar.fiscalYear(usual.get())
					&& calendar.round(nearest.round()).map(r -> r.contains(usual.get().getMonth())).orElse(false);
			// Said where the round is not the one the month falls in (answered in March, taken as round 1).
			if (!within) {
				log.row(MessageCode.SURVEY_ROUND_FROM_DATES, layout.sheet(), layout.headerRow(), nearest.round(),
						nearest.fiscalYear(), ThaiCalendar.monthYear(usual.get()),
						usual.get().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH)));
			}
			return Optional.of(nearest);
		}
		Integer year = namedYear.or(() -> usual.map(FiscalCalendar::fiscalYear)).orElse(defaults.fiscalYear());
		if (year == null || label.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new RoundAndYear(label.get().round().number(), year));
	}

	/**
	 * The months the export was answered in, its times read in the order they are written in: month
	 * first only where none can be read day first only (a Buddhist year is Thai, day first: Google
	 * Sheets writes none), and month first then puts the answers in no more months than day first (some
	 * times that read month first only, "6/14/2025") or in fewer (every time reading both ways,
	 * "6/1/2025" … "6/11/2025"), said. A form's answers come within weeks: a trial's Google Sheets
	 * download of 1–11 June, read day first as 6 January – 6 November, was filed as round 1 without a
	 * word; one mistyped "6/13/2024" among a Thai export's July does not turn the rest (a review).
	 */
	private static Map<String, Integer> answeredMonths(SurveyTally tally, SurveyLayout layout, MessageLog log) {
		Map<String, Integer> monthFirst = tally.monthsFirst();
		if (!tally.bothWays || tally.dayFirstOnly > 0 || monthFirst.isEmpty()) {
			return tally.months;
		}
		boolean fewer = monthFirst.size() < tally.months.size();
		if (!fewer && !(tally.monthFirstOnly > 0 && monthFirst.size() == tally.months.size())) {
			return tally.months;
		}
		if (!monthFirst.equals(tally.months)) {
			String cell = CellRefs.of(layout.headerRow() - 1, layout.timestampColumn());
			log.cell(MessageCode.SURVEY_DATES_MONTH_FIRST, layout.sheet(), cell, monthFirst.size(), tally.months.size());
		}
		return monthFirst;
	}

	private static Optional<YearMonth> mostAnswered(Map<String, Integer> months) {
		return months.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> YearMonth.parse(e.getKey()));
	}

	/**
	 * The round whose results month is nearest the month most answered, within the year named if one
	 * is; on a tie, the round the month falls in. A round-1 survey (October–February, results from
	 * February) answered in early March was round 2's, whose months start in March, and its February
	 * report had no scores (a trial); a survey answered in June is round 2's, in October the new year's
	 * first.
	 */
	private RoundAndYear nearestResults(YearMonth answered, Integer namedYear) {
		FiscalCalendar calendar = catalog.calendar();
		int own = FiscalCalendar.fiscalYear(answered);
		List<Integer> years = namedYear != null ? List.of(namedYear) : List.of(own - 1, own, own + 1);
		RoundAndYear best = null;
		long bestGap = Long.MAX_VALUE;
		boolean bestContains = false;
		for (int year : years) {
			for (Round round : calendar.rounds()) {
				long gap = Math.abs(ChronoUnit.MONTHS.between(calendar.resultsKnown(year, round), answered));
				boolean contains = year == own && round.contains(answered.getMonth());
				if (gap < bestGap || gap == bestGap && contains && !bestContains) {
					best = new RoundAndYear(round.number(), year);
					bestGap = gap;
					bestContains = contains;
				}
			}
		}
		return best;
	}

	private static BigDecimal round4(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}
}
