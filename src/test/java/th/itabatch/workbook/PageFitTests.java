package th.itabatch.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A sheet fitted a page wide whose rows overrun their last full page by a little is fitted to that
 * many pages tall; one that overruns by more, or whose template paginates it, is left as it was.
 * The sheets are the department summary's shape: 16-point TH Sarabun New the default font, 94 units
 * wide on A4 portrait, printed at 61 % (496 points of line for 94 × 16 × 0.544 = 818 points of
 * columns), so a page holds 757 / 0.606 = 1,249 points of rows.
 */
class PageFitTests {

	@Test
	void rowsSevenPercentOverAPageAreFittedToOnePage() throws IOException {
		try (XSSFWorkbook workbook = summary(1350)) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			PageFit.fit(sheet);

			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
		}
	}

	@Test
	void aTemplatesCommentsAreNoDrawingThatKeepsTheSheet() throws IOException {
		try (XSSFWorkbook workbook = summary(1350)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// As a JXLS template's commands: a comment, which gives the sheet an empty drawing.
			var drawing = sheet.createDrawingPatriarch();
			var comment = drawing.createCellComment(workbook.getCreationHelper().createClientAnchor());
			comment.setString(workbook.getCreationHelper().createRichTextString("jx:area(lastCell=\"G20\")"));
			sheet.getRow(0).getCell(0).setCellComment(comment);

			PageFit.fit(sheet);

			assertThat(sheet.getPrintSetup().getFitHeight()).as("a trial's department summary, one page again").isEqualTo((short) 1);
		}
	}

	@Test
	void rowsAThirdOverAPageKeepTheirSecondPage() throws IOException {
		try (XSSFWorkbook workbook = summary(1700)) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			PageFit.fit(sheet);

			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
		}
	}

	/**
	 * Rows of a third of a page or more, counted as flowing on, were fitted to fewer pages than they
	 * can take, which LibreOffice meets by printing far smaller than the 15 % allowed. Seven percent over
	 * a page as above, one row of them over a third of a page, is left as it is.
	 */
	@Test
	void rowsOfAThirdOfAPageOrMoreAreLeftAlone() throws IOException {
		try (XSSFWorkbook workbook = summary(1350)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// A row of 600 points (352 as printed, of a page's 757) in place of 25 of 24: the same height in all.
			sheet.getRow(0).setHeightInPoints(600);
			for (int r = 1; r < 25; r++) {
				sheet.getRow(r).setZeroHeight(true);
			}

			PageFit.fit(sheet);

			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
		}
	}

	@Test
	void rowsWithinAPageAreLeftAlone() throws IOException {
		try (XSSFWorkbook workbook = summary(1200)) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			PageFit.fit(sheet);

			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
		}
	}

	@Test
	void aLongTableIsFittedToOnePageFewerCountingItsRepeatedHeader() throws IOException {
		// 40 pages and a little: a header of 100 points repeated on 39 pages takes 3,900 more.
		try (XSSFWorkbook workbook = summary(1249 + 39 * (1249 - 100) + 60)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			sheet.getRow(0).setHeightInPoints(100);
			sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));

			PageFit.fit(sheet);

			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 40);
		}
	}

	@Test
	void aTemplatesOwnPageBreaksPrintAreaOrScaleAreKept() throws IOException {
		try (XSSFWorkbook breaks = summary(1350); XSSFWorkbook area = summary(1350); XSSFWorkbook scaled = summary(1350)) {
			breaks.getSheetAt(0).setRowBreak(20);
			area.setPrintArea(0, 0, 6, 0, 40);
			scaled.getSheetAt(0).setFitToPage(false);

			PageFit.fit(breaks.getSheetAt(0));
			PageFit.fit(area.getSheetAt(0));
			PageFit.fit(scaled.getSheetAt(0));

			assertThat(breaks.getSheetAt(0).getPrintSetup().getFitHeight()).isZero();
			assertThat(area.getSheetAt(0).getPrintSetup().getFitHeight()).isZero();
			assertThat(scaled.getSheetAt(0).getPrintSetup().getFitHeight()).isZero();
		}
	}

	@Test
	void aPicturePlacedByASizeOrTitlesTallerThanAPageKeepTheSheet() throws IOException {
		try (XSSFWorkbook drawn = summary(1350); XSSFWorkbook tall = summary(1350)) {
			// A one-cell anchor: the picture's size is its own, not its rows'.
			var anchor = drawn.getSheetAt(0).createDrawingPatriarch().getCTDrawing().addNewOneCellAnchor();
			anchor.addNewFrom();
			anchor.addNewExt().setCx(3_000_000);
			anchor.getExt().setCy(3_000_000);
			XSSFSheet sheet = tall.getSheetAt(0);
			for (int r = 0; r < 40; r++) {
				sheet.getRow(r).setHeightInPoints(24);
			}
			// 40 rows of 24 points printed at 61 %: 582 of the page's 757 points; 55 rows: more than a page.
			sheet.setRepeatingRows(new CellRangeAddress(0, 54, -1, -1));

			PageFit.fit(drawn.getSheetAt(0));
			PageFit.fit(sheet);

			assertThat(drawn.getSheetAt(0).getPrintSetup().getFitHeight()).as("a picture's room is not in the rows").isZero();
			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
		}
	}

	@Test
	void aChartOverRowsTakesTheirRoomAndTheRowsBelowItsTable() throws IOException {
		// A unit's trend (a trial): the chart over the first rows and a table under it, its latest
		// round alone on a second page; the chart reaching below the last row counts those rows too.
		try (XSSFWorkbook over = summary(1350); XSSFWorkbook below = summary(1200)) {
			chart(over.getSheetAt(0), 1, 12);
			XSSFSheet sheet = below.getSheetAt(0);
			chart(sheet, sheet.getLastRowNum() + 1, sheet.getLastRowNum() + 6);

			PageFit.fit(over.getSheetAt(0));
			PageFit.fit(sheet);

			assertThat(over.getSheetAt(0).getPrintSetup().getFitHeight()).as("its chart and table on one page").isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).as("1,200 points of rows and 5 of 24 under them for the chart")
				.isEqualTo((short) 1);
		}
	}

	private static void chart(XSSFSheet sheet, int firstRow, int lastRow) {
		var drawing = sheet.createDrawingPatriarch();
		drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, firstRow, 7, lastRow));
	}

	@Test
	void pagesCountTheTitlesOnEveryPageAfterTheFirst() {
		assertThat(PageFit.pages(700, 50, 757)).isEqualTo(1);
		assertThat(PageFit.pages(757 + 707, 50, 757)).isEqualTo(2);
		assertThat(PageFit.pages(757 + 708, 50, 757)).isEqualTo(3);
	}

	/** The summary's shape with rows of 24 points (and one for the rest) adding up to the height. */
	private static XSSFWorkbook summary(double height) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getFontAt(0).setFontName("TH Sarabun New");
		workbook.getFontAt(0).setFontHeightInPoints((short) 16);
		XSSFSheet sheet = workbook.createSheet("สรุป");
		int[] widths = { 31, 11, 10, 10, 10, 11, 11 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.setDefaultRowHeightInPoints(24);
		int rows = (int) (height / 24);
		for (int r = 0; r < rows; r++) {
			sheet.createRow(r).createCell(0).setCellValue("หน่วยงาน " + r);
			sheet.getRow(r).setHeightInPoints(24);
		}
		sheet.createRow(rows).createCell(6).setCellValue("ท้าย");
		sheet.getRow(rows).setHeightInPoints((float) (height - rows * 24));
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setMargin(PageMargin.TOP, 0.5905511811023622);
		sheet.setMargin(PageMargin.BOTTOM, 0.5905511811023622);
		sheet.setMargin(PageMargin.LEFT, 0.7874015748031495);
		sheet.setMargin(PageMargin.RIGHT, 0.5905511811023622);
		return workbook;
	}
}
