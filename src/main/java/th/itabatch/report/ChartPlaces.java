package th.itabatch.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Keeps a template's charts, pictures, page breaks and rows repeated at the top of each page where
 * the template put them relative to the text: JXLS pushes the cells below a table down as the table
 * grows but leaves drawings, breaks and print titles at their template rows, so a chart placed under
 * the scores table would end up over its last rows, and a table's header under another table would
 * be repeated as whatever row came to stand where it was.
 */
final class ChartPlaces {

	private ChartPlaces() {
	}

	private static void moveBreaks(XSSFSheet sheet, TemplateTables tables) {
		int[] breaks = sheet.getRowBreaks();
		// From the bottom up, so that a moved break never lands on one still to move.
		for (int b = breaks.length - 1; b >= 0; b--) {
			// A break after row r moves with the rows below it: a table ending at r pushes it down too.
			int shift = tables.shift(sheet.getSheetName(), breaks[b] + 1);
			if (shift != 0) {
				sheet.removeRowBreak(breaks[b]);
				sheet.setRowBreak(breaks[b] + shift);
			}
		}
	}

	private static void moveRepeatedRows(XSSFSheet sheet, TemplateTables tables) {
		CellRangeAddress repeated = sheet.getRepeatingRows();
		if (repeated == null) {
			return;
		}
		int shift = tables.shift(sheet.getSheetName(), repeated.getFirstRow());
		if (shift != 0) {
			sheet.setRepeatingRows(new CellRangeAddress(repeated.getFirstRow() + shift, repeated.getLastRow() + shift,
					repeated.getFirstColumn(), repeated.getLastColumn()));
		}
	}

	static void move(XSSFWorkbook workbook, TemplateTables tables) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			moveBreaks(sheet, tables);
			moveRepeatedRows(sheet, tables);
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			if (drawing == null) {
				continue;
			}
			for (XSSFShape shape : drawing.getShapes()) {
				if (shape.getAnchor() instanceof XSSFClientAnchor anchor) {
					int shift = tables.shift(sheet.getSheetName(), anchor.getRow1());
					if (shift != 0) {
						anchor.setRow2(anchor.getRow2() + shift);
						anchor.setRow1(anchor.getRow1() + shift);
					}
				}
			}
		}
	}
}
