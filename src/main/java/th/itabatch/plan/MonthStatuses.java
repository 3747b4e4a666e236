package th.itabatch.plan;

import java.util.List;

import th.itabatch.workbook.Header;
import th.itabatch.workbook.NoValue;
import th.itabatch.workbook.SheetReader;

/**
 * Whether a table's month columns hold progress statuses ("ดำเนินการแล้ว", "50%") rather than a
 * plan's marks (✓, x, 1): a sheet of progress by month, a column a month, is no plan (a trial's was
 * read as one, and replaced the unit's plan with it), and is read as progress.
 */
final class MonthStatuses {

	/** The rows under the header looked at: enough to tell, not the whole sheet for every header tried. */
	private static final int ROWS_LOOKED_AT = 60;

	/** Month cells filled with marks alone after which a table is taken for a plan without reading on. */
	private static final int ENOUGH_MARKS = 10;

	private MonthStatuses() {
	}

	/** True when at least two of the month cells, and half of those filled, state a status in words or a percent. */
	static boolean hold(SheetReader sheet, Header header, List<Integer> columns) {
		int filled = 0;
		int statuses = 0;
		int last = Math.min(sheet.lastRow(), header.lastRow() + ROWS_LOOKED_AT);
		for (int row = header.lastRow() + 1; row <= last; row++) {
			for (int column : columns) {
				String text = sheet.text(row, column);
				if (NoValue.is(text)) {
					continue;
				}
				filled++;
				statuses += isStatus(text) ? 1 : 0;
			}
			if (filled >= ENOUGH_MARKS && statuses == 0) {
				return false; // a plan's marks: told from its first rows, as every header tried asks
			}
		}
		return statuses >= 2 && statuses * 2 >= filled;
	}

	/** A status as progress states it: words or a percent, not a mark of one or two letters ("✓" is "done" in a status column). */
	static boolean isStatus(String text) {
		return text.strip().codePointCount(0, text.strip().length()) > 2 && ProgressStatus.parseStated(text).isPresent();
	}
}
