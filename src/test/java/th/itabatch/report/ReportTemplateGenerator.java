package th.itabatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the shipped report template, {@code templates/monthly-report.xlsx}. Users restyle the
 * file itself in Excel; this class only exists so that the original can be rebuilt and reviewed as
 * code. Run it with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=th.itabatch.report.ReportTemplateGenerator}; offline, where the exec plugin is
 * not at hand, with {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt} and then {@code java -cp target/test-classes:target/classes:$(cat
 * target/cp.txt) th.itabatch.report.ReportTemplateGenerator}. The file is bundled into the jar from
 * {@code templates/} by the build; there is no second copy to keep in step.
 */
public final class ReportTemplateGenerator {

	static final String SHEET = "รายงาน";

	static final String TREND_SHEET = "แนวโน้ม";

	/** The trend table's first header row (1-based); its template row is two below. */
	private static final int TREND_HEADER_ROW = 15;

	private final TemplateBook book = new TemplateBook();

	private final XSSFWorkbook workbook = book.workbook;

	private final XSSFSheet sheet = workbook.createSheet(SHEET);

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args.length > 0 ? args[0] : "templates/monthly-report.xlsx");
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (XSSFWorkbook workbook = new ReportTemplateGenerator().build(); OutputStream out = Files.newOutputStream(target)) {
			workbook.write(out);
		}
	}

	/** The main sheet's rows (1-based) that tables or the chart start at. */
	private static final int SCORES_HEADER = 7;

	private static final int CHART_FIRST_ROW = 13;

	private static final int CHART_LAST_ROW = 30;

	/** The hidden column the chart takes the indicators' names from, with their word breaks. */
	private static final int CHART_NAMES = 10;

	XSSFWorkbook build() {
		// A4 landscape at about 88 %: widths in digits of 16-point TH Sarabun New (about 3 mm each),
		// the figures' columns just wide enough for "๑๐๐.๐๐".
		int[] widths = { 4, 28, 8, 9, 8, 8, 8, 6, 8, 10, 20 };
		sheet.setDefaultRowHeightInPoints(24);
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		text("A1", "รายงานผลการดำเนินงานคุณธรรมและความโปร่งใส (ITA) ประจำเดือน ${report.reportMonth}", "title");
		merge("A1:J1");
		text("A2", "หน่วยงาน", "label");
		merge("A2:B2");
		// "สำนักงานเลขานุการกรม (กรมอุทกวิทยาชายฝั่ง)" ran under "ปีงบประมาณ" and was cut there (a trial).
		text("C2", "${report.unit}", "longValue");
		merge("C2:F2");
		text("G2", "ปีงบประมาณ", "label");
		merge("G2:H2");
		text("I2", "${report.fiscalYearText}", "value");
		text("A3", "ตัวชี้วัด", "label");
		merge("A3:B3");
		text("C3", "${report.kpi}", "value");
		merge("C3:J3");
		text("A4", "กำหนดส่งรายงานในระบบ DOC", "label");
		merge("A4:B4");
		text("C4", "ภายในวันที่ ${report.dueDate}", "value");
		merge("C4:F4");
		text("G4", "จัดทำเมื่อ", "label");
		text("H4", "${report.generatedAt}", "note");
		merge("H4:J4");
		text("A5", "${report.surveyNote}", "note");
		merge("A5:J5");

		text("A6", "${report.section1} ผลคะแนนการประเมิน ${report.roundHeading}", "section");
		merge("A6:J6");
		header("A" + SCORES_HEADER, "ที่", "ตัวชี้วัด", "คะแนน", "เป้าหมาย ${report.goalName}", "ส่วนต่าง", "ผลเทียบเป้าหมาย",
				"ลำดับจากต่ำสุด", "ระดับ", "รอบก่อน", "เปลี่ยนแปลง");
		text("A8", "${r.no}", "center");
		text("B8", "${r.name}", "cell");
		text("C8", "${r.score}", "score");
		text("D8", "${r.target}", "score");
		text("E8", "${r.gap}", "signed");
		text("F8", "${r.result}", "center");
		text("G8", "${r.rank}", "center");
		text("H8", "${r.level}", "center");
		text("I8", "${r.previous}", "score");
		text("J8", "${r.change}", "signed");
		text("K7", "${report.targetLegend}", "value");
		text("K8", "${r.chartName}", "value");
		sheet.setColumnHidden(CHART_NAMES, true);
		text("A9", "", "cell");
		text("B9", "ภาพรวม", "bold");
		text("C9", "${report.overall}", "scoreBold");
		text("D9", "${report.goalTarget}", "score");
		text("E9", "${report.overallGap}", "signed");
		text("F9", "${report.overallGoalResult}", "center");
		// The overall has no rank: its level takes the rank's cell too, room for a department's own rating
		// beside it ("A (ผ่านดีเยี่ยม)") where a rating scale is configured.
		text("G9", "${report.overallGrade}", "center");
		text("H9", "", "center");
		TemplateBook.merge(sheet, "G9:H9");
		text("I9", "${report.overallPrevious}", "score");
		text("J9", "${report.overallChange}", "signed");
		text("A10", "", "cell");
		text("B10", "${report.roundTargetLabel}", "cell");
		text("C10", "${report.overall}", "score");
		text("D10", "${report.roundTarget}", "score");
		text("E10", "${report.overallRoundGap}", "signed");
		text("F10", "${report.overallRoundResult}", "center");
		text("G10", "", "cell");
		merge("G10:J10");
		text("A11", "", "cell");
		// Computed from the indicators: their mean, or across tools the whole ITA score by the tools' weights.
		text("B11", "${report.computedLabel}", "cell");
		text("C11", "${report.overallComputed}", "score");
		// Kept off the computed figure beside it: "๘๕.๐๐ไฟล์ไม่ระบุภาพรวม" ran together (a trial).
		text("D11", "${report.differenceLabel}", "cellAfter");
		text("E11", "", "cell");
		merge("D11:E11");
		text("F11", "${report.overallDifference}", "signed");
		// The tools' scores of a weighted total beside it ("IIT ๙๑.๐๒ · EIT ๘๗.๑๐ · OIT ๙๐.๒๕").
		text("G11", "${report.toolScores}", "cellAfter");
		merge("G11:J11");

		int summary = CHART_LAST_ROW + 2;
		// The summary starts a page of its own with its heading, whatever the chart's page holds.
		sheet.setRowBreak(summary - 2);
		text("A" + summary, "${report.section2} สรุปผล", "narrativeStart");
		merge("A" + summary + ":J" + summary);
		// A paragraph a row, each activity the plan's paragraph lists a line: Excel gives a row 409 points
		// at most, and one cell of five long activity names needed 695.
		text("A" + (summary + 1), "${p.text}", "narrative");
		merge("A" + (summary + 1) + ":J" + (summary + 1));
		book.row(sheet, "A" + (summary + 2), "narrativeEnd", "", "", "", "", "", "", "", "", "", "");

		int plan = summary + 3;
		text("A" + plan, "${report.section3} ความก้าวหน้าตามแผนปฏิบัติการ (${report.planHeading})", "section");
		merge("A" + plan + ":J" + plan);
		count(plan + 1, "กิจกรรมที่ถึงกำหนดถึงเดือนรายงาน", "${report.dueCount}", "number", "กิจกรรม");
		count(plan + 2, "ดำเนินการแล้ว", "${report.doneCount}", "number", "กิจกรรม");
		count(plan + 3, "คิดเป็นร้อยละ", "${report.doneShare}", "score", "");
		int last = plan + 3;
		// Where the rest is, beside the counts a line each, not below them: a row of its own fell alone
		// on a printed page (a trial).
		pointer(plan + 1, "แนวโน้มผลคะแนนรายรอบ: ชีต \"แนวโน้ม\"");
		pointer(plan + 2, "รายละเอียดกิจกรรม: ชีต \"กิจกรรม\"");
		pointer(plan + 3, "ข้อสังเกตจากการตรวจสอบ ${report.warningCountText} รายการ: ชีต \"ข้อสังเกต\"");
		comment("A1", "jx:area(lastCell=\"K" + last + "\")");
		comment("A8", "jx:each(items=\"indicators\" var=\"r\" lastCell=\"K8\")");
		comment("A" + (summary + 1), "jx:each(items=\"paragraphs\" var=\"p\" lastCell=\"J" + (summary + 1) + "\")");

		heights(sheet, 6, summary, plan);
		sheet.getRow(SCORES_HEADER - 1).setHeightInPoints(72);
		chart();
		// The chart starts the second page whole rather than being cut at the first page's foot.
		sheet.setRowBreak(CHART_FIRST_ROW - 2);
		landscape(sheet);
		TemplateBook.footer(sheet, FOOTER);
		trendSheet();
		activitiesSheet();
		warningsSheet();
		return workbook;
	}

	/** The footer of every sheet: whose report, for which month. */
	private static final String FOOTER = "รายงาน ITA ${report.unit} ประจำเดือน ${report.reportMonth}";

	/** A label, its figure in a box of its own, and the word after the figure ("กิจกรรม"). */
	private void pointer(int row, String text) {
		text("E" + row, text, "pointer");
		merge("E" + row + ":J" + row);
	}

	private void count(int row, String label, String figure, String style, String after) {
		text("A" + row, label, "label");
		merge("A" + row + ":B" + row);
		text("C" + row, figure, style);
		text("D" + row, after, "after");
	}

	/**
	 * The unit's rounds, oldest first: a line chart of the overall against each round's target
	 * above a table of the overall and every indicator. The chart sits above the table so that the
	 * rows JXLS adds grow away from it.
	 */
	private void trendSheet() {
		XSSFSheet trend = workbook.createSheet(TREND_SHEET);
		trend.setDefaultRowHeightInPoints(24);
		trend.setColumnWidth(0, 16 * 256);
		for (int c = 1; c < 4; c++) {
			trend.setColumnWidth(c, 8 * 256);
		}
		for (int c = 4; c < 14; c++) {
			trend.setColumnWidth(c, 7 * 256);
		}
		text(trend, "A1", "แนวโน้มผลคะแนนรายรอบการประเมิน ${report.unit} (ถึงปีงบประมาณ ${report.fiscalYearText})", "heading");
		text(trend, "A14", "${report.indicatorKey} (ช่องว่างคือรอบที่ไม่มีคะแนนของตัวชี้วัดนั้น)", "note");
		trend.addMergedRegion(CellRangeAddress.valueOf("A14:N14"));
		String[] labels = { "รอบการประเมิน", "ภาพรวม", "ที่มาของภาพรวม", "เป้าหมายของรอบ" };
		String[] fields = { "label", "overall", "overallSource", "target" };
		for (int c = 0; c < labels.length; c++) {
			String column = String.valueOf((char) ('A' + c));
			text(trend, column + TREND_HEADER_ROW, labels[c], "header");
			text(trend, column + (TREND_HEADER_ROW + 1), "", "header");
			trend.addMergedRegion(CellRangeAddress.valueOf(column + TREND_HEADER_ROW + ":" + column + (TREND_HEADER_ROW + 1)));
			text(trend, column + (TREND_HEADER_ROW + 2), "${t." + fields[c] + "}",
					c == 0 ? "cell" : c == 2 ? "center" : c == 1 ? "scoreBold" : "score");
		}
		for (int i = 1; i <= 10; i++) {
			String column = String.valueOf((char) ('D' + i));
			text(trend, column + TREND_HEADER_ROW, i == 1 ? "คะแนนรายตัวชี้วัด" : "", "header");
			text(trend, column + (TREND_HEADER_ROW + 1), "${report.h" + i + "}", "header");
			text(trend, column + (TREND_HEADER_ROW + 2), "${t.i" + i + "}", "score");
		}
		trend.addMergedRegion(CellRangeAddress.valueOf("E" + TREND_HEADER_ROW + ":N" + TREND_HEADER_ROW));
		int row = TREND_HEADER_ROW + 2;
		comment(trend, "A1", "jx:area(lastCell=\"N" + row + "\")");
		comment(trend, "A" + row, "jx:each(items=\"trend\" var=\"t\" lastCell=\"N" + row + "\")");
		heights(trend);
		TemplateBook.repeatRows(trend, TREND_HEADER_ROW, TREND_HEADER_ROW + 1);
		trendChart(trend, row - 1);
		landscape(trend);
		TemplateBook.footer(trend, FOOTER);
	}

	/** Overall and target by round, over the trend table's template row (0-based), re-pointed after filling. */
	private void trendChart(XSSFSheet trend, int row) {
		// A2:N13, above the table. No fixed minimum: a change of a few points between rounds must
		// show, not flatten near the top.
		TemplateBook.Plot plot = TemplateBook.plot(trend, new int[] { 0, 1, 14, 13 }, "แนวโน้มคะแนนภาพรวมรายรอบเทียบกับเป้าหมายของรอบ");
		XSSFChart chart = plot.chart();
		XDDFDataSource<String> rounds = XDDFDataSourcesFactory.fromStringCellRange(trend, new CellRangeAddress(row, row, 0, 0));
		XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, plot.categories(), plot.values());
		lines.setVaryColors(false);
		TemplateBook.line(lines, trend, rounds, row, TREND_HEADER_ROW - 1, 1, PresetColor.STEEL_BLUE, MarkerStyle.CIRCLE, 2.75);
		TemplateBook.targetDashes(TemplateBook.line(lines, trend, rounds, row, TREND_HEADER_ROW - 1, 3, PresetColor.RED,
				MarkerStyle.NONE, 1.5));
		chart.plot(lines);
	}

	/** All activities due, this month's and next month's, on a sheet of their own: no merged cells, wide columns. */
	private void activitiesSheet() {
		XSSFSheet activities = workbook.createSheet("กิจกรรม");
		// One landscape page wide at about 13 points: the activity and its result get the room (at 15 a
		// trial's 500-letter results made rows of 600-930 points, which Excel cuts at 409), the budget enough
		// for 12,500,000.75 in Thai digits (at 6 a budget of 15,000 printed as ###), the status two lines for
		// "ยังไม่มีรายงานผล (เลยกำหนด)" (at 9 it took four, a trial).
		int[] widths = { 4, 21, 13, 10, 14, 19, 10, 15, 7 };
		for (int c = 0; c < widths.length; c++) {
			activities.setColumnWidth(c, widths[c] * 256);
		}
		text(activities, "A1", "กิจกรรมตามแผนปฏิบัติการคุณธรรมและความโปร่งใส ${report.unit} ณ เดือน ${report.reportMonth}", "heading");
		text(activities, "A3", "กิจกรรมที่ถึงกำหนดดำเนินการถึงเดือน ${report.reportMonth}: ${report.progressSummary}", "section");
		activityBlock(activities, 4, "a");
		// This month's and next month's activities are parts of the one table, each under a band of its
		// own, not tables with headers of their own: the header repeated at the top of a page then belongs
		// to what follows it (a trial's next month's table began a page under the repeated header and
		// then its own, the header twice).
		band(activities, 6, "กิจกรรมตามแผนของเดือน ${report.reportMonth}");
		activityRow(activities, 7, "m");
		band(activities, 8, "กิจกรรมตามแผนของเดือนถัดไป (${report.nextMonth})");
		activityRow(activities, 9, "n");
		comment(activities, "A1", "jx:area(lastCell=\"I9\")");
		comment(activities, "A5", "jx:each(items=\"due\" var=\"a\" lastCell=\"I5\")");
		comment(activities, "A7", "jx:each(items=\"thisMonth\" var=\"m\" lastCell=\"I7\")");
		comment(activities, "A9", "jx:each(items=\"nextMonth\" var=\"n\" lastCell=\"I9\")");
		heights(activities, 3);
		TemplateBook.repeatRows(activities, 4, 4);
		landscape(activities);
		TemplateBook.footer(activities, FOOTER);
	}

	private static final String[] ACTIVITY_FIELDS = { "no", "activity", "measure", "months", "status", "result", "responsible",
			"budget", "participants" };

	/** A header row (1-based) and the template row of a jx:each under it. */
	private void activityBlock(XSSFSheet target, int headerRow, String var) {
		String[] labels = { "ที่", "กิจกรรม", "มาตรการ", "เดือนที่กำหนด", "สถานะ", "ผลการดำเนินงาน", "ผู้รับผิดชอบ", "งบประมาณ",
				"ผู้เข้าร่วม" };
		for (int c = 0; c < labels.length; c++) {
			text(target, (char) ('A' + c) + String.valueOf(headerRow), labels[c], "header");
		}
		activityRow(target, headerRow + 1, var);
	}

	/** The template row (1-based) of an activity table's jx:each. */
	private void activityRow(XSSFSheet target, int row, String var) {
		for (int c = 0; c < ACTIVITY_FIELDS.length; c++) {
			text(target, (char) ('A' + c) + String.valueOf(row), "${" + var + "." + ACTIVITY_FIELDS[c] + "}",
					c == 0 ? "center" : ACTIVITY_FIELDS[c].equals("budget") ? "money" : "cell");
		}
	}

	/** A band across the activity table's columns (1-based row), its title running on over them. */
	private void band(XSSFSheet target, int row, String title) {
		for (int c = 0; c < ACTIVITY_FIELDS.length; c++) {
			text(target, (char) ('A' + c) + String.valueOf(row), c == 0 ? title : "",
					c == 0 ? "bandStart" : c == ACTIVITY_FIELDS.length - 1 ? "bandEnd" : "band");
		}
	}

	/** The warnings of the inputs, one row each, on a sheet of their own. */
	private void warningsSheet() {
		XSSFSheet warnings = workbook.createSheet("ข้อสังเกต");
		int[] widths = { 16, 10, 7, 13, 27, 25 };
		for (int c = 0; c < widths.length; c++) {
			warnings.setColumnWidth(c, widths[c] * 256);
		}
		text(warnings, "A1", "ข้อสังเกตจากการตรวจสอบข้อมูลนำเข้า (${report.warningCountText} รายการ)", "heading");
		String[] labels = { "ไฟล์", "ชีต", "เซลล์", "รหัส", "ข้อความ", "Message" };
		String[] fields = { "file", "sheet", "cell", "code", "thai", "english" };
		for (int c = 0; c < labels.length; c++) {
			String column = String.valueOf((char) ('A' + c));
			text(warnings, column + "3", labels[c], "header");
			text(warnings, column + "4", "${w." + fields[c] + "}", "cell");
		}
		comment(warnings, "A1", "jx:area(lastCell=\"F4\")");
		comment(warnings, "A4", "jx:each(items=\"warnings\" var=\"w\" lastCell=\"F4\")");
		heights(warnings);
		TemplateBook.repeatRows(warnings, 3, 3);
		landscape(warnings);
		TemplateBook.footer(warnings, FOOTER);
	}

	/**
	 * Below the scores table across the page (moved down by the engine as the table grows); the
	 * value axis starts where the engine finds a floor below the lowest score.
	 */
	private void chart() {
		TemplateBook.Plot plot = TemplateBook.plot(sheet, new int[] { 0, CHART_FIRST_ROW - 1, 10, CHART_LAST_ROW },
				"ผลคะแนนรายตัวชี้วัดเทียบกับเป้าหมาย");
		TemplateBook.barsAgainstTarget(plot, sheet, SCORES_HEADER, CHART_NAMES, 2, "คะแนน", 3, "เป้าหมาย", CHART_NAMES);
		// LibreOffice, which makes the PDF copies, draws the target line over the figures above the bars,
		// their white ground or not (a trial's PDF: ๙๒.๐๐, ๙๑.๐๐ and ๙๓.๐๐ struck through): at the bars' feet,
		// as in the department's chart, no line reaches them (the axis starts ten points below the lowest).
		TemplateBook.barFiguresInside(plot);
	}

	private void text(String ref, String value, String style) {
		book.text(sheet, ref, value, style);
	}

	private void text(XSSFSheet target, String ref, String value, String style) {
		book.text(target, ref, value, style);
	}

	private void comment(String ref, String text) {
		book.comment(sheet, ref, text);
	}

	private void comment(XSSFSheet target, String ref, String text) {
		book.comment(target, ref, text);
	}

	private static void heights(XSSFSheet target, int... sections) {
		TemplateBook.heights(target, sections);
	}

	private static void landscape(XSSFSheet target) {
		TemplateBook.landscape(target);
	}

	private void header(String first, String... labels) {
		book.row(sheet, first, "header", labels);
	}


	private void merge(String range) {
		TemplateBook.merge(sheet, range);
	}

}
