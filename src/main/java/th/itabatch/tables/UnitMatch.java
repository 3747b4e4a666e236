package th.itabatch.tables;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Matches the units one workbook names to the register, as its kinds rename their rows: the
 * registered name for a known one; for an unknown one, the name as written and one located warning a
 * sheet with the closest registered names.
 */
public final class UnitMatch {

	private final UnitNames units;

	private final MessageLog log;

	private final Set<String> warned = new HashSet<>();

	public UnitMatch(UnitNames units, MessageLog log) {
		this.units = units;
		this.log = log;
	}

	/** The registered name of the unit a cell names. */
	public String of(String typed, String sheet, String cell) {
		if (typed == null) {
			return null;
		}
		return units.canonical(typed).orElseGet(() -> {
			// Once a sheet: a name misspelt on two sheets is mended in both (a trial fixed one, not knowing).
			if (warned.add(sheet + "\n" + typed)) {
				int mark = log.size();
				List<String> sharing = units.sharing(typed);
				if (!sharing.isEmpty()) {
					// In the register, as several units' name: "not in the register" sent a trial to look for it there.
					log.cell(MessageCode.UNIT_AMBIGUOUS, sheet, cell, typed, String.join(", ", sharing));
				}
				else {
					List<String> closest = units.closest(typed);
					// None close: a unit missing from the register rather than misspelt.
					log.cell(MessageCode.UNIT_UNKNOWN, sheet, cell, typed, closest.isEmpty() ? "—" : String.join(", ", closest));
				}
				// Not a registered unit's to mend: its reports do not repeat it (the input's page shows it).
				log.about(mark, typed);
			}
			return typed;
		});
	}
}
