package th.itabatch.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What the progress sheet says about one activity in one month.
 *
 * @param unit the unit
 * @param fiscalYear the fiscal year (BE)
 * @param activityRef the activity as the sheet names it (a number or its text)
 * @param activityNumber the plan activity it refers to, once matched with the plan; else {@code null}
 * @param month the month reported
 * @param status the status
 * @param result the result text, or {@code null}
 * @param participants the number of participants, or {@code null}
 * @param budgetUsed the budget used, or {@code null}
 * @param evidence an evidence link or note, or {@code null}
 * @param problems problems met, or {@code null}
 * @param sheet the sheet
 * @param cell the A1 reference of the activity cell of the row
 * @param percent how far along an activity in progress is, when the status says ("ร้อยละ 50"), or {@code null}
 * @param unitCell the A1 reference of the cell that names the unit, or {@code null} (configured)
 */
public record ProgressEntry(String unit, int fiscalYear, String activityRef, Integer activityNumber, YearMonth month,
		ProgressStatus status, String result, Integer participants, BigDecimal budgetUsed, String evidence,
		String problems, String sheet, String cell, Integer percent, String unitCell) {

	/** A row whose unit's cell is not known. */
	public ProgressEntry(String unit, int fiscalYear, String activityRef, Integer activityNumber, YearMonth month,
			ProgressStatus status, String result, Integer participants, BigDecimal budgetUsed, String evidence,
			String problems, String sheet, String cell, Integer percent) {
		this(unit, fiscalYear, activityRef, activityNumber, month, status, result, participants, budgetUsed, evidence,
				problems, sheet, cell, percent, null);
	}

	public ProgressEntry(String unit, int fiscalYear, String activityRef, Integer activityNumber, YearMonth month,
			ProgressStatus status, String result, Integer participants, BigDecimal budgetUsed, String evidence,
			String problems, String sheet, String cell) {
		this(unit, fiscalYear, activityRef, activityNumber, month, status, result, participants, budgetUsed, evidence,
				problems, sheet, cell, null);
	}

	/** The same row of the unit the register names. */
	public ProgressEntry withUnit(String registered) {
		return new ProgressEntry(registered, fiscalYear, activityRef, activityNumber, month, status, result, participants,
				budgetUsed, evidence, problems, sheet, cell, percent, unitCell);
	}

	/** The same row with the status a month's list gives it. */
	public ProgressEntry withStatus(ProgressStatus stated) {
		return new ProgressEntry(unit, fiscalYear, activityRef, activityNumber, month, stated, result, participants,
				budgetUsed, evidence, problems, sheet, cell, percent, unitCell);
	}

	public ProgressEntry withActivityNumber(int number) {
		return new ProgressEntry(unit, fiscalYear, activityRef, number, month, status, result, participants, budgetUsed,
				evidence, problems, sheet, cell, percent, unitCell);
	}

	/** The status in Thai, with the percent when one was stated ("อยู่ระหว่างดำเนินการ (ร้อยละ 50)"). */
	public String statusThai() {
		return percent == null || status != ProgressStatus.IN_PROGRESS ? status.thai()
				: status.thai() + " (ร้อยละ " + percent + ")";
	}
}
