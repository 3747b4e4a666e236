package th.itabatch.workbook.stream;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of one sheet, read one after another without holding the sheet in memory: for exports
 * of a hundred thousand rows. Values are as a person sees them in the cell's text: shared and
 * inline strings, numbers as their stored digits, TRUE / FALSE.
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
