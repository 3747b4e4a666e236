package th.itabatch.workbook;

import java.util.Optional;

/**
 * Recognises one kind of table (scores, plan, progress) from a candidate header.
 *
 * @param <L> the layout the shape works out: which column holds what
 */
public interface TableShape<L> {

	/** The layout of the table under this header, or empty when the header is not this table's. */
	Optional<L> recognise(Header header, SheetReader sheet);

	/** How many columns the layout recognised; the best header is the one with most. */
	int quality(L layout);
}
