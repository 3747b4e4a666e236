package th.itabatch.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import th.itabatch.thai.ThaiWords;

/**
 * Gives rows with wrapped text the height their text needs, and wraps a shrink-to-fit text that would
 * print at under {@link #LEAST_SHRINK} of its size. Excel keeps the height a row was
 * saved with, so a long activity or the narrative would show cut off; the text is broken into lines
 * between words, as Excel and LibreOffice break it, at the width of the cell or merged area, each
 * line measured in the templates' font ({@link TextWidths}).
 */
public final class RowHeights {

	/**
	 * Line height as a multiple of the font size, as LibreOffice sets TH Sarabun New (Laksaman's
	 * ascent and descent, 1.66 em: lines 26.5 points apart at 16 points; Excel's are closer). At 1.6 a
	 * narrative of 18 lines lost its last in print (a trial).
	 */
	static final float LINE_FACTOR = 1.66f;

	/** Room above and below a cell's lines, in points. */
	private static final float ROW_PADDING = 4;


	/** A cell's width its text does not use, in points: LibreOffice's margin either side. */
	private static final float CELL_PADDING = 3;

	/**
	 * The smallest share of its size a shrink-to-fit text is left at (16 points to 8); a longer text
	 * wraps instead. At 0.7 a provincial office's 57-letter name wrapped in the report's header and
	 * pushed the scores table's last row onto a page of its own (a retrial).
	 */
	static final double LEAST_SHRINK = 0.5;

	/** How a style fits its text to its cell. */
	private enum Fit {

		NONE, WRAP, SHRINK;

		static Fit of(CellStyle style) {
			return style.getWrapText() ? WRAP : style.getShrinkToFit() ? SHRINK : NONE;
		}
	}

	private RowHeights() {
	}

	/** Raises the height of every row whose wrapped text needs more lines than the row shows. */
	public static void fit(Sheet sheet) {
		// Merged areas by their top-left cell, once: asking the sheet per cell costs a copy of the list.
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			merged.put(key(region.getFirstRow(), region.getFirstColumn()), region);
		}
		var defaultFont = sheet.getWorkbook().getFontAt(0);
		double unitPoints = TextWidths.pointsPerWidthUnit(defaultFont.getFontName(), defaultFont.getFontHeightInPoints());
		// How each style fits its text (wraps, shrinks or neither), by its index: asked of every cell,
		// reading the style's index is cheaper than the cell's type (XSSF counts the cell's formula
		// elements), and most cells do neither. XSSF makes a new style object at every getCellStyle(); the index is the cell's attribute.
		Map<Integer, Fit> fits = new HashMap<>();
		// Column widths, read once: XSSF searches the sheet's column definitions at every request.
		Map<Integer, Float> widths = new HashMap<>();
		// A shrinking style's wrapping copy, by the shrinking one's index.
		Map<Integer, Integer> wrapping = new HashMap<>();
		for (Row row : sheet) {
			float needed = 0;
			for (Cell cell : row) {
				int styleIndex = styleIndex(cell);
				Fit fit = fits.computeIfAbsent(styleIndex, i -> Fit.of(sheet.getWorkbook().getCellStyleAt(i)));
				if (fit == Fit.NONE || cell.getCellType() != CellType.STRING) {
					continue;
				}
				String text = cell.getStringCellValue();
				if (text.isEmpty()) {
					continue;
				}
				Font font = sheet.getWorkbook().getFontAt(sheet.getWorkbook().getCellStyleAt(styleIndex).getFontIndex());
				CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
				double room = width(sheet, widths, cell, region) * unitPoints - CELL_PADDING;
				if (fit == Fit.SHRINK) {
					if (TextWidths.points(text, font.getFontHeightInPoints(), font.getBold()) * LEAST_SHRINK <= room) {
						continue;
					}
					// Shrunk further it would be hard to read (a trial's 92-letter unit name printed at some
					// 4 points beside 16): it wraps, and the row grows.
					int copy = wrapping.computeIfAbsent(styleIndex, i -> wrappingCopy(sheet.getWorkbook(), i));
					cell.setCellStyle(sheet.getWorkbook().getCellStyleAt(copy));
				}
				int lines = lines(text, room, font.getFontHeightInPoints(), font.getBold());
				// One line fits the height the template gave the row.
				if (lines > 1) {
					// An area over several rows has their heights too: its first row needs the rest.
					needed = Math.max(needed,
							lines * font.getFontHeightInPoints() * LINE_FACTOR + ROW_PADDING - rowsBelow(sheet, region));
				}
			}
			if (needed > row.getHeightInPoints()) {
				// Not capped at Excel's 409 points: LibreOffice prints a taller row whole, and a cap cut a
				// unit's long narrative in its PDF too (a review).
				row.setHeightInPoints(needed);
			}
		}
	}

	/** A line's printed width in points. */
	@FunctionalInterface
	interface Measure {

		double points(String line);
	}

	/** A copy of the style that wraps its text rather than shrink it, added to the workbook. */
	private static int wrappingCopy(Workbook workbook, int styleIndex) {
		CellStyle copy = workbook.createCellStyle();
		copy.cloneStyleFrom(workbook.getCellStyleAt(styleIndex));
		copy.setShrinkToFit(false);
		copy.setWrapText(true);
		return copy.getIndex() & 0xFFFF;
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

	/** The width of the cell or merged area in units of column width. */
	private static float width(Sheet sheet, Map<Integer, Float> widths, Cell cell, CellRangeAddress region) {
		int first = region == null ? cell.getColumnIndex() : region.getFirstColumn();
		int last = region == null ? first : region.getLastColumn();
		float units = 0;
		for (int c = first; c <= last; c++) {
			units += widths.computeIfAbsent(c, column -> sheet.getColumnWidth(column) / 256f);
		}
		return units;
	}

	/**
	 * True when a text at a width needs more than {@code points} of height, its lines set as
	 * {@link #fit} sets them: what a table row of a Word document needs too.
	 *
	 * @param room the line's width in points
	 */
	public static boolean tallerThan(String text, double room, double size, boolean bold, double points) {
		// Broken between words, a paragraph's lines are each filled more than half (its words shorter than
		// half a line, as Thai words are): twice the lines its width fills and one a paragraph pass most
		// texts without breaking them into words.
		double filled = TextWidths.points(text, size, bold) / room;
		long paragraphs = text.chars().filter(c -> c == '\n').count() + 1;
		if ((2 * Math.ceil(filled) + paragraphs) * size * LINE_FACTOR <= points) {
			return false;
		}
		return lines(text, room, size, bold) * size * LINE_FACTOR > points;
	}

	/**
	 * The lines a text takes at a width, its paragraphs (lines of its own) each broken between words,
	 * in TH Sarabun New's letter widths.
	 *
	 * @param room the line's width in points
	 */
	private static int lines(String text, double room, double size, boolean bold) {
		Measure measure = line -> TextWidths.points(line, size, bold);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += lines(paragraph, room, measure);
		}
		return lines;
	}

	/**
	 * The lines a paragraph takes: broken between words as Excel and LibreOffice break it, not at the
	 * last character that fits ("กระทรวง / ทรัพยากรธรรมชาติและสิ่งแวดล้อม" takes three lines where its
	 * characters fill two, and its third was cut, a trial); a word longer than a line takes as many as
	 * it fills.
	 *
	 * @param room the line's width in points
	 */
	static int lines(String paragraph, double room, Measure measure) {
		if (measure.points(paragraph) <= room) {
			return 1;
		}
		int lines = 0;
		for (String line : ThaiWords.lines(paragraph, l -> measure.points(l) <= room)) {
			lines += Math.max(1, (int) Math.ceil(measure.points(line) / room));
		}
		return Math.max(1, lines);
	}
}
