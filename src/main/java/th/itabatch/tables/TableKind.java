package th.itabatch.tables;

import java.util.List;
import java.util.Optional;

import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;

/**
 * A kind of table an input workbook may hold (scores, plan, progress, …): it recognises its table
 * on a sheet, reads and checks it, and stores what it read. Every kind is a bean; the ingest job
 * reads a workbook's sheets with whichever kind recognises each best, so a new kind of input is a
 * new bean, not an edit of the reader.
 *
 * @param <T> what one row of the table becomes
 */
public interface TableKind<T> {

	/** The kind's stable name, stored with each input that holds it ("SCORES"). */
	String name();

	/**
	 * Which kind wins when two recognise a sheet's header equally well: the lower number. It also
	 * orders the kinds for a newcomer reading the list.
	 */
	int priority();

	/**
	 * True for a kind whose sheets are read after the workbook's other sheets, because it takes the
	 * unit and fiscal year those state (a progress sheet beside its plan).
	 */
	default boolean readsAfterOthers() {
		return false;
	}

	/** The kind's table header on the sheet, if it has one; its quality ranks it against other kinds. */
	Optional<HeaderFinder.Found<?>> locate(SheetReader sheet);

	/** Reads the sheet's table, which {@link #locate} found; problems go to the log. */
	List<T> read(SheetReader sheet, InputDefaults defaults, MessageLog log);

	/** The unit and fiscal year the rows state, to serve the workbook's other sheets that state none. */
	default Optional<InputDefaults> stated(List<T> rows) {
		return Optional.empty();
	}

	/**
	 * The units the rows read name (as read, before the register's names): a refused workbook of one
	 * unit's data is that unit's, so its department hears it sent one. Kinds whose rows are no unit's
	 * data name none.
	 */
	default java.util.Set<String> unitsOf(List<T> rows) {
		return java.util.Set.of();
	}

	/** Checks the rows of the whole workbook together (an indicator given twice); problems go to the log. */
	default void check(List<T> rows, MessageLog log) {
	}

	/**
	 * The rows with each unit named as the register names it; a unit the register does not know is a
	 * located warning with the closest registered names. Kinds whose rows name no unit keep them.
	 */
	default List<T> withRegisteredUnits(List<T> rows, UnitNames units, MessageLog log) {
		return rows;
	}

	/**
	 * Compares the rows, their units named as the register names them, with what earlier inputs
	 * gave; differences a user should hear of (a past month corrected) go to the log.
	 */
	default void compare(List<T> rows, MessageLog log) {
	}

	/**
	 * Says, as the input is about to be {@link #accept accepted}, what its stored rows replace of what
	 * counted until then. {@link #compare} sees only inputs accepted before the run; the files of one
	 * drop are read side by side, so only here does a file meet the one saved before it in the same drop.
	 */
	default void compareOnAccepting(long inputId, MessageLog log) {
	}

	/** Stores the rows of an input; they count for reports once the input is {@link #accept accepted}. */
	void store(long inputId, List<T> rows);

	/** Makes the input's stored rows count: the input was checked and is used. */
	void accept(long inputId);

	/** Forgets what the input held (it was rejected, or is read again). */
	void forget(long inputId);

	/**
	 * The units the accepted rows of the given inputs (or of all inputs, for {@code null}) hold data
	 * for: each gets a report run, so a kind whose rows only name units (a register of units) returns
	 * none here.
	 */
	List<String> units(List<Long> inputIds);

	/**
	 * The units the rows of the given inputs name, accepted or not yet: a register read in the same
	 * run has the inputs that name a unit otherwise than it does read again.
	 */
	List<String> unitsNamed(List<Long> inputIds);
}
