package th.itabatch.workbook;

import java.math.BigDecimal;

/**
 * What a cell holds when a number is expected: nothing, a number, text that is not a number, or a
 * formula whose result was never saved and cannot be computed.
 */
public sealed interface CellNumber {

	/** A cell that states no value: empty, a dash or "n/a" ({@link NoValue}). */
	record Blank() implements CellNumber {
	}

	/** A number: 97.11 for a cell showing 97.11, "๙๗.๑๑", "97.11%" or a percent-formatted 0.9711. */
	record Value(BigDecimal value) implements CellNumber {
	}

	/** Text that does not read as a number. */
	record Invalid(String text) implements CellNumber {
	}

	/** A formula without a saved result that could not be computed either. */
	record NoFormulaValue(String formula) implements CellNumber {
	}
}
