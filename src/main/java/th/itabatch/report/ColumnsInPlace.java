package th.itabatch.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellAddress;
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

	/** Commands that write their area where the template has it, or a table's rows below it. */
	private static final Set<String> IN_PLACE = Set.of("area", "each", "if");

	/**
	 * What may write an area in other columns or sheets: a table's direction (to the right), one sheet
	 * per item, an if's other areas ({@code areas=[…]}, which is no quoted attribute).
	 */
	private static final Pattern ELSEWHERE = Pattern.compile("\\b(direction|multisheet|areas)\\s*=", Pattern.CASE_INSENSITIVE);

	private ColumnsInPlace() {
	}

	/** Whether the sheet's every cell stays in its column, its commands given by their cells. */
	static boolean of(Map<CellAddress, String> comments, CTWorksheet sheet) {
		List<TemplateCommand> areas = new ArrayList<>();
		List<TemplateCommand> commands = new ArrayList<>();
		for (Map.Entry<CellAddress, String> comment : comments.entrySet()) {
			List<TemplateCommand> read = TemplateCommand.of(comment.getKey(), comment.getValue());
			// One command a line, as CommandComments takes them out: a line of two would be read as one here.
			if (ELSEWHERE.matcher(comment.getValue()).find() || read.size() != comment.getValue().strip().lines()
				.filter(line -> !line.isBlank())
				.count()) {
				return false;
			}
			for (TemplateCommand command : read) {
				if (!IN_PLACE.contains(command.name()) || !command.valid() || command.last().getSheetName() != null) {
					return false;
				}
				(command.name().equals("area") ? areas : commands).add(command);
			}
		}
		Set<CellAddress> taken = taken(sheet);
		if (taken == null) {
			return false;
		}
		taken.addAll(comments.keySet());
		for (TemplateCommand command : commands) {
			TemplateCommand area = areas.stream()
				.filter(a -> a.covers(command.at().getRow(), command.at().getColumn()))
				.findFirst()
				.orElse(null);
			if (area == null) {
				return false;
			}
			for (CellAddress cell : taken) {
				if (command.at().getRow() <= cell.getRow() && cell.getRow() <= command.last().getRow()
						&& command.last().getCol() < cell.getColumn() && cell.getColumn() <= area.last().getCol()) {
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
