package th.itabatch.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Whether JXLS writes every cell of a template's sheet in the column the template has it, so that it
 * need not set each cell's column width again (2.6 % of a unit's Excel report): the sheet's
 * commands are areas, tables growing down and conditions without other areas, and nothing stands to
 * the right of a table or a condition in its rows. An empty table or a false condition takes its
 * columns away, and JXLS moves what stands to its right into them: a total beside an empty table
 * printed as 1E+06 in the table's narrow column, where JXLS's copy of the widths had widened it (a
 * review).
 */
final class ColumnsInPlace {

	/** A command that writes its area where the template has it, or a table's rows below it: its name and what may follow. */
	private static final Pattern COMMAND = Pattern.compile("jx:(area|each|if)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);

	/**
	 * What may write an area in other columns or sheets: a table's direction (to the right), one sheet
	 * per item, an if's other areas.
	 */
	private static final Pattern ELSEWHERE = Pattern.compile("\\b(direction|multisheet|areas)\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern LAST_CELL = Pattern.compile("\\blastCell\\s*=\\s*[\"']([^\"']+)[\"']");

	/** A command's cells: from its comment's cell to its last cell. */
	private record Placed(int firstRow, int firstColumn, int lastRow, int lastColumn) {

		boolean holds(int row, int column) {
			return firstRow <= row && row <= lastRow && firstColumn <= column && column <= lastColumn;
		}
	}

	private ColumnsInPlace() {
	}

	/** Whether the sheet's every cell stays in its column, its commands given by their cells. */
	static boolean of(Map<CellAddress, String> comments, CTWorksheet sheet) {
		List<Placed> areas = new ArrayList<>();
		List<Placed> commands = new ArrayList<>();
		for (Map.Entry<CellAddress, String> comment : comments.entrySet()) {
			for (String line : comment.getValue().split("\n")) {
				String trimmed = line.trim();
				if (trimmed.isEmpty()) {
					continue;
				}
				Matcher command = COMMAND.matcher(trimmed);
				Matcher last = command.matches() ? LAST_CELL.matcher(command.group(2)) : null;
				if (last == null || ELSEWHERE.matcher(command.group(2)).find() || !last.find()) {
					return false;
				}
				CellReference lastCell = new CellReference(last.group(1));
				if (lastCell.getSheetName() != null) {
					return false;
				}
				CellAddress at = comment.getKey();
				(command.group(1).equals("area") ? areas : commands)
					.add(new Placed(at.getRow(), at.getColumn(), lastCell.getRow(), lastCell.getCol()));
			}
		}
		Set<CellAddress> taken = taken(sheet);
		if (taken == null) {
			return false;
		}
		taken.addAll(comments.keySet());
		for (Placed command : commands) {
			Placed area = areas.stream().filter(a -> a.holds(command.firstRow(), command.firstColumn())).findFirst().orElse(null);
			if (area == null) {
				return false;
			}
			for (CellAddress cell : taken) {
				if (command.firstRow() <= cell.getRow() && cell.getRow() <= command.lastRow()
						&& command.lastColumn() < cell.getColumn() && cell.getColumn() <= area.lastColumn()) {
					return false;
				}
			}
		}
		return true;
	}

	/** The cells the sheet's XML has, or null where one does not say where it is. */
	private static Set<CellAddress> taken(CTWorksheet sheet) {
		Set<CellAddress> cells = new HashSet<>();
		if (sheet.getSheetData() == null) {
			return cells;
		}
		for (CTRow row : sheet.getSheetData().getRowArray()) {
			for (CTCell cell : row.getCArray()) {
				if (cell.getR() == null) {
					return null;
				}
				cells.add(new CellAddress(cell.getR()));
			}
		}
		return cells;
	}
}
