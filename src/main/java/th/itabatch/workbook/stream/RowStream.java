package th.itabatch.workbook.stream;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of one sheet, read one after another without holding the sheet in memory: for exports
 * of a hundred thousand rows. Values are as a person sees them in the cell's text: shared and
 * inline strings (Excel's {@code _xHHHH_} escapes decoded), numbers as their stored digits, dates as
 * their Excel serial number (also ISO dates in {@code t="d"} cells), TRUE / FALSE, error texts such as
 * {@code #N/A}. A file over a {@link th.itabatch.workbook.WorkbookLimits limit} stops the reading with a
 * {@link th.itabatch.workbook.LimitExceededException}.
 */
public interface RowStream extends Closeable {

	/** Moves to the next row that has cells; false at the end of the sheet. */
	boolean next() throws IOException;

	/** The current row's number as the sheet numbers it (1-based). */
	int rowNumber();

	/** One past the last column the current row has a value in. */
	int width();

	/** The value of a column (0-based) of the current row, or null when the cell is empty. */
	String value(int column);

	/** The sheet's name, for messages. */
	String sheetName();
}
