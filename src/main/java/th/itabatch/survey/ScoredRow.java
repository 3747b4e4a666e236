package th.itabatch.survey;

import java.util.List;


/**
 * A row scored: the unit it counts for, the points of each item column ({@code NaN} where it was
 * left blank or could not be scored), the answers that are no label of their scale, when it was
 * answered, and a fingerprint of its time and answers to find duplicate submissions.
 *
 * @param input the export
 * @param layout its columns
 * @param rowNumber the row's number, or -1 for the end of the export
 * @param unit the respondent's unit as typed; {@link #EXPORTS_UNIT} in an export without a unit column;
 *     null where the respondent named none
 * @param points points per item column
 * @param problems answers that are no label
 * @param month the month answered, in either order of day and month, or {@code null}
 * @param fingerprint the fingerprint of the row's time and answers
 * @param failure why reading the export failed, or {@code null}
 * @param noOpinion the answers that say the respondent gave none ("ไม่ทราบ"), not scored
 * @param numbered the answers given as a form's number for a label ("4"), scored as the label
 * @param respondent the respondent's e-mail address hashed, or 0 where the form collected none
 */
public record ScoredRow(SurveyExport input, SurveyLayout layout, int rowNumber, String unit, double[] points,
		List<Problem> problems, AnswerMonth month, long fingerprint, String failure, int noOpinion, int numbered,
		long respondent) {

	/** The unit of a row in an export without a unit column: the export's own, its file name's or the configured one. */
	public static final String EXPORTS_UNIT = "";

	public ScoredRow(SurveyExport input, SurveyLayout layout, int rowNumber, String unit, double[] points,
			List<Problem> problems, AnswerMonth month, long fingerprint) {
		this(input, layout, rowNumber, unit, points, problems, month, fingerprint, null, 0, 0, 0);
	}

	public ScoredRow(SurveyExport input, SurveyLayout layout, int rowNumber, String unit, double[] points,
			List<Problem> problems, AnswerMonth month, long fingerprint, String failure) {
		this(input, layout, rowNumber, unit, points, problems, month, fingerprint, failure, 0, 0, 0);
	}

	/** Reading the export failed part-way. */
	public boolean isFailure() {
		return failure != null;
	}

	public boolean isEnd() {
		return rowNumber < 0;
	}

	/**
	 * An answer that is no label of its item's scale.
	 *
	 * @param cell its A1 reference
	 * @param answer what it says
	 * @param item the item
	 * @param labels the scale's labels
	 */
	public record Problem(String cell, String answer, ItemKey item, List<String> labels) {
	}
}
