package th.itabatch.survey;


/**
 * One respondent's row of an export, the end of an export (then {@code values} is null), or the
 * news that reading it failed (then {@code failure} says why).
 *
 * @param input the export
 * @param layout its columns
 * @param rowNumber the row's number in the sheet
 * @param values the row's values by column
 * @param failure why reading the export failed, or {@code null}
 */
public record SurveyRow(SurveyExport input, SurveyLayout layout, int rowNumber, String[] values, String failure) {

	public SurveyRow(SurveyExport input, SurveyLayout layout, int rowNumber, String[] values) {
		this(input, layout, rowNumber, values, null);
	}

	public static SurveyRow end(SurveyExport input, SurveyLayout layout) {
		return new SurveyRow(input, layout, -1, null, null);
	}

	/** Reading the export failed part-way: what was read of it is not used. */
	public static SurveyRow failed(SurveyExport input, String reason) {
		return new SurveyRow(input, null, -1, null, reason);
	}

	public boolean isEnd() {
		return values == null;
	}

	public String value(int column) {
		return column < values.length ? values[column] : null;
	}
}
