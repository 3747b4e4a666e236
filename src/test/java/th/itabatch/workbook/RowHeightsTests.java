package th.itabatch.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows of wrapped text get the height their lines need; other rows keep the template's. */
class RowHeightsTests {

	private static final String LONG = "กิจกรรมเสริมสร้างวัฒนธรรมองค์กรในการต่อต้านการทุจริตและประพฤติมิชอบของหน่วยงาน".repeat(2);

	@Test
	void onlyWrappedTextRowsGrowAndAWiderMergedAreaNeedsFewerLines() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			CellStyle wrap = wrapping(workbook);
			CellStyle plain = workbook.createCellStyle();
			sheet.setColumnWidth(0, 20 * 256);
			for (int c = 1; c <= 3; c++) {
				sheet.setColumnWidth(c, 20 * 256);
			}
			XSSFRow wrapped = row(sheet, 0, LONG, wrap);
			XSSFRow notWrapped = row(sheet, 1, LONG, plain);
			XSSFRow number = sheet.createRow(2);
			number.createCell(0).setCellValue(12345678901234.0);
			number.getCell(0).setCellStyle(wrap);
			XSSFRow merged = row(sheet, 3, LONG, wrap);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 3));
			float template = notWrapped.getHeightInPoints();

			RowHeights.fit(sheet);

			assertThat(wrapped.getHeightInPoints()).isGreaterThan(template * 3);
			assertThat(notWrapped.getHeightInPoints()).isEqualTo(template);
			assertThat(number.getHeightInPoints()).isEqualTo(template);
			assertThat(merged.getHeightInPoints()).isGreaterThan(template).isLessThan(wrapped.getHeightInPoints());
		}
	}

	@Test
	void aCellWithoutAStyleOfItsOwnWrapsAsItsColumnDoes() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			CellStyle wrap = wrapping(workbook);
			sheet.setColumnWidth(0, 20 * 256);
			sheet.setDefaultColumnStyle(0, wrap);
			XSSFRow row = sheet.createRow(0);
			row.createCell(0).setCellValue(LONG);
			float template = row.getHeightInPoints();

			RowHeights.fit(sheet);

			assertThat(row.getCell(0).getCTCell().isSetS()).as("no style of its own").isFalse();
			assertThat(row.getCell(0).getCellStyle().getWrapText()).as("the column's style").isTrue();
			assertThat(row.getHeightInPoints()).isGreaterThan(template * 3);
		}
	}

	@Test
	void anAreaOverSeveralRowsHasTheirHeightsSoItsFirstGrowsOnlyByWhatTheyLack() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			CellStyle wrap = wrapping(workbook);
			sheet.setColumnWidth(0, 20 * 256);
			XSSFRow alone = row(sheet, 0, LONG, wrap);
			XSSFRow first = row(sheet, 2, LONG, wrap);
			for (int r = 3; r <= 4; r++) {
				sheet.createRow(r).setHeightInPoints(24);
			}
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));

			RowHeights.fit(sheet);

			assertThat(first.getHeightInPoints()).as("beside the two rows below it, 48 points less")
				.isCloseTo(alone.getHeightInPoints() - 48, org.assertj.core.data.Offset.offset(0.1f));
		}
	}

	@Test
	void linesBreakBetweenWordsSoAShortLineBeforeALongWordCountsAsALine() {
		// "กระทรวง" (7) then one word of 29: 36 characters, two lines of 20 by their count, three as written.
		String ministry = "กระทรวง ทรัพยากรธรรมชาติและสิ่งแวดล้อม";
		assertThat(RowHeights.visibleLength(ministry)).isLessThanOrEqualTo(40);
		assertThat(RowHeights.lines(ministry, 20)).as("a trial: its third line was cut").isEqualTo(3);
		assertThat(RowHeights.lines("กรมป่าไม้", 20)).isEqualTo(1);
		assertThat(RowHeights.lines("", 20)).isEqualTo(1);
		assertThat(RowHeights.lines("ก".repeat(50), 20)).as("a word longer than a line fills three").isEqualTo(3);
	}

	private static CellStyle wrapping(XSSFWorkbook workbook) {
		CellStyle wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		return wrap;
	}

	private static XSSFRow row(XSSFSheet sheet, int index, String text, CellStyle style) {
		XSSFRow row = sheet.createRow(index);
		row.createCell(0).setCellValue(text);
		row.getCell(0).setCellStyle(style);
		return row;
	}
}
