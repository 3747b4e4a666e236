package th.itabatch.workbook;

import java.util.Optional;

/**
 * Finds a known unit named in a text such as a sheet's title, by its name or another name
 * ("แผนปฏิบัติการ … พ.ศ. ๒๕๖๕ สพต." gives the unit the register calls สพต.): where the title's own
 * wording names no unit, a register still knows its short names.
 */
@FunctionalInterface
public interface UnitFinder {

	/** No register: no text names a known unit. */
	UnitFinder NONE = text -> Optional.empty();

	/** The registered name of the unit the text names, if it names one. */
	Optional<String> namedIn(String text);
}
