package th.itabatch.tables;

import java.util.List;

/**
 * The rows of one kind read from a workbook.
 *
 * @param kind the kind of table
 * @param rows what its rows became
 * @param <T> the row type
 */
public record Table<T>(TableKind<T> kind, List<T> rows) {

	/** Stores the rows as the given input's. */
	public void store(long inputId) {
		kind.store(inputId, rows);
	}
}
