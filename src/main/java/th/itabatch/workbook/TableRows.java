package th.itabatch.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The data rows of a table below its header: the one row loop every table reader uses. Blank rows
 * are passed over, a notes row ("หมายเหตุ …") ends the table, and a grouping column (policy,
 * measure, unit, round) carries its value down into the blank and merged cells below it.
 */
public final class TableRows implements Iterable<TableRows.Row> {

	private final SheetReader sheet;

	private final int firstRow;

	private final Map<Integer, String> carried = new HashMap<>();

	/** Where each column's carried value was written: the row (0-based) it was read from. */
	private final Map<Integer, Integer> carriedFrom = new HashMap<>();

	private final List<Integer> hiddenRead = new ArrayList<>();

	private TableRows(SheetReader sheet, int firstRow) {
		this.sheet = sheet;
		this.firstRow = firstRow;
	}

	/** The rows under the header. */
	public static TableRows below(SheetReader sheet, Header header) {
		return new TableRows(sheet, header.lastRow() + 1);
	}

	@Override
	public Iterator<Row> iterator() {
		return new Iterator<>() {

			private int next = advance(firstRow);

			@Override
			public boolean hasNext() {
				return next >= 0;
			}

			@Override
			public Row next() {
				if (next < 0) {
					throw new NoSuchElementException();
				}
				Row row = new Row(next);
				if (sheet.isRowHidden(next)) {
					hiddenRead.add(row.number());
				}
				next = advance(next + 1);
				return row;
			}
		};
	}

	/**
	 * The numbers (1-based) of the rows read so far that the sheet hides: read all the same, since a
	 * filter hides rows that still count, but worth a word, since a person may have hidden what
	 * should not.
	 */
	public List<Integer> hiddenRead() {
		return List.copyOf(hiddenRead);
	}

	/** The next data row at or after {@code row}, or -1 at the table's end. */
	private int advance(int row) {
		for (int r = row; r <= sheet.lastRow(); r++) {
			if (sheet.isRowBlank(r)) {
				continue;
			}
			return CommonColumns.isNotesRow(sheet.firstText(r)) ? -1 : r;
		}
		return -1;
	}

	/** One data row; a column of -1 (absent from the table) reads as empty. */
	public final class Row {

		private final int index;

		private Row(int index) {
			this.index = index;
		}

		/** The 0-based row index. */
		public int index() {
			return index;
		}

		/** The row's 1-based number, as Excel shows it. */
		public int number() {
			return index + 1;
		}

		/** The A1 reference of the row's cell in the column. */
		public String ref(int column) {
			return CellRefs.of(index, Math.max(column, 0));
		}

		/** The cell's own displayed text; "" when empty or absent. */
		public String text(int column) {
			return column < 0 ? "" : sheet.text(index, column);
		}

		/** The displayed text, a merged area's value from any of its cells. */
		public String merged(int column) {
			return column < 0 ? "" : sheet.mergedText(index, column);
		}

		/** The cell's shading ({@link SheetReader#shade}); empty where the column is absent. */
		public java.util.Optional<String> shade(int column) {
			return column < 0 ? java.util.Optional.empty() : sheet.shade(index, column);
		}

		/** The displayed text as {@link #merged}, or {@code null} when the cell is empty or the column absent. */
		public String mergedOrNull(int column) {
			String text = merged(column);
			return text.isEmpty() ? null : text;
		}

		/** True when a cell of the row left of {@code column} says so ("เป้าหมาย", "ค่าเฉลี่ย"). */
		public boolean labelledLeftOf(int column, java.util.function.Predicate<String> says) {
			for (int left = 0; left < column; left++) {
				if (says.test(merged(left))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A grouping column's value: the cell's own (or its merged area's), else the value carried
		 * down from the rows above; {@code null} when there is none or the column is absent.
		 */
		public String carried(int column) {
			if (column < 0) {
				return null;
			}
			String value = sheet.mergedText(index, column);
			if (!value.isEmpty()) {
				carried.put(column, value);
				carriedFrom.put(column, index);
				return value;
			}
			return carried.get(column);
		}

		/**
		 * The A1 reference of the cell a grouping column's value ({@link #carried}) was written in: this
		 * row's own, or the row above it was carried down from.
		 */
		public String carriedRef(int column) {
			if (column >= 0 && sheet.mergedText(index, column).isEmpty() && carriedFrom.containsKey(column)) {
				return CellRefs.of(carriedFrom.get(column), column);
			}
			return ref(column);
		}

		/** The text, or {@code null} when the cell states no value ({@link NoValue}). */
		public String optional(int column) {
			String text = text(column);
			return NoValue.is(text) ? null : text;
		}

		/** The number the cell states; a cell with no value is {@link CellNumber.Blank}. */
		public CellNumber number(int column) {
			return column < 0 ? new CellNumber.Blank() : sheet.number(index, column);
		}
	}
}
