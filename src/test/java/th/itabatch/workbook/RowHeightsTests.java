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
		// Measured in characters: "กระทรวง" (7) then one word of 30: 38 characters, two lines of 20 by their count, three as written.
		RowHeights.Measure characters = String::length;
		String ministry = "กระทรวง ทรัพยากรธรรมชาติและสิ่งแวดล้อม";
		assertThat(ministry.length()).isLessThanOrEqualTo(40);
		assertThat(RowHeights.lines(ministry, 20, characters)).as("a trial: its third line was cut").isEqualTo(3);
		assertThat(RowHeights.lines("กรมป่าไม้", 20, characters)).isEqualTo(1);
		assertThat(RowHeights.lines("", 20, characters)).isEqualTo(1);
		assertThat(RowHeights.lines("ก".repeat(50), 20, characters)).as("a word longer than a line fills three").isEqualTo(3);
	}

	/**
	 * The department summary's narrative, 94 units wide in 16-point TH Sarabun New, as LibreOffice
	 * printed two trials' reports: this paragraph took three lines (the estimate said four, leaving a
	 * blank band), and a narrative of 18 lines 26.5 points apart lost its last at 464.8 points.
	 */
	@Test
	void aSarabunSummaryGetsTheLinesLibreOfficePrintsAtItsLineHeight() throws IOException {
		String paragraph = "กรมกิจการผู้สูงอายุ มีหน่วยงานในสังกัดที่ติดตาม ๑๑ หน่วยงาน ข้อมูล ณ เดือนกรกฎาคม ๒๕๖๙ "
				+ "มีผลคะแนนแล้ว ๑๐ หน่วยงาน ผ่านค่าเป้าหมายของรอบ ๓ หน่วยงาน (ร้อยละ ๓๐.๐๐) ไม่ผ่าน ๗ หน่วยงาน "
				+ "คะแนนภาพรวมเฉลี่ย ๘๙.๘๕ หน่วยงานที่มีคะแนนสูงสุด คือ กลุ่มตรวจสอบภายใน (๙๖.๑๐) ต่ำสุด คือ "
				+ "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุจังหวัดเชียงใหม่ (๘๓.๔๐)";
		try (XSSFWorkbook workbook = sarabun()) {
			XSSFSheet sheet = summary(workbook);
			XSSFRow three = row(sheet, 0, paragraph, wrapping(workbook));
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
			XSSFRow eighteen = row(sheet, 2, String.join("\n", java.util.Collections.nCopies(6, paragraph)), wrapping(workbook));
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 6));

			RowHeights.fit(sheet);

			assertThat(three.getHeightInPoints()).as("three lines of 26.5 points and a little room").isBetween(3 * 26.5f, 3 * 26.5f + 8);
			assertThat(eighteen.getHeightInPoints()).as("18 lines need 477 points, more than Excel shows (LibreOffice prints them)")
				.isBetween(18 * 26.5f, 18 * 26.5f + 8).isGreaterThan(409f);
		}
	}

	@Test
	void aNameThatFitsItsColumnKeepsItsOneLine() throws IOException {
		try (XSSFWorkbook workbook = sarabun()) {
			XSSFSheet sheet = summary(workbook);
			// 256 points of a column 31 wide (270): its row was made two lines tall, a blank band under the name (a trial).
			XSSFRow branch = row(sheet, 0, "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", wrapping(workbook));
			branch.setHeightInPoints(24);
			XSSFRow longer = row(sheet, 1, "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารภาคตะวันออกเฉียงเหนือ", wrapping(workbook));
			longer.setHeightInPoints(24);

			RowHeights.fit(sheet);

			assertThat(branch.getHeightInPoints()).isEqualTo(24);
			assertThat(longer.getHeightInPoints()).as("two lines").isGreaterThan(2 * 26.5f).isLessThan(3 * 26.5f);
		}
	}

	/**
	 * A template saved in LibreOffice takes its default font, DejaVu Sans 10, as the workbook's: its
	 * columns are counted in that font's digits, wider than Calibri's (a trial's activity rows came out a
	 * third too tall, and the sheet a page longer).
	 */
	@Test
	void aWorkbookSavedInLibreOfficeCountsItsColumnsInItsDefaultFontsDigits() throws IOException {
		float[] heights = new float[2];
		String[] fonts = { "Calibri", "DejaVu Sans" };
		for (int i = 0; i < 2; i++) {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				workbook.getFontAt(0).setFontName(fonts[i]);
				workbook.getFontAt(0).setFontHeightInPoints((short) 10);
				XSSFSheet sheet = workbook.createSheet();
				sheet.setColumnWidth(0, 30 * 256);
				XSSFRow row = row(sheet, 0, LONG, wrapping(workbook));
				RowHeights.fit(sheet);
				heights[i] = row.getHeightInPoints();
			}
		}
		assertThat(TextWidths.pointsPerWidthUnit("DejaVu Sans", 10)).isCloseTo(6.36, org.assertj.core.data.Offset.offset(0.001));
		assertThat(heights[1]).as("a column of DejaVu digits holds more of a line").isLessThan(heights[0]);
	}

	/** A workbook whose default font, the unit of its columns' widths, is the templates' 16-point TH Sarabun New. */
	private static XSSFWorkbook sarabun() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getFontAt(0).setFontName("TH Sarabun New");
		workbook.getFontAt(0).setFontHeightInPoints((short) 16);
		return workbook;
	}

	/** The department summary's columns, 94 units in all. */
	private static XSSFSheet summary(XSSFWorkbook workbook) {
		XSSFSheet sheet = workbook.createSheet();
		int[] widths = { 31, 11, 10, 10, 10, 11, 11 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		return sheet;
	}

	/**
	 * A trial: a unit's 92-letter name in the report's shrink-to-fit header cell printed at some 4
	 * points beside 16. A text that would print under half its size wraps and its row grows; a
	 * shorter one still shrinks, its row as it was.
	 */
	@Test
	void aShrinkToFitTextTooLongToReadShrunkWrapsInstead() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			CellStyle shrink = workbook.createCellStyle();
			shrink.setShrinkToFit(true);
			for (int c = 0; c <= 3; c++) {
				sheet.setColumnWidth(c, 8 * 256);
			}
			String longName = "กลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์";
			XSSFRow tooLong = row(sheet, 0, longName, shrink);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
			XSSFRow shrunk = row(sheet, 1, "กลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส", shrink);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
			float template = shrunk.getHeightInPoints();

			RowHeights.fit(sheet);

			assertThat(tooLong.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(tooLong.getCell(0).getCellStyle().getShrinkToFit()).isFalse();
			assertThat(tooLong.getHeightInPoints()).isGreaterThan(template * 2);
			assertThat(shrunk.getCell(0).getCellStyle().getShrinkToFit()).isTrue();
			assertThat(shrunk.getHeightInPoints()).isEqualTo(template);
		}
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
