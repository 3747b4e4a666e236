package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.Activity;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;

/**
 * The shipped Excel report's layout rules, read back from the filled workbook: figures in cells
 * of their own, empty states in words, one digit style, a chart a reader can read, A4 pages with a
 * footer.
 */
class ReportLayoutTests {

	private static final String MAIN = "รายงาน";

	private static final List<String> TEXT_SHEETS = List.of(MAIN, "แนวโน้ม", "กิจกรรม");

	private final Catalog catalog = TestCatalog.shipped();

	private ReportProperties properties = properties(true);

	@TempDir
	Path out;

	@Test
	void scoresWithoutAPlanSayThereIsNoPlanAndChartFromAFloorBelowTheLowestScore() throws Exception {
		try (XSSFWorkbook workbook = fill(report(scores("97.11", "90.08", "91.04", "87.99", "91.81")), true)) {
			XSSFSheet sheet = workbook.getSheet(MAIN);
			assertThat(text(sheet, 1, 8)).isEqualTo("การใช้งบประมาณ");
			assertThat(text(sheet, 8, 7)).as("no previous round: a dash, not a blank").isEqualTo("-");
			assertThat(text(sheet, 9, 7)).isEqualTo("-");
			// Plan section after the five indicator rows (four more than the template's one).
			int plan = rowStarting(sheet, "๓. ความก้าวหน้าตามแผนปฏิบัติการ");
			assertThat(text(sheet, 0, plan)).endsWith("(ยังไม่มีแผนปฏิบัติการ)");
			for (int r = plan + 1; r <= plan + 3; r++) {
				assertThat(text(sheet, 2, r)).as("the figure of row %d", r + 1).isEqualTo("-");
			}

			XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
			XDDFValueAxis values = valueAxis(chart);
			assertThat(values.getMinimum()).as("10 below 87.99, down to a multiple of 10").isEqualTo(70);
			assertThat(values.getMaximum()).isEqualTo(100);
			XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
			assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("รายงาน!$K$8:$K$12");
			assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("รายงาน!$C$8:$C$12");
			assertThat(((XDDFBarChartData.Series) bars.getSeries(0)).getCTBarSer().getDLbls().getShowVal().getVal())
				.as("values on the bars").isTrue();
			assertThat(text(sheet, 10, 8)).as("the names the chart shows break between words")
				.isEqualTo("การ\u200Bใช้\u200Bงบประมาณ");
			assertThat(text(sheet, 10, 6)).as("the target line's legend names its value").endsWith("ร้อยละ ๘๕");
			XSSFClientAnchor anchor = (XSSFClientAnchor) sheet.getDrawingPatriarch().getShapes().stream()
				.filter(XSSFGraphicFrame.class::isInstance).findFirst().orElseThrow().getAnchor();
			assertThat(anchor.getRow1()).as("the chart moved down below the grown table").isEqualTo(16);
			assertThat(sheet.getRowBreaks()).as("the chart and the summary each start a page").contains(15);

			assertFiguresStandApart(sheet);
			assertOneDigitStyle(workbook, true);
			assertPrintsOnA4(workbook);
		}
	}

	@Test
	void theWholeItasTenIndicatorsEndOnTheFirstPage() throws Exception {
		try (XSSFWorkbook workbook = fill(report(scores("93", "91", "94", "89", "92", "92", "90", "88", "85", "95")), true)) {
			XSSFSheet sheet = workbook.getSheet(MAIN);
			// Across tools the computed overall's row says it is the whole ITA's weighted total.
			int computed = rowOf(sheet, 1, "ภาพรวม ITA ถ่วงน้ำหนัก");
			assertThat(text(sheet, 1, computed - 1)).as("the round's target on one line").isEqualTo("เทียบเป้ารอบ ๕ เดือนแรก");
			// 0.3 × 91.80 + 0.3 × 90.00 + 0.4 × 90.00 = 90.54 against the round's 85.
			assertThat(sheet.getRow(computed - 1).getCell(4).getNumericCellValue()).as("the gap to the round's target")
				.isCloseTo(5.54, within(0.001));
			assertThat(text(sheet, 6, computed)).as("a holdout trial found the tools' scores in the narrative alone: beside the total")
				.isEqualTo("IIT ๙๑.๘๐ · EIT ๙๐.๐๐ · OIT ๙๐.๐๐");
			float height = 0;
			for (int row = 0; row <= computed; row++) {
				height += sheet.getRow(row) == null ? sheet.getDefaultRowHeightInPoints() : sheet.getRow(row).getHeightInPoints();
				assertThat(sheet.getRow(row).getHeightInPoints()).as("row %d: 22 points cut the marks below Thai letters"
						+ " (ฏ, ุ) in LibreOffice with the Thai fonts Debian has", row + 1).isGreaterThanOrEqualTo(24f);
			}
			// Rendered by LibreOffice on A4 landscape at the sheet's fit-to-width scale: 553 points of rows
			// ended on the first page with top and bottom margins of 1.5 cm, about a row to spare; with
			// margins of 2 cm, 546 did not.
			assertThat(height).isLessThanOrEqualTo(560f);
			assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.TOP) * 2.54).isCloseTo(1.5, within(0.01));
		}
	}

	@Test
	void nothingYetIsSaidInWordsNotLeftBlank() throws Exception {
		try (XSSFWorkbook workbook = fill(report(List.of()), true)) {
			XSSFSheet sheet = workbook.getSheet(MAIN);
			assertThat(text(sheet, 0, 5)).isEqualTo("๑. ผลคะแนนการประเมิน (ยังไม่มีผลคะแนน)");
			assertThat(text(sheet, 1, 7)).isEqualTo("ยังไม่มีผลคะแนน");
			assertThat(text(sheet, 2, 8)).as("no overall").isEqualTo("-");
			assertThat(text(sheet, 1, 9)).isEqualTo("เทียบเป้าของรอบ");
			assertThat(text(sheet, 5, 10)).as("no stated overall to differ from").isEqualTo("-");
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(cell.getStringCellValue()).as(cell.getAddress().formatAsString())
							.doesNotContain("()", "  ")
							.doesNotEndWith(":");
					}
				}
			}
			assertOneDigitStyle(workbook, true);
		}
	}

	@Test
	void arabicDigitsWhenTheSettingSaysSo() throws Exception {
		properties = properties(false);
		try (XSSFWorkbook workbook = fill(report(scores("97.11", "90.08", "91.04", "87.99", "91.81")), false)) {
			assertOneDigitStyle(workbook, false);
			assertThat(text(workbook.getSheet(MAIN), 2, 2)).isEqualTo("ตัวชี้วัดที่ 3.2");
		}
	}

	/** A figure right-aligned in a cell without a border would touch the word in the next cell ("4ดำเนินการแล้ว"). */
	private static void assertFiguresStandApart(XSSFSheet sheet) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				Cell next = row.getCell(cell.getColumnIndex() + 1);
				boolean figure = cell.getCellType() == CellType.NUMERIC
						|| cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("-");
				if (!figure || next == null || next.getCellType() != CellType.STRING || next.getStringCellValue().isBlank()) {
					continue;
				}
				boolean apart = cell.getCellStyle().getBorderRight() != BorderStyle.NONE
						|| next.getCellStyle().getBorderLeft() != BorderStyle.NONE || next.getCellStyle().getIndention() > 0;
				assertThat(apart).as("%s stands apart from %s", cell.getAddress(), next.getAddress()).isTrue();
				// An indent moves only text aligned left: on the general alignment Excel and LibreOffice ignore it
				// ("๘๘.๓๔คะแนน", the figure against the word beside it, a trial).
				if (next.getCellStyle().getIndention() > 0) {
					assertThat(next.getCellStyle().getAlignment()).as("%s's indent shows", next.getAddress())
						.isEqualTo(HorizontalAlignment.LEFT);
				}
			}
		}
	}

	/** Thai digits in every text of the report's sheets and in every number's format, or none anywhere. */
	private static void assertOneDigitStyle(XSSFWorkbook workbook, boolean thai) {
		for (String name : TEXT_SHEETS) {
			for (Row row : workbook.getSheet(name)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(cell.getStringCellValue()).as("%s!%s", name, cell.getAddress())
							.doesNotContainPattern(thai ? "[0-9]" : "[๐-๙]");
					}
					else if (cell.getCellType() == CellType.NUMERIC) {
						String format = cell.getCellStyle().getDataFormatString();
						if (thai) {
							assertThat(format).as("%s!%s", name, cell.getAddress()).startsWith(ThaiDigitFormats.THAI_NUMERALS);
						}
						else {
							assertThat(format).doesNotContain("[$-");
						}
					}
				}
			}
		}
		// The value axes too: LibreOffice showed 70…100 beside Thai-digit labels (a trial).
		int axes = 0;
		for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
			var drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
			for (var chart : drawing == null ? List.<org.apache.poi.xssf.usermodel.XSSFChart>of() : drawing.getCharts()) {
				for (var axis : chart.getCTChart().getPlotArea().getValAxList()) {
					if (axis.isSetNumFmt()) {
						axes++;
						assertThat(axis.getNumFmt().getFormatCode()).as("%s's value axis", sheet.getSheetName())
							.matches(thai ? "^\\Q" + ThaiDigitFormats.THAI_NUMERALS + "\\E.*" : "^(?!\\[\\$-).*");
						if (thai) {
							assertThat(axis.getNumFmt().getSourceLinked()).as("its own format, not its cells'").isFalse();
						}
					}
				}
			}
		}
		assertThat(axes).as("the shipped report's value axes with a number format").isPositive();
	}

	private static void assertPrintsOnA4(XSSFWorkbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getFooter().getLeft()).contains("กองคลัง", "มีนาคม ๒๕๖๕").doesNotContain("${");
			assertThat(sheet.getFooter().getRight()).contains("&P", "&N");
		}
		assertThat(workbook.getSheet("กิจกรรม").getRepeatingRows().formatAsString()).isEqualTo("4:4");
		// งบประมาณ (column H): a budget of 1,500,000.00, twelve digits and signs, prints whole, not as ###.
		assertThat(workbook.getSheet("กิจกรรม").getColumnWidth(7) / 256).isGreaterThanOrEqualTo(11);
	}

	@Test
	void theActivitiesBudgetAndShareDoneAreInTheReportsDigits() throws Exception {
		YearMonth march = YearMonth.of(2022, 3);
		ActionPlan plan = new ActionPlan("กองคลัง", 2565, null, march, march, List.of(new Activity(1, null, null, null,
				"อบรมคุณธรรม", List.of(march), new BigDecimal("5000"), null, null, "แผน", "C5")));
		ProgressEntry halfway = new ProgressEntry("กองคลัง", 2565, "1", 1, march, ProgressStatus.IN_PROGRESS, null, null,
				null, null, null, "ผล", "A2", 50);
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", march, List.of(), plan,
				List.of(halfway), List.of());
		try (XSSFWorkbook workbook = fill(report, true)) {
			XSSFSheet activities = workbook.getSheet("กิจกรรม");
			int row = rowOf(activities, 1, "อบรมคุณธรรม");
			assertThat(activities.getRow(row).getCell(7).getNumericCellValue()).as("a number still, to sum").isEqualTo(5000);
			assertThat(activities.getRow(row).getCell(7).getCellStyle().getDataFormatString())
				.as("a trial: a General cell printed ๕๐๐๐").isEqualTo(ThaiDigitFormats.THAI_NUMERALS + "#,##0.00");
			assertThat(text(activities, 4, row)).as("a trial: (ร้อยละ 50) in a Thai-digit report")
				.isEqualTo("อยู่ระหว่างดำเนินการ (ร้อยละ ๕๐)");
		}
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		BriefModel.put(variables, report, new ThaiFormat(true));
		@SuppressWarnings("unchecked")
		List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>) ((java.util.Map<String, Object>) variables
			.get("brief")).get("progressRows");
		assertThat(rows).extracting(r -> r.get("status")).as("the brief's as the report's (a trial's brief dropped the share)")
			.containsExactly("อยู่ระหว่างดำเนินการ (ร้อยละ ๕๐)");
	}

	/**
	 * A trial's evidence links and problems were read from the progress sheet and shown nowhere: the
	 * brief's progress table gives them under the result, each on a line of its own, a link with its own
	 * digits; the Excel model has them too, for a template of the user's.
	 */
	@SuppressWarnings("unchecked")
	@Test
	void theResultInFullGivesTheEvidenceAndProblemsUnderIt() {
		YearMonth march = YearMonth.of(2022, 3);
		ActionPlan plan = new ActionPlan("กองคลัง", 2565, null, march, march, List.of(new Activity(1, null, null, null,
				"อบรมคุณธรรม", List.of(march), null, null, null, "แผน", "C5"), new Activity(2, null, null, null,
				"ประชุม", List.of(march), null, null, null, "แผน", "C6"), new Activity(3, null, null, null, "เดินรณรงค์",
				List.of(march), null, null, null, "แผน", "C7")));
		ProgressEntry trained = new ProgressEntry("กองคลัง", 2565, "1", 1, march, ProgressStatus.DONE, "อบรม 30 คน", null,
				null, "https://ita.example.go.th/2565/1", "ห้องประชุมไม่ว่าง 2 ครั้ง", "ผล", "A2");
		ProgressEntry met = new ProgressEntry("กองคลัง", 2565, "2", 2, march, ProgressStatus.DONE, "ประชุมแล้ว", null, null,
				"", "-", "ผล", "A3");
		// A retrial: "ปัญหาอุปสรรค: ปัญหาอุปสรรค: …" where the cell gave its own label.
		ProgressEntry labelled = new ProgressEntry("กองคลัง", 2565, "3", 3, march, ProgressStatus.DONE, "", null, null,
				"หลักฐาน: https://ita.example.go.th/%E0%B8%81", "ปัญหาอุปสรรค: ฝนตก", "ผล", "A4");
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", march, List.of(), plan,
				List.of(trained, met, labelled), List.of());
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		BriefModel.put(variables, report, new ThaiFormat(true));
		List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>) ((java.util.Map<String, Object>) variables
			.get("brief")).get("progressRows");

		assertThat(rows).extracting(row -> row.get("resultInFull")).containsExactly(
				"อบรม ๓๐ คน\nหลักฐาน: https://ita.example.go.th/2565/1\nปัญหาอุปสรรค: ห้องประชุมไม่ว่าง ๒ ครั้ง",
				"ประชุมแล้ว", "หลักฐาน: https://ita.example.go.th/ก\nปัญหาอุปสรรค: ฝนตก");
		List<java.util.Map<String, Object>> due = (List<java.util.Map<String, Object>>) ReportTemplateModel
			.of(report, new ThaiFormat(true), LocalDateTime.of(2022, 4, 1, 8, 30)).get("due");
		assertThat(due.get(0).get("resultInFull")).as("the Excel report's texts as typed, their digits too")
			.isEqualTo("อบรม 30 คน\nหลักฐาน: https://ita.example.go.th/2565/1\nปัญหาอุปสรรค: ห้องประชุมไม่ว่าง 2 ครั้ง");
	}

	/**
	 * A trial: a plan of long activity names made the summary one cell 695 points high, which Excel
	 * shows and prints cut at 409. The narrative is a row a paragraph, each activity it lists a line,
	 * in one box: ruled at the sides, the heading's row underlined and the row after it overlined.
	 */
	@Test
	void aLongPlansSummaryIsRowsExcelShowsWhole() throws Exception {
		YearMonth march = YearMonth.of(2022, 3);
		String name = "จัดกิจกรรมเผยแพร่และประชาสัมพันธ์มาตรการการใช้ทรัพย์สินของราชการให้บุคลากรทุกระดับรับทราบ"
				+ "ผ่านช่องทางที่เข้าถึงได้ทั้งอีเมล กลุ่มไลน์ และบอร์ดประชาสัมพันธ์ของหน่วยงาน ชุดที่ ";
		List<Activity> activities = new java.util.ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			// Six due by March and not reported, so overdue; six in April, the month after.
			YearMonth month = i <= 6 ? YearMonth.of(2021, 12).plusMonths(i % 3) : march.plusMonths(1);
			activities.add(new Activity(i, null, null, null, name + i, List.of(month), null, null, null, "แผน", "C" + (4 + i)));
		}
		ActionPlan plan = new ActionPlan("กองคลัง", 2565, null, YearMonth.of(2021, 12), march.plusMonths(1), activities, null);
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", march,
				scores("97.11", "90.08", "91.04", "87.99", "91.81"), plan, List.of(), List.of());
		try (XSSFWorkbook workbook = fill(report, true)) {
			XSSFSheet sheet = workbook.getSheet(MAIN);
			int heading = rowStarting(sheet, "๒. สรุปผล");
			int next = rowStarting(sheet, "๓. ความก้าวหน้าตามแผนปฏิบัติการ");
			List<String> rows = new java.util.ArrayList<>();
			for (int r = heading + 1; r < next && !text(sheet, 0, r).isEmpty(); r++) {
				rows.add(text(sheet, 0, r));
				assertThat(sheet.getRow(r).getHeightInPoints()).as("row %d: %s", r + 1, text(sheet, 0, r)).isLessThanOrEqualTo(409f);
				assertThat(sheet.getRow(r).getCell(0).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
				assertThat(sheet.getRow(r).getCell(9).getCellStyle().getBorderRight()).isEqualTo(BorderStyle.THIN);
				assertThat(sheet.getRow(r).getCell(0).getCellStyle().getBorderTop()).as("no rule between paragraphs")
					.isEqualTo(BorderStyle.NONE);
			}
			assertThat(rows).as("the scores' paragraph, the plan's with five overdue listed and the next month's five")
				.hasSize(1 + 1 + 5 + 1 + 1 + 5 + 1);
			assertThat(rows.get(1)).endsWith("กิจกรรมที่เลยกำหนดแต่ยังไม่แล้วเสร็จ ๖ กิจกรรม ได้แก่");
			assertThat(rows.get(2)).isEqualTo("- กิจกรรมที่ ๑ " + name + "1");
			assertThat(rows.get(7)).isEqualTo("- และอีก ๑ กิจกรรม (ดูตารางกิจกรรม)");
			assertThat(rows.get(8)).isEqualTo("เดือนเมษายน ๒๕๖๕ มีกิจกรรมตามแผน ๖ กิจกรรม ได้แก่");
			assertThat(rows.get(9)).startsWith("- กิจกรรมที่ ๗ ");
			assertThat(sheet.getRow(heading).getCell(9).getCellStyle().getBorderBottom()).as("the box's top")
				.isEqualTo(BorderStyle.THIN);
			int after = heading + 1 + rows.size();
			assertThat(sheet.getRow(after).getCell(9).getCellStyle().getBorderTop()).as("the box's foot").isEqualTo(BorderStyle.THIN);
			assertPrintsOnA4(workbook);
		}
	}

	/**
	 * A trial: five rounds printed the chart and four rows on a page and the latest round alone on the
	 * next; each round's label, one line in print, was given two. Nine rounds, a little over the page,
	 * are printed a little smaller to stay on it.
	 */
	@Test
	void aUnitsTrendPrintsWithItsChartOnOnePage() throws Exception {
		for (int rounds : new int[] { 5, 9 }) {
			List<ScoreEntry> scores = new java.util.ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				for (int i = 1; i <= 5; i++) {
					scores.add(new ScoreEntry("กองคลัง", 2561 + r / 2, 1 + r % 2, catalog.indicators().byNumber(i).orElseThrow(),
							new BigDecimal(80 + r + i), null, null, "คะแนน", "B" + (i + 1)));
				}
			}
			int fiscalYear = 2561 + (rounds - 1) / 2;
			YearMonth month = YearMonth.of(fiscalYear - 543, (rounds - 1) % 2 == 0 ? 3 : 8);
			MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", month, scores, null,
					List.of(), List.of());
			try (XSSFWorkbook workbook = fill(report, true)) {
				XSSFSheet trend = workbook.getSheet("แนวโน้ม");
				int first = rowOf(trend, 0, "ปีงบ ๒๕๖๑ รอบ ๑");
				assertThat(trend.getLastRowNum()).isEqualTo(first + rounds - 1);
				for (int row = first; row < first + rounds; row++) {
					assertThat(trend.getRow(row).getHeightInPoints()).as("%d rounds: row %d, a label of one line", rounds, row + 1)
						.isEqualTo(24f);
				}
				assertThat(pages(trend)).as("%d rounds: chart and table on one page", rounds).isEqualTo(1);
			}
		}
	}

	/**
	 * The pages LibreOffice prints a sheet on, fitted to the page's width (or to one page), from its
	 * rows' heights and its columns' widths in 16-point TH Sarabun New (0.544 points a unit a point).
	 */
	private static int pages(XSSFSheet sheet) {
		if (sheet.getPrintSetup().getFitHeight() == 1) {
			return 1;
		}
		double width = 0;
		for (int c = 0; c < sheet.getRow(sheet.getLastRowNum()).getLastCellNum(); c++) {
			width += sheet.getColumnWidth(c) / 256.0 * 16 * 0.544;
		}
		double printable = 841.9 - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
		double height = 0;
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			height += sheet.getRow(r) == null ? sheet.getDefaultRowHeightInPoints() : sheet.getRow(r).getHeightInPoints();
		}
		double page = 595.3 - 72 * (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM));
		return (int) Math.ceil(height * Math.min(1, printable / width) / page);
	}

	private static ReportProperties properties(boolean thaiDigits) {
		return new ReportProperties(null, thaiDigits, "ตัวชี้วัดที่ 3.2", RoundComparator.Goal.SAME_ROUND, 10);
	}

	private XSSFWorkbook fill(MonthlyReport report, boolean thaiDigits) throws Exception {
		Path file = out.resolve("report.xlsx");
		new ReportTemplate(ReportProperties.MONTHLY, new XlsxTemplateEngine())
			.write(ReportTemplateModel.of(report, new ThaiFormat(thaiDigits), LocalDateTime.of(2022, 4, 1, 8, 30)), file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private MonthlyReport report(List<ScoreEntry> scores) {
		return new MonthlyReportAssembler(catalog, properties).assemble("กองคลัง", YearMonth.of(2022, 3), scores, null,
				List.of(), List.of());
	}

	private List<ScoreEntry> scores(String... values) {
		return ScoreFixtures.scores(catalog, values);
	}

	private static XDDFValueAxis valueAxis(XSSFChart chart) {
		for (XDDFChartAxis axis : chart.getAxes()) {
			if (axis instanceof XDDFValueAxis values) {
				return values;
			}
		}
		throw new AssertionError("no value axis");
	}

	private static int rowOf(XSSFSheet sheet, int column, String text) {
		for (int row = 0; row <= sheet.getLastRowNum(); row++) {
			if (text(sheet, column, row).equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text);
	}

	private static int rowStarting(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			if (text(sheet, 0, row.getRowNum()).startsWith(text)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no row starting " + text);
	}

	/** The text of a cell by column and row (0-based), "" where there is none. */
	private static String text(XSSFSheet sheet, int column, int row) {
		Row r = sheet.getRow(row);
		Cell cell = r == null ? null : r.getCell(column);
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
	}
}
