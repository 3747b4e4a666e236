package th.itabatch.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
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
		if (!layout.missing().isEmpty()) {
			log.row(MessageCode.SURVEY_QUESTIONS_MISSING, layout.sheet(), layout.headerRow(),
					layout.missing().stream().map(q -> "I" + q).collect(Collectors.joining(", ")));
		}
		if (tally.units.isEmpty()) {
			log.row(MessageCode.SURVEY_NO_RESPONSES, layout.sheet(), layout.headerRow() + 1);
			return List.of();
		}
		Optional<RoundAndYear> when = roundAndYear(fileName, tally);
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

	Optional<RoundAndYear> roundAndYear(String fileName, SurveyTally tally) {
		String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
		FiscalCalendar calendar = catalog.calendar();
		Optional<FiscalCalendar.RoundLabel> label = calendar.parseRoundLabel(name.replace('_', ' ').replace('-', ' '));
		Optional<YearMonth> usual = tally.months.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(e -> YearMonth.parse(e.getKey()));
		Integer year = label.map(FiscalCalendar.RoundLabel::fiscalYear)
			.or(() -> th.itabatch.workbook.CommonColumns.fiscalYearInTitle(name))
			.or(() -> usual.map(FiscalCalendar::fiscalYear))
			.orElse(defaults.fiscalYear());
		Optional<Round> round = label.map(FiscalCalendar.RoundLabel::round).or(() -> usual.flatMap(this::roundOf));
		if (year == null || round.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new RoundAndYear(round.get().number(), year));
	}

	/** The round a month falls in, or the last one that ended before it in its fiscal year. */
	private Optional<Round> roundOf(YearMonth month) {
		FiscalCalendar calendar = catalog.calendar();
		Optional<Round> containing = calendar.roundContaining(month.getMonth());
		if (containing.isPresent()) {
			return containing;
		}
		int year = FiscalCalendar.fiscalYear(month);
		return calendar.rounds()
			.stream()
			.filter(r -> !calendar.roundEnd(year, r).isAfter(month))
			.reduce((a, b) -> b);
	}

	private static BigDecimal round4(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}
}
