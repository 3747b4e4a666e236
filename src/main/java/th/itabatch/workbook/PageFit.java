package th.itabatch.workbook;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * Keeps a sheet that prints a page wide from ending on a page of a few rows: where its rows would
 * overrun their last full page by a little, the sheet is fitted to that many pages tall, printed a
 * little smaller instead (a department's summary printed its last two table rows on a page of their
 * own; a unit's trend, its chart and four rounds on a page and the latest round alone on the next).
 * Only sheets already fitted to the page width with an automatic height, without manual page breaks
 * or a print area, are changed: a template's own pagination is left as it was made. A chart or picture
 * takes the room of the rows it is anchored over; one placed by a point and a size, whose rows are not
 * known, keeps the sheet as it is.
 */
public final class PageFit {

	/** The most a sheet is shrunk to save its last page: more would make its letters hard to read. */
	static final double MOST_SHRINK = 0.15;

	private PageFit() {
	}

	/**
	 * Fits the sheet to one page fewer in height when its rows overrun the last full page by at most
	 * {@link #MOST_SHRINK} of their size.
	 */
	public static void fit(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		if (!sheet.getFitToPage() || print.getFitHeight() != 0 || print.getFitWidth() == 0
				|| sheet.getRowBreaks().length > 0 || placedApart(sheet)
				|| sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet)) != null) {
			return;
		}
		Paper paper = Paper.of(print.getPaperSize());
		if (paper == null) {
			return;
		}
		double pageHeight = print.getLandscape() ? paper.width() : paper.height();
		double printableWidth = printableWidth(sheet) * print.getFitWidth();
		double printableHeight = pageHeight - 72 * (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM));
		double width = contentWidth(sheet);
		if (width <= 0 || printableHeight <= 0) {
			return;
		}
		double scale = Math.min(1, printableWidth / width);
		double height = rowsHeight(sheet, 0, Math.max(sheet.getLastRowNum(), lastDrawnRow(sheet)));
		CellRangeAddress repeated = sheet.getRepeatingRows();
		double titles = repeated == null ? 0 : rowsHeight(sheet, repeated.getFirstRow(), repeated.getLastRow());
		// Pages counted as if rows flowed on: true of rows a fraction of a page high. A row of a third of a
		// page or more leaves pages part empty, so fewer pages would take LibreOffice far more than the
		// shrink allowed. A row taller than a page is another matter: LibreOffice cuts it at the page's
		// foot unless a number of pages makes it shrink the sheet, which then prints it whole.
		double tallest = tallestRow(sheet) * scale;
		if (tallest > printableHeight / 3 && tallest <= printableHeight) {
			return;
		}
		int pages = pages(height * scale, titles * scale, printableHeight);
		// Titles taller than a page leave no room for rows: no number of pages fits them.
		if (pages < 2 || pages > Short.MAX_VALUE) {
			return;
		}
		int fewer = pages - 1;
		// The scale at which the rows (and the titles on each page after the first) fill one page fewer.
		double fewerScale = fewer * printableHeight / (height + titles * (fewer - 1));
		if (fewerScale >= scale * (1 - MOST_SHRINK)) {
			print.setFitHeight((short) fewer);
		}
	}

	/**
	 * Whether a chart or picture is placed by a point and a size (a one-cell or absolute anchor), not
	 * over rows whose heights give its room. A sheet with comments (the templates' JXLS commands) has a
	 * drawing with nothing in it.
	 */
	private static boolean placedApart(Sheet sheet) {
		if (!(sheet.getDrawingPatriarch() instanceof XSSFDrawing drawing)) {
			return sheet.getDrawingPatriarch() != null && sheet.getDrawingPatriarch().iterator().hasNext();
		}
		CTDrawing anchors = drawing.getCTDrawing();
		return anchors.sizeOfOneCellAnchorArray() > 0 || anchors.sizeOfAbsoluteAnchorArray() > 0;
	}

	/** The last row (0-based) a chart or picture reaches down to, or -1. */
	private static int lastDrawnRow(Sheet sheet) {
		if (!(sheet.getDrawingPatriarch() instanceof XSSFDrawing drawing)) {
			return -1;
		}
		int last = -1;
		for (CTTwoCellAnchor anchor : drawing.getCTDrawing().getTwoCellAnchorList()) {
			last = Math.max(last, lastRow(anchor));
		}
		return last;
	}

	/** The last row (0-based) a chart or picture placed from cell to cell reaches down to. */
	public static int lastRow(CTTwoCellAnchor anchor) {
		// Down to the top of the row its corner is in, and into that row by its offset.
		return anchor.getTo().getRow() - (anchor.getTo().xgetRowOff() == null
				|| POIXMLUnits.parseLength(anchor.getTo().xgetRowOff()) == 0 ? 1 : 0);
	}

	/** The pages the rows take, the titles repeated at the top of each page after the first. */
	static int pages(double height, double titles, double pageHeight) {
		if (height <= pageHeight) {
			return 1;
		}
		double following = pageHeight - titles;
		if (following <= 0) {
			return Integer.MAX_VALUE;
		}
		return 1 + (int) Math.ceil((height - pageHeight) / following);
	}

	private static double tallestRow(Sheet sheet) {
		double tallest = 0;
		for (Row row : sheet) {
			if (!row.getZeroHeight()) {
				tallest = Math.max(tallest, row.getHeightInPoints());
			}
		}
		return tallest;
	}

	private static double rowsHeight(Sheet sheet, int first, int last) {
		double height = 0;
		for (int r = first; r <= last; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				height += sheet.getDefaultRowHeightInPoints();
			}
			else if (!row.getZeroHeight()) {
				height += row.getHeightInPoints();
			}
		}
		return height;
	}

	private static double contentWidth(Sheet sheet) {
		int lastColumn = -1;
		for (Row row : sheet) {
			lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
		}
		var font = sheet.getWorkbook().getFontAt(0);
		double unitPoints = TextWidths.pointsPerWidthUnit(font.getFontName(), font.getFontHeightInPoints());
		double width = 0;
		for (int c = 0; c <= lastColumn; c++) {
			if (!sheet.isColumnHidden(c)) {
				width += sheet.getColumnWidth(c) / 256.0 * unitPoints;
			}
		}
		return width;
	}

	/** The width a printed page gives its content and its header and footer, in points; 0 for a paper not known. */
	public static double printableWidth(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		Paper paper = Paper.of(print.getPaperSize());
		if (paper == null) {
			return 0;
		}
		return (print.getLandscape() ? paper.height() : paper.width())
				- 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
	}

	/** A paper's portrait width and height in points, for the sizes the templates and users pick. */
	private record Paper(double width, double height) {

		static Paper of(short size) {
			return switch (size) {
				case PrintSetup.A4_PAPERSIZE -> new Paper(595.3, 841.9);
				case PrintSetup.A3_PAPERSIZE -> new Paper(841.9, 1190.6);
				case PrintSetup.LETTER_PAPERSIZE -> new Paper(612, 792);
				case PrintSetup.LEGAL_PAPERSIZE -> new Paper(612, 1008);
				default -> null;
			};
		}
	}
}
