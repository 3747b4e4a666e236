package th.itabatch.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.itabatch.thai.ThaiMonths;

/**
 * Finds a table's header by its text anywhere in the first 30 rows of a sheet, as a single row or
 * as two rows (a merged group cell above the column cells), so title rows above a table and the
 * order of its columns do not matter.
 */
public final class HeaderFinder {

	/** How many rows from the top of a sheet may hold the header. */
	public static final int SEARCH_ROWS = 30;

	/** The rows under a two-row header looked at to tell a column from a value written beside the table. */
	private static final int ROWS_LOOKED_AT = 10;

	private HeaderFinder() {
	}

	/**
	 * The best header for the shape: most columns recognised, then ending highest (a header never
	 * swallows the first data row), then with a merged group row above it ("ระยะเวลาดำเนินการ" over
	 * the months), else the single row (a title just above is no part of the header).
	 */
	public static <L> Optional<Found<L>> find(SheetReader sheet, TableShape<L> shape) {
		Found<L> best = null;
		int last = Math.min(sheet.lastRow(), SEARCH_ROWS - 1);
		for (int row = 0; row <= last; row++) {
			if (sheet.isRowBlank(row)) {
				continue;
			}
			for (Header header : candidates(sheet, row)) {
				Optional<L> layout = shape.recognise(header, sheet);
				if (layout.isEmpty()) {
					continue;
				}
				Found<L> found = new Found<>(header, layout.get(), shape.quality(layout.get()));
				if (best == null || found.isBetterThan(best)) {
					best = found;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static List<Header> candidates(SheetReader sheet, int row) {
		List<Header> headers = new ArrayList<>();
		headers.add(singleRow(sheet, row));
		if (row + 1 <= sheet.lastRow()) {
			headers.add(twoRows(sheet, row));
		}
		return headers;
	}

	private static Header singleRow(SheetReader sheet, int row) {
		List<HeaderCell> cells = new ArrayList<>();
		int width = sheet.width(row);
		for (int c = 0; c < width; c++) {
			String label = sheet.mergedText(row, c);
			if (!label.isEmpty() && !rightOfMergedStart(sheet, row, c)) {
				cells.add(new HeaderCell(c, label, null));
			}
		}
		return new Header(row, row, cells);
	}

	private static Header twoRows(SheetReader sheet, int row) {
		List<HeaderCell> cells = new ArrayList<>();
		boolean mergedGroup = false;
		int width = Math.max(sheet.width(row), sheet.width(row + 1));
		for (int c = 0; c < width; c++) {
			String top = sheet.mergedText(row, c);
			String bottom = sheet.mergedText(row + 1, c);
			if (bottom.isEmpty() || bottom.equals(top)) {
				if (!top.isEmpty() && !rightOfMergedStart(sheet, row, c)
						&& (!bottom.isEmpty() || !statesTheTables(top) || headsColumn(sheet, row + 2, c))) {
					cells.add(new HeaderCell(c, top, null));
				}
			}
			else if (top.isEmpty()) {
				cells.add(new HeaderCell(c, bottom, null));
			}
			else {
				cells.add(new HeaderCell(c, bottom, top));
				var region = sheet.mergedRegion(row, c);
				mergedGroup |= region != null && region.getFirstColumn() != region.getLastColumn();
			}
		}
		return new Header(row, row + 1, cells, mergedGroup);
	}

	/**
	 * True for a cell of a merged area right of its first, unless the area names a month: a text merged
	 * across columns is one heading. A planning office's title merged over the whole table ("ปีงบประมาณ
	 * ๒๕๖๘ รอบที่ ๑ …", A2:M2) counted as thirteen cells naming round 1, and outranked the table below it
	 * (a holdout trial's scores workbook refused, "no indicator column"). A month merged over its halves
	 * or weeks heads each of them: a plan's marks are in any (a review).
	 */
	private static boolean rightOfMergedStart(SheetReader sheet, int row, int column) {
		var region = sheet.mergedRegion(row, column);
		return region != null && region.getFirstColumn() < column
				&& ThaiMonths.parse(sheet.text(region.getFirstRow(), region.getFirstColumn())).isEmpty();
	}

	/**
	 * True for a label with its value, the table's unit or year as {@link UnitAndYear} reads them above a
	 * table ("ปีงบประมาณ 2567", "หน่วยงาน: กองคลัง"): such a cell of the top row alone may state the
	 * table's year rather than head a column. Any other label ("งบประมาณ") heads its column, filled or not.
	 */
	private static boolean statesTheTables(String text) {
		return CommonColumns.FISCAL_YEAR.valueAfter(text).filter(v -> !v.isEmpty()).isPresent()
				|| CommonColumns.UNIT.valueAfter(text).filter(v -> !v.isEmpty()).isPresent();
	}

	/**
	 * False for a label with its value over a column with nothing under it where the table has data:
	 * "ปีงบประมาณ 2567" written beside "หน่วยงาน: …" above the table states the table's year and heads
	 * no column (a trial: read as the year's column, every row then lacked its year).
	 */
	private static boolean headsColumn(SheetReader sheet, int firstDataRow, int column) {
		boolean tableHasData = false;
		int last = Math.min(sheet.lastRow(), firstDataRow + ROWS_LOOKED_AT - 1);
		for (int row = firstDataRow; row <= last; row++) {
			if (!sheet.text(row, column).isEmpty()) {
				return true;
			}
			tableHasData = tableHasData || !sheet.isRowBlank(row);
		}
		return !tableHasData;
	}

	/**
	 * A recognised header with its layout.
	 *
	 * @param header the header rows
	 * @param layout the table layout
	 * @param quality how many columns were recognised
	 * @param <L> the layout type
	 */
	public record Found<L>(Header header, L layout, int quality) {

		boolean isBetterThan(Found<L> other) {
			if (quality != other.quality) {
				return quality > other.quality;
			}
			if (header.lastRow() != other.header.lastRow()) {
				return header.lastRow() < other.header.lastRow();
			}
			if (header.mergedGroup() != other.header.mergedGroup()) {
				return header.mergedGroup();
			}
			return header.firstRow() > other.header.firstRow();
		}
	}
}
