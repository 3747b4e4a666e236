package th.itabatch.units;

import java.util.List;

/**
 * A unit of the register: a department, a division, a group…
 *
 * @param code its code ("0102")
 * @param name its Thai name ("กองคลัง")
 * @param aliases the other names people type ("กค.", "Finance Division")
 * @param parent the unit it belongs to, by code or name, or {@code null} for the top
 * @param kind กรม, กอง, ศูนย์, สำนักงาน, กลุ่ม…, or {@code null}
 * @param sheet the register sheet it was read from, or {@code null} from configuration
 * @param cell the cell of its code, or {@code null}
 * @param parentCell the cell of its parent, or {@code null}: where a parent not in the register is
 *     pointed at, not the code's cell
 */
public record RegisteredUnit(String code, String name, List<String> aliases, String parent, String kind, String sheet,
		String cell, String parentCell) {

	public RegisteredUnit {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	/** A unit whose parent's cell is not known (from configuration or as stored). */
	public RegisteredUnit(String code, String name, List<String> aliases, String parent, String kind, String sheet,
			String cell) {
		this(code, name, aliases, parent, kind, sheet, cell, null);
	}

	/** The cell to point at about its parent: the parent's own, else the code's. */
	public String parentOrCodeCell() {
		return parentCell != null ? parentCell : cell;
	}
}
