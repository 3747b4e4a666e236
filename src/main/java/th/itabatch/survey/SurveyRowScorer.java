package th.itabatch.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;

import th.itabatch.thai.ThaiDates;
import th.itabatch.workbook.NoValue;

/**
 * Scores one row: each item column's answer to its points (a blank is not scored; an answer that
 * is no label of the scale is a problem with its cell), the respondent's unit, the month answered
 * and the row's fingerprint. Stateless: the totals are kept by {@link SurveyTallies}.
 */
public class SurveyRowScorer {

	private final String defaultUnit;

	public SurveyRowScorer(String defaultUnit) {
		this.defaultUnit = defaultUnit;
	}

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
		for (int i = 0; i < points.length; i++) {
			SurveyLayout.ItemColumn column = columns.get(i);
			String answer = row.value(column.column());
			// Left blank, "-" or "n/a": not answered, so not scored (the one no-value rule of every reader).
			if (answer == null || NoValue.is(answer)) {
				points[i] = Double.NaN;
				continue;
			}
			double value = column.item().scale().points(answer);
			points[i] = value;
			if (Double.isNaN(value)) {
				if (problems.isEmpty()) {
					problems = new ArrayList<>();
				}
				problems.add(new ScoredRow.Problem(column.reference(row.rowNumber()), answer.strip(), column.item().key(),
						column.item().scale().labels()));
			}
		}
		String unit = layout.unitColumn() >= 0 ? row.value(layout.unitColumn()) : null;
		unit = unit == null || unit.isBlank() ? defaultUnit : unit.strip();
		return new ScoredRow(row.input(), layout, row.rowNumber(), unit, points, problems, month(row, layout),
				fingerprint(row.values(), layout));
	}

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

	private static YearMonth month(SurveyRow row, SurveyLayout layout) {
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
				return YearMonth.from(DateUtil.getLocalDateTime(serial));
			}
		}
		catch (NumberFormatException ex) {
			// a time written as text: "14/6/2021 8:00:07", "2021-06-14 08:00"
		}
		String date = text.strip().split("[ T]")[0];
		return ThaiDates.parse(date).map(YearMonth::from).orElse(null);
	}
}
