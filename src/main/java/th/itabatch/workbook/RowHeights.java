package th.itabatch.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import th.itabatch.thai.ThaiWords;

/**
 * Gives rows with wrapped text the height their text needs. Excel keeps the height a row was
 * saved with, so a long activity or the narrative would show cut off; the number of lines is
 * estimated from the visible characters (Thai vowel and tone marks take no width) and the width of
 * the cell or merged area.
 */
public final class RowHeights {

	/** Line height as a multiple of the font size; Thai needs room above and below. */
	private static final float LINE_FACTOR = 1.6f;

	/**
	 * Characters of a 14-point Thai font per unit of column width where the workbook's default font
	 * is 11 points, measured on LibreOffice renderings. The unit is a digit of the default font, so
	 * it grows with that font's size (16-point TH Sarabun New: about one character a unit).
	 */
	private static final float CHARS_PER_WIDTH_UNIT = 0.72f;

	private RowHeights() {
	}

	/** Raises the height of every row whose wrapped text needs more lines than the row shows. */
	public static void fit(Sheet sheet) {
		// Merged areas by their top-left cell, once: asking the sheet per cell costs a copy of the list.
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			merged.put(key(region.getFirstRow(), region.getFirstColumn()), region);
		}
		float unitScale = sheet.getWorkbook().getFontAt(0).getFontHeightInPoints() / 11f;
		// Whether each style wraps, by its index: asked of every cell, reading the style's index is
		// cheaper than the cell's type (XSSF counts the cell's formula elements), and most cells do not
		// wrap. XSSF makes a new style object at every getCellStyle(); the index is the cell's attribute.
		Map<Integer, Boolean> wraps = new HashMap<>();
		// Column widths, read once: XSSF searches the sheet's column definitions at every request.
		Map<Integer, Float> widths = new HashMap<>();
		for (Row row : sheet) {
			float needed = 0;
			for (Cell cell : row) {
				int styleIndex = styleIndex(cell);
				if (!wraps.computeIfAbsent(styleIndex, i -> sheet.getWorkbook().getCellStyleAt(i).getWrapText())
						|| cell.getCellType() != CellType.STRING) {
					continue;
				}
				String text = cell.getStringCellValue();
				if (text.isEmpty()) {
					continue;
				}
				Font font = sheet.getWorkbook().getFontAt(sheet.getWorkbook().getCellStyleAt(styleIndex).getFontIndex());
				CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
				float widthUnits = width(sheet, widths, cell, region);
				// Characters of this font a line holds.
				float capacity = widthUnits * CHARS_PER_WIDTH_UNIT * unitScale / (font.getFontHeightInPoints() / 14f);
				int lines = 0;
				for (String paragraph : text.split("\n", -1)) {
					lines += lines(paragraph, capacity);
				}
				// One line fits the height the template gave the row.
				if (lines > 1) {
					// An area over several rows has their heights too: its first row needs the rest.
					needed = Math.max(needed, lines * font.getFontHeightInPoints() * LINE_FACTOR + 4 - rowsBelow(sheet, region));
				}
			}
			if (needed > row.getHeightInPoints()) {
				row.setHeightInPoints(needed);
			}
		}
	}

	/**
	 * The index of the cell's style: its own attribute where XSSF has one other than the default, else
	 * the style POI gives it (the column's where the cell has none).
	 */
	private static int styleIndex(Cell cell) {
		// One look-up of the attribute: an absent one reads as 0, the default style, which POI resolves.
		if (cell instanceof XSSFCell xssf) {
			long index = xssf.getCTCell().getS();
			if (index != 0) {
				return (int) index;
			}
		}
		return cell.getCellStyle().getIndex() & 0xFFFF;
	}

	/** The heights of a merged area's rows after its first, in points (none for a cell alone). */
	private static float rowsBelow(Sheet sheet, CellRangeAddress region) {
		float height = 0;
		if (region != null) {
			for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
				Row row = sheet.getRow(r);
				height += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
			}
		}
		return height;
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}

	private static float width(Sheet sheet, Map<Integer, Float> widths, Cell cell, CellRangeAddress region) {
		int first = region == null ? cell.getColumnIndex() : region.getFirstColumn();
		int last = region == null ? first : region.getLastColumn();
		float units = 0;
		for (int c = first; c <= last; c++) {
			units += widths.computeIfAbsent(c, column -> sheet.getColumnWidth(column) / 256f);
		}
		return Math.max(units - 1, 1);
	}

	/**
	 * The lines a paragraph takes: broken between words as Excel and LibreOffice break it, not at the
	 * last character that fits ("กระทรวง / ทรัพยากรธรรมชาติและสิ่งแวดล้อม" takes three lines where its
	 * characters fill two, and its third was cut, a trial); a word longer than a line takes as many as
	 * it fills.
	 */
	static int lines(String paragraph, float capacity) {
		int length = visibleLength(paragraph);
		if (length <= capacity) {
			return 1;
		}
		int lines = 0;
		for (String line : ThaiWords.lines(paragraph, l -> visibleLength(l) <= capacity)) {
			lines += Math.max(1, (int) Math.ceil(visibleLength(line) / capacity));
		}
		return Math.max(1, lines);
	}

	static int visibleLength(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean mark = c == '\u200B' || c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
			if (!mark) {
				length++;
			}
		}
		return length;
	}
}
