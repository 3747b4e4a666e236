package th.itabatch.workbook;

import java.util.List;
import java.util.Optional;

/**
 * A header found in a sheet: one row, or two rows when a merged group cell stands above some of
 * the column headers.
 *
 * @param firstRow the first header row (0-based)
 * @param lastRow the last header row; data starts below it
 * @param cells the non-empty header cells, left to right
 * @param mergedGroup true when a cell merged across columns groups cells of the row below it
 */
public record Header(int firstRow, int lastRow, List<HeaderCell> cells, boolean mergedGroup) {

	public Header(int firstRow, int lastRow, List<HeaderCell> cells) {
		this(firstRow, lastRow, cells, false);
	}

	public Optional<HeaderCell> first(ColumnAliases aliases) {
		return cells.stream().filter(c -> c.matches(aliases)).findFirst();
	}

	/** The column of the first header cell that matches, or -1. */
	public int column(ColumnAliases aliases) {
		return first(aliases).map(HeaderCell::column).orElse(-1);
	}
}
