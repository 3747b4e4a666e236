package th.itabatch.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.files.AtomicFiles;
import th.itabatch.workbook.RowHeights;

/**
 * Writes the validation report of a workbook: one row per message with file, sheet, cell,
 * severity, code and the text in Thai and English, errors first.
 */
public final class ValidationReportWriter {

	private static final String[] HEADERS = { "ลำดับ\nNo.", "ไฟล์\nFile", "ชีต\nSheet", "เซลล์/แถว\nCell/row",
			"ระดับ\nSeverity", "รหัส\nCode", "ข้อความ (ภาษาไทย)", "Message (English)" };

	private static final int[] WIDTHS = { 8, 30, 20, 12, 14, 28, 70, 70 };

	private ValidationReportWriter() {
	}

	public static void write(Path target, String fileName, List<Message> messages) throws IOException {
		List<Message> ordered = messages.stream().sorted(Comparator.comparing(Message::severity)).toList();
		long errors = messages.stream().filter(Message::isError).count();
		long warnings = messages.size() - errors;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("ผลการตรวจสอบ");
			CellStyle title = style(workbook, true, null);
			CellStyle header = style(workbook, true, IndexedColors.GREY_25_PERCENT);
			CellStyle body = style(workbook, false, null);
			CellStyle error = style(workbook, false, IndexedColors.ROSE);
			CellStyle warning = style(workbook, false, IndexedColors.LIGHT_YELLOW);

			cell(sheet, 0, 0, "ผลการตรวจสอบไฟล์ / Validation of " + fileName, title);
			String verdict = errors > 0
					? "ไฟล์นี้มีข้อผิดพลาด " + errors + " รายการ จึงไม่ถูกนำไปใช้ กรุณาแก้ไขตามรายการแล้ววางไฟล์ใหม่ / this file has "
							+ errors + " error(s) and was not used; fix them and drop the file again"
					: "ไฟล์นี้ใช้ได้ มีคำเตือน " + warnings + " รายการ / this file was used, with " + warnings + " warning(s)";
			cell(sheet, 1, 0, verdict, body);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));

			int headerRow = 3;
			for (int c = 0; c < HEADERS.length; c++) {
				cell(sheet, headerRow, c, HEADERS[c], header);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			int row = headerRow + 1;
			for (Message message : ordered) {
				CellStyle severityStyle = message.isError() ? error : warning;
				Row r = sheet.createRow(row);
				r.createCell(0).setCellValue(row - headerRow);
				r.getCell(0).setCellStyle(body);
				cell(sheet, row, 1, message.file(), body);
				cell(sheet, row, 2, message.sheet() == null ? "" : message.sheet(), body);
				cell(sheet, row, 3, message.where(), body);
				cell(sheet, row, 4, message.severity().thai() + " / " + message.severity().english(), severityStyle);
				cell(sheet, row, 5, message.code(), body);
				cell(sheet, row, 6, message.thai(), body);
				cell(sheet, row, 7, message.english(), body);
				row++;
			}
			sheet.setDefaultRowHeightInPoints(22);
			for (Row r : sheet) {
				r.setHeightInPoints(r.getRowNum() == headerRow ? 40 : 22);
			}
			RowHeights.fit(sheet);
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.createFreezePane(0, headerRow + 1);
			if (!ordered.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(headerRow, row - 1, 0, HEADERS.length - 1));
			}
			AtomicFiles.write(target, workbook::write);
		}
	}

	private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		r.createCell(column).setCellValue(value);
		r.getCell(column).setCellStyle(style);
	}

	private static CellStyle style(XSSFWorkbook workbook, boolean bold, IndexedColors fill) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setFontName("TH Sarabun New");
		font.setFontHeightInPoints((short) 14);
		font.setBold(bold);
		style.setFont(font);
		style.setWrapText(!bold || fill != null);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (fill != null) {
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		if (!bold || fill != null) {
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}
}
