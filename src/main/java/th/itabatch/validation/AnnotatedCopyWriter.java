package th.itabatch.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import th.itabatch.files.AtomicFiles;
import th.itabatch.workbook.UnreadableWorkbookException;
import th.itabatch.workbook.WorkbookOpener;

/**
 * Writes a copy of the user's workbook with every problem cell highlighted (red for errors,
 * yellow for warnings) and the message in a comment on it, so they can fix it where it is. The
 * copy is made from the bytes read; the user's own file is never opened for writing.
 */
public final class AnnotatedCopyWriter {

	private static final String AUTHOR = "ITA Batch";

	private AnnotatedCopyWriter() {
	}

	/**
	 * Writes the annotated copy as {@code <baseName>.<extension of its real format>} in the folder.
	 * @return the copy, or empty when the file cannot be opened as a workbook (nothing to annotate)
	 */
	public static Optional<Path> write(Path folder, String baseName, byte[] original, List<Message> messages)
			throws IOException {
		try (Workbook workbook = WorkbookOpener.open(original)) {
			Annotator annotator = new Annotator(workbook);
			for (Message message : messages) {
				annotator.annotate(message);
			}
			Path target = folder.resolve(baseName + "." + extension(workbook));
			AtomicFiles.write(target, workbook::write);
			return Optional.of(target);
		}
		catch (UnreadableWorkbookException ex) {
			return Optional.empty();
		}
	}

	static String extension(Workbook workbook) {
		if (workbook instanceof XSSFWorkbook xssf) {
			return xssf.getWorkbookType() == XSSFWorkbookType.XLSM ? "xlsm" : "xlsx";
		}
		return "xls";
	}

	/** Highlights and comments cells, building each highlighted style once per original style. */
	private static final class Annotator {

		private final Workbook workbook;

		private final CreationHelper factory;

		private final Map<String, CellStyle> styles = new HashMap<>();

		private final Map<String, Drawing<?>> drawings = new HashMap<>();

		private final Map<Cell, StringBuilder> notes = new LinkedHashMap<>();

		Annotator(Workbook workbook) {
			this.workbook = workbook;
			this.factory = workbook.getCreationHelper();
		}

		void annotate(Message message) {
			Sheet sheet = message.sheet() == null ? firstVisibleSheet() : workbook.getSheet(message.sheet());
			if (sheet == null) {
				return;
			}
			CellReference where = message.cell() != null ? new CellReference(message.cell())
					: new CellReference(message.row() == null ? 0 : message.row() - 1, 0);
			Row row = sheet.getRow(where.getRow()) == null ? sheet.createRow(where.getRow()) : sheet.getRow(where.getRow());
			Cell cell = row.getCell(where.getCol()) == null ? row.createCell(where.getCol()) : row.getCell(where.getCol());
			highlight(cell, message);
			comment(sheet, cell, message);
		}

		private Sheet firstVisibleSheet() {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
					return workbook.getSheetAt(i);
				}
			}
			return workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
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
				style.setFillForegroundColor(
						(message.isError() ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW).getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				return style;
			});
			cell.setCellStyle(highlighted);
		}

		private void comment(Sheet sheet, Cell cell, Message message) {
			StringBuilder text = notes.get(cell);
			String line = message.severity().thai() + " " + message.code() + ": " + message.thai() + "\n"
					+ message.english();
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
				ClientAnchor anchor = factory.createClientAnchor();
				anchor.setCol1(cell.getColumnIndex() + 1);
				anchor.setCol2(cell.getColumnIndex() + 6);
				anchor.setRow1(cell.getRowIndex());
				anchor.setRow2(cell.getRowIndex() + 6);
				comment = drawing.createCellComment(anchor);
				comment.setAuthor(AUTHOR);
				cell.setCellComment(comment);
			}
			comment.setString(factory.createRichTextString(text.toString()));
		}
	}
}
