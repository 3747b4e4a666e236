package th.itabatch.survey;


/**
 * One respondent's row of an export, or the end of an export (then {@code values} is null).
 *
 * @param input the export
 * @param layout its columns
 * @param rowNumber the row's number in the sheet
 * @param values the row's values by column
 */
public record SurveyRow(SurveyExport input, SurveyLayout layout, int rowNumber, String[] values) {

	public static SurveyRow end(SurveyExport input, SurveyLayout layout) {
		return new SurveyRow(input, layout, -1, null);
	}

	public boolean isEnd() {
		return values == null;
	}

	public String value(int column) {
		return column < values.length ? values[column] : null;
	}
}
