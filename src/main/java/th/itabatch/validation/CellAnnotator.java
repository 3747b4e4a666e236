package th.itabatch.validation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

/**
 * Marks problem cells in a workbook the user gets back: red for an error, yellow for a warning,
 * and the message in a comment on the cell (several messages on one cell share its comment). Each
 * highlighted style is built once per original style, so a copy with thousands of marks stays
 * within Excel's limit of styles.
 */
final class CellAnnotator {

	private static final String AUTHOR = "ITA Batch";

	private final Workbook workbook;

	private final CreationHelper factory;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Map<String, Drawing<?>> drawings = new HashMap<>();

	private final Map<Cell, StringBuilder> notes = new LinkedHashMap<>();

	CellAnnotator(Workbook workbook) {
		this.workbook = workbook;
		this.factory = workbook.getCreationHelper();
	}

	/** Marks the cell at the 0-based row and column, creating it when the sheet has none there. */
	void annotate(Sheet sheet, int rowIndex, int column, Message message) {
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		highlight(cell, message);
		comment(sheet, cell, message);
	}

	private void highlight(Cell cell, Message message) {
		CellStyle original = cell.getCellStyle();
		// An error outranks a warning on the same cell: once red, a cell stays red.
		if (styles.containsValue(original) && !message.isError()) {
			return;
		}
		String key = original.getIndex() + "/" + message.severity();
		CellStyle highlighted = styles.computeIfAbsent(key, k -> {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(original);
			style.setFillForegroundColor((message.isError() ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW).getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
		cell.setCellStyle(highlighted);
	}

	private void comment(Sheet sheet, Cell cell, Message message) {
		StringBuilder text = notes.get(cell);
		String line = message.severity().thai() + " " + message.code() + ": " + message.thai() + "\n" + message.english();
		if (text == null) {
			Comment existing = cell.getCellComment();
			text = new StringBuilder(existing == null ? "" : existing.getString().getString() + "\n\n");
			notes.put(cell, text);
		}
		else {
			text.append("\n\n");
		}
		text.append(line);
		Comment comment = cell.getCellComment();
		if (comment == null) {
			// HSSF's createDrawingPatriarch would wipe the shapes an .xls already has.
			Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(),
					name -> sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch() : sheet.createDrawingPatriarch());
			// The box is drawn from the next cell to the right without a comment: XSSF files the new
			// comment under that cell until it is set on its own, and refuses a cell that has one (a
			// trial's blank cell beside a marked one cost the whole annotated copy).
			int from = cell.getColumnIndex() + 1;
			while (sheet.getCellComment(new CellAddress(cell.getRowIndex(), from)) != null) {
				from++;
			}
			ClientAnchor anchor = factory.createClientAnchor();
			anchor.setCol1(from);
			anchor.setCol2(from + 5);
			anchor.setRow1(cell.getRowIndex());
			anchor.setRow2(cell.getRowIndex() + 6);
			comment = drawing.createCellComment(anchor);
			comment.setAuthor(AUTHOR);
			cell.setCellComment(comment);
		}
		comment.setString(factory.createRichTextString(text.toString()));
	}
}
