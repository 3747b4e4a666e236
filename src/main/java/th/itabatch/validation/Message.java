package th.itabatch.validation;

/**
 * A located validation message: which file, sheet and cell (or row), what is wrong, in Thai and
 * English.
 *
 * @param severity error or warning
 * @param code the stable code, e.g. "SCORE_RANGE"
 * @param file the workbook's file name
 * @param sheet the sheet name, or {@code null} for a message about the whole file
 * @param cell the A1 reference of the cell ("C7"), or {@code null}
 * @param row the 1-based row when there is no single cell, or {@code null}
 * @param thai the message in Thai
 * @param english the message in English
 * @param unit the unit the message is about, as the register names it, in a workbook of several
 *     units' rows; {@code null} for a message about the whole workbook or one that names no unit
 */
public record Message(Severity severity, String code, String file, String sheet, String cell, Integer row,
		String thai, String english, String unit) {

	/** The same message about the given unit. */
	public Message withUnit(String about) {
		return new Message(severity, code, file, sheet, cell, row, thai, english, about);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** "C7", "row 12" or "" — where in the sheet. */
	public String where() {
		if (cell != null) {
			return cell;
		}
		return row != null ? "แถว/row " + row : "";
	}

	/** {@code scores.xlsx › คะแนน › C7}: the file, and the sheet and cell or row where there are. */
	public String location() {
		StringBuilder text = new StringBuilder(file);
		if (sheet != null) {
			text.append(" › ").append(sheet);
		}
		if (!where().isEmpty()) {
			text.append(" › ").append(where());
		}
		return text.toString();
	}

	/** {@code scores.xlsx › คะแนน › C7 · SCORE_RANGE · คะแนน … / score …}. */
	@Override
	public String toString() {
		return location() + " · " + code + " · " + thai + " / " + english;
	}
}
