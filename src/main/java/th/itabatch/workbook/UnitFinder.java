package th.itabatch.workbook;

import java.util.Optional;

import th.itabatch.thai.ThaiText;

/**
 * Finds a known unit named in a text such as a sheet's title, by its name or another name
 * ("แผนปฏิบัติการ … พ.ศ. ๒๕๖๕ สพต." gives the unit the register calls สพต.): where the title's own
 * wording names no unit, a register still knows its short names.
 */
@FunctionalInterface
public interface UnitFinder {

	/** No register: no text names a known unit. */
	UnitFinder NONE = text -> Optional.empty();

	/**
	 * The letters a name has at least to be found run into a title's other words ("…ให้กับบุคลากรกองคลัง"):
	 * shorter ones are too often part of another word by chance.
	 */
	int RUN_IN_LETTERS = 6;

	/**
	 * A finder of one name, found where a title writes it as a word of its own or runs it into its
	 * other words as Thai is written: the configured unit, where no register names the units.
	 */
	static UnitFinder runInto(String name) {
		String key = ThaiText.compactKey(name == null ? "" : name);
		if (key.length() < RUN_IN_LETTERS) {
			return NONE;
		}
		return text -> ThaiText.compactKey(text).contains(key) ? Optional.of(name) : Optional.empty();
	}

	/** The registered name of the unit the text names, if it names one. */
	Optional<String> namedIn(String text);

	/**
	 * True for a register of several units, a department's: a workbook naming no unit is then no
	 * configured unit's (a trial's unit's scores, named nowhere, replaced its planning office's).
	 */
	default boolean severalUnits() {
		return false;
	}
}
