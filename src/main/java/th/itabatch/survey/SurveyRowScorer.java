package th.itabatch.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import th.itabatch.scores.SummaryRows;
import th.itabatch.thai.ThaiDates;
import th.itabatch.thai.ThaiText;
import th.itabatch.workbook.NoValue;

/**
 * Scores one row: each item column's answer to its points (a blank is not scored; an answer that
 * is no label of the scale is a problem with its cell), the respondent's unit, the month answered
 * and the row's fingerprint. Stateless: the totals are kept by {@link SurveyTallies}.
 */
public class SurveyRowScorer {

	/** Years from here on are Buddhist Era ones (2400 BE is 1857 CE). */
	private static final int BUDDHIST_YEARS = 2400;

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	/**
	 * The row scored, or {@code null} for a row of means or sums a team added under the answers
	 * ("ค่าเฉลี่ย" left of them, and figures no label of the scale), which is no respondent's.
	 */
	public ScoredRow score(SurveyRow row) {
		SurveyLayout layout = row.layout();
		if (row.failure() != null) {
			return new ScoredRow(row.input(), null, -1, null, null, List.of(), null, 0, row.failure());
		}
		if (row.isEnd()) {
			return new ScoredRow(row.input(), layout, -1, null, null, List.of(), null, 0);
		}
		List<SurveyLayout.ItemColumn> columns = layout.columns();
		double[] points = new double[columns.size()];
		List<ScoredRow.Problem> problems = List.of();
		int noOpinion = 0;
		int numbered = 0;
		for (int i = 0; i < points.length; i++) {
			SurveyLayout.ItemColumn column = columns.get(i);
			String answer = row.value(column.column());
			// Left blank, "-" or "n/a": not answered, so not scored (the one no-value rule of every reader).
			if (answer == null || NoValue.is(answer)) {
				points[i] = Double.NaN;
				continue;
			}
			AnswerScale scale = column.item().scale();
			double value = scale.points(answer);
			points[i] = value;
			if (!Double.isNaN(value)) {
				numbered += scale.isNumbered(answer) ? 1 : 0;
			}
			else if (NoOpinion.is(answer)) {
				noOpinion++;
			}
			else {
				if (problems.isEmpty()) {
					problems = new ArrayList<>();
				}
				problems.add(new ScoredRow.Problem(column.reference(row.rowNumber()), answer.strip(), column.item().key(),
						column.item().scale().labels()));
			}
		}
		if (!problems.isEmpty() && isSummary(row, layout)) {
			return null; // the export's own row of means or sums under the answers: no respondent's
		}
		return new ScoredRow(row.input(), layout, row.rowNumber(), unitOf(row, layout), points, problems, month(row, layout),
				fingerprint(row.values(), layout), null, noOpinion, numbered, respondent(row.values(), layout));
	}

	/**
	 * The unit a respondent gave, as typed; {@link ScoredRow#EXPORTS_UNIT} in an export without a unit
	 * column; null where the unit column was left blank or answered "ไม่ทราบ": no unit's respondent
	 * (a trial's one such row went to the configured unit and replaced that unit's own export).
	 */
	private static String unitOf(SurveyRow row, SurveyLayout layout) {
		if (layout.unitColumn() < 0) {
			return ScoredRow.EXPORTS_UNIT;
		}
		String unit = row.value(layout.unitColumn());
		return unit == null || unit.isBlank() || NoValue.is(unit) || NoOpinion.is(unit) || isOther(unit) ? null
				: unit.strip();
	}

	/**
	 * A form's "Other" choice left as it is ("อื่นๆ (โปรดระบุ)", "อื่น ๆ"), which names no unit: a trial's
	 * such answers made a unit report of their own. What was typed into it is the unit's name.
	 */
	private static boolean isOther(String unit) {
		String key = ThaiText.compactKey(unit).replace("(", "").replace(")", "").replace("ๆ", "");
		return OTHER.contains(key);
	}

	private static final java.util.Set<String> OTHER = java.util.Set.of("อื่น", "อื่นโปรดระบุ", "อื่นระบุ", "other",
			"others", "otherpleasespecify");

	private static boolean isSummary(SurveyRow row, SurveyLayout layout) {
		int firstItem = layout.columns().stream().mapToInt(SurveyLayout.ItemColumn::column).min().orElse(0);
		for (int c = 0; c < Math.max(firstItem, layout.unitColumn() + 1); c++) {
			String value = row.value(c);
			if (value != null && !value.isBlank() && SummaryRows.isLabel(value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The respondent's e-mail address as a number, for telling one who answered twice; 0 where the form
	 * collected none. Set apart from the rows' fingerprints, which are kept in the same set.
	 */
	public static long respondent(String[] values, SurveyLayout layout) {
		int column = layout.emailColumn();
		String email = column >= 0 && column < values.length ? values[column] : null;
		// An address has an "@": Microsoft Forms writes "anonymous" for every response to an anonymous form (a review).
		if (email == null || email.indexOf('@') < 0) {
			return 0;
		}
		long key = Long.rotateLeft(email.strip().toLowerCase(java.util.Locale.ROOT).hashCode() * 0x9E3779B97F4A7C15L, 17)
				^ RESPONDENT_SALT;
		return key == 0 ? 1 : key;
	}

	private static final long RESPONDENT_SALT = 0x5DEECE66DL;

	/** A fingerprint of the row's time and answers: two rows with the same are the same submission. */
	public static long fingerprint(String[] values, SurveyLayout layout) {
		long h1 = 1125899906842597L;
		long h2 = 7;
		int timestamp = layout.timestampColumn();
		if (timestamp >= 0 && timestamp < values.length) {
			String time = values[timestamp];
			int hash = time == null ? 0 : time.hashCode();
			h1 = 31 * h1 + hash;
			h2 = h2 * 1_000_003L ^ hash;
		}
		for (SurveyLayout.ItemColumn column : layout.columns()) {
			String answer = column.column() < values.length ? values[column.column()] : null;
			int hash = answer == null ? 0 : answer.hashCode();
			h1 = 31 * h1 + hash;
			h2 = h2 * 1_000_003L ^ hash;
		}
		return h1 ^ Long.rotateLeft(h2, 29);
	}

	private static AnswerMonth month(SurveyRow row, SurveyLayout layout) {
		if (layout.timestampColumn() < 0) {
			return null;
		}
		String text = row.value(layout.timestampColumn());
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double serial = Double.parseDouble(text);
			if (DateUtil.isValidExcelDate(serial)) {
				return AnswerMonth.of(YearMonth.from(DateUtil.getLocalDateTime(serial)));
			}
		}
		catch (NumberFormatException ex) {
			// a time written as text: "14/6/2021 8:00:07", "2021-06-14 08:00"
		}
		// "14/6/2567, 10:23:11" as Excel writes a time copied as text; "2024/06/14 10:23:11 AM GMT+7" as Google's CSV
		String date = text.strip().split("[ T,]")[0];
		Matcher matcher = MONTH_DAY_YEAR.matcher(date);
		if (!matcher.matches()) {
			return AnswerMonth.of(ThaiDates.parse(date).map(YearMonth::from).orElse(null));
		}
		// "6/1/2025" is the 6th of January in the Thai order and the 1st of June in the American one, which
		// Google Sheets downloads in: the export's times together decide (SurveyResults), not each alone.
		YearMonth dayFirst = Integer.parseInt(matcher.group(2)) > 12 ? null
				: ThaiDates.parse(date).map(YearMonth::from).orElse(null);
		// A Buddhist year is Thai, day first: Google Sheets writes none ("2/3/2564" is the 2nd of March; a review).
		YearMonth monthFirst = Integer.parseInt(matcher.group(1)) > 12 || Integer.parseInt(matcher.group(3)) >= BUDDHIST_YEARS ? null
				: ThaiDates.parse(matcher.group(2) + "/" + matcher.group(1) + "/" + matcher.group(3))
					.map(YearMonth::from)
					.orElse(null);
		return dayFirst == null && monthFirst == null ? null : new AnswerMonth(dayFirst, monthFirst);
	}
}
