package th.itabatch.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the shipped department report template, {@code templates/department-report.xlsx}: a summary
 * sheet (figures, narrative, roll-up per branch), the units ranked, their indicators as a heat map,
 * the indicators' means across units, the trend, and a chart of the units against the target. Users
 * restyle the file itself in Excel; this class only rebuilds the original. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=th.itabatch.report.DepartmentTemplateGenerator}.
 */
public final class DepartmentTemplateGenerator {

	static final String SUMMARY = "สรุป";

	static final String UNITS = "หน่วยงาน";

	static final String INDICATORS = "ตัวชี้วัด";

	static final String HEAT_MAP = "ตัวชี้วัดรายหน่วยงาน";

	static final String CHART = "แผนภูมิ";

	static final String TREND = "แนวโน้ม";

	/** The trend table's header row (1-based); its template row is the next. */
	static final int TREND_HEADER_ROW = 19;

	/** The units table's header row and template row (0-based), and its columns. */
	static final int UNITS_HEADER = 2;

	static final String[] UNIT_LABELS = { "อันดับ", "หน่วยงาน", "สังกัด", "คะแนนภาพรวม", "ค่าเป้าหมาย", "ผลเทียบเป้าหมาย", "ระดับ",
			"เปลี่ยนแปลงจากรอบก่อน", "ดำเนินการตามแผน (ร้อยละ)", "ผลคะแนน\n(ปีงบฯ)", "แผน\n(ปีงบฯ)", "ผลการ\nดำเนินงาน\n(เดือนนี้)", "รายงานประจำเดือน" };

	static final String[] UNIT_FIELDS = { "rank", "unit", "branch", "overall", "target", "result", "grade", "change",
			"doneShare", "scores", "plan", "progress", "report" };

	static final int INDICATOR_COUNT = 10;

	/** The tools whose scores follow the indicators' on the heat map's sheet. */
	static final String[] TOOLS = { "IIT", "EIT", "OIT" };

	private final TemplateBook book = new TemplateBook();

	public static void main(String[] args) throws IOException {
		DepartmentTemplateGenerator generator = new DepartmentTemplateGenerator();
		generator.build();
		generator.book.save(Path.of(args.length > 0 ? args[0] : "templates/department-report.xlsx"));
	}

	XSSFWorkbook build() {
		summarySheet();
		XSSFSheet units = unitsSheet();
		heatMapSheet();
		indicatorsSheet();
		trendSheet();
		chartSheet(units);
		// Every page says whose report it is and which of how many it is, as a unit's do: a trial's
		// department report of 11 pages had none.
		for (int i = 0; i < book.workbook.getNumberOfSheets(); i++) {
			TemplateBook.footer(book.workbook.getSheetAt(i), "รายงาน ITA ${department.name} ประจำเดือน ${department.month}");
		}
		return book.workbook;
	}

	private void summarySheet() {
		XSSFSheet sheet = book.sheet(SUMMARY, 31, 11, 10, 10, 10, 11, 11);
		book.text(sheet, "A1", "รายงานสรุปผลการดำเนินงานคุณธรรมและความโปร่งใส (ITA) ของหน่วยงานในสังกัด", "title");
		TemplateBook.merge(sheet, "A1:G1");
		book.text(sheet, "A2", "${department.name}", "title");
		TemplateBook.merge(sheet, "A2:G2");
		book.text(sheet, "A3", "ประจำเดือน ${department.month} ปีงบประมาณ ${department.fiscalYear}", "heading");
		TemplateBook.merge(sheet, "A3:G3");
		book.text(sheet, "A4", "ตัวชี้วัด", "label");
		book.text(sheet, "B4", "${department.kpi}", "value");
		book.text(sheet, "A5", "จัดทำเมื่อ", "label");
		book.text(sheet, "B5", "${department.generatedAt}", "note");
		// The date and time on one line: column B alone (11 wide) broke them as '๒๕๖|๙ ๑๙:๒๓' (a trial).
		TemplateBook.merge(sheet, "B5:D5");

		book.text(sheet, "A7", "${department.section1} ภาพรวม", "section");
		String[][] figures = { { "หน่วยงานที่ติดตาม", "units" }, { "มีผลคะแนนแล้ว", "scored" },
				{ "ผ่านค่าเป้าหมายของรอบ", "passed" }, { "ไม่ผ่านค่าเป้าหมายของรอบ", "notPassed" },
				{ "จัดทำรายงานประจำเดือนแล้ว", "reportsMade" }, { "ยังไม่ส่งข้อมูลสำหรับเดือนนี้", "silentCount" },
				{ "ส่งไฟล์แล้วแต่ไฟล์มีข้อผิดพลาด", "refusedCount" } };
		int row = 8;
		for (String[] figure : figures) {
			book.text(sheet, "A" + row, figure[0], "cell");
			book.text(sheet, "B" + row, "${department." + figure[1] + "}", "number");
			book.text(sheet, "C" + row, "หน่วยงาน", "cellAfter");
			row++;
		}
		book.text(sheet, "A" + row, "คะแนนภาพรวมเฉลี่ย", "cell");
		book.text(sheet, "B" + row, "${department.mean}", "scoreBold");
		book.text(sheet, "C" + row, "คะแนน", "cellAfter");
		row++;
		book.text(sheet, "A" + row, "กำหนดส่งรายงานในระบบ DOC", "cell");
		book.text(sheet, "B" + row, "${department.dueDate}", "cell");
		TemplateBook.merge(sheet, "B" + row + ":C" + row);

		book.text(sheet, "A18", "${department.section2} สรุปผล", "narrativeStart");
		TemplateBook.merge(sheet, "A18:G18");
		// A paragraph a row: Excel caps a row at 409 points, fewer than a department's whole narrative needs.
		book.text(sheet, "A19", "${p.text}", "narrative");
		TemplateBook.merge(sheet, "A19:G19");
		book.row(sheet, "A20", "narrativeEnd", "", "", "", "", "", "", "");

		book.text(sheet, "A21", "${department.section3} ผลรวมรายหน่วยงานในสังกัด", "section");
		book.row(sheet, "A22", "header", "หน่วยงาน", "หน่วยงานที่ติดตาม", "มีผลคะแนน", "ผ่านค่าเป้าหมาย", "คะแนนเฉลี่ย",
				"จัดทำรายงานแล้ว", "ยังไม่ส่งข้อมูล");
		book.text(sheet, "A23", "${b.name}", "cell");
		book.text(sheet, "B23", "${b.units}", "number");
		book.text(sheet, "C23", "${b.scored}", "number");
		book.text(sheet, "D23", "${b.passed}", "number");
		book.text(sheet, "E23", "${b.mean}", "score");
		book.text(sheet, "F23", "${b.reportsMade}", "number");
		book.text(sheet, "G23", "${b.silent}", "number");
		book.comment(sheet, "A1", "jx:area(lastCell=\"G23\")");
		book.comment(sheet, "A19", "jx:each(items=\"paragraphs\" var=\"p\" lastCell=\"G19\")");
		book.comment(sheet, "A23", "jx:each(items=\"branches\" var=\"b\" lastCell=\"G23\")");
		TemplateBook.heights(sheet, 7, 18, 21);
		sheet.getRow(1).setHeightInPoints(30);
		sheet.getRow(21).setHeightInPoints(44);
		TemplateBook.landscape(sheet);
		// A brief reads top to bottom: the summary prints portrait, as the seed's brief does.
		sheet.getPrintSetup().setLandscape(false);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("22:22"));
	}

	/**
	 * The units ranked with what they sent and their reports. Their indicators are on a sheet of their
	 * own: the 23 columns of both on one A4 page printed at some 7 points.
	 */
	private XSSFSheet unitsSheet() {
		// The report's status 15 wide: "จัดทำหลังกำหนด" on one line, where at 13 its row was made two lines tall (a trial).
		// The level 9 wide: with a department's own rating beside it, "A (ผ่านดีเยี่ยม)" takes two lines, not a word broken.
		// What arrived broken where a reader would break it: left to wrap, "ผลการดำเนินงาน (เดือนนี้)" took
		// four lines at 8 wide, and at 11 LibreOffice broke it inside "ดำเนิน|งาน" and "ปี|งบฯ" (a trial).
		int[] widths = { 6, 25, 20, 8, 8, 8, 9, 10, 9, 9, 7, 9, 15 };
		XSSFSheet sheet = book.sheet(UNITS, widths);
		book.text(sheet, "A1", "ผลการดำเนินงานรายหน่วยงาน ${department.name} ณ เดือน ${department.month}", "heading");
		String last = CellReference.convertNumToColString(widths.length - 1);
		for (int c = 0; c < UNIT_LABELS.length; c++) {
			String column = CellReference.convertNumToColString(c);
			book.text(sheet, column + (UNITS_HEADER + 1), UNIT_LABELS[c], "header");
			String style = switch (UNIT_FIELDS[c]) {
				case "overall", "target", "doneShare" -> "score";
				case "change" -> "signed";
				case "unit", "branch", "report" -> "cell";
				default -> "center";
			};
			book.text(sheet, column + (UNITS_HEADER + 2), "${u." + UNIT_FIELDS[c] + "}", style);
		}
		// Three lines at most ("ดำเนินการตามแผน (ร้อยละ)"), with LibreOffice's taller lines.
		unitRows(sheet, last, 84);
		return sheet;
	}

	/** The units in the same order, each indicator's score coloured from the lowest to the highest. */
	private void heatMapSheet() {
		// Indicator names of up to 25 letters ("๘. การปรับปรุงระบบการทำงาน") in four lines of a
		// column 9 wide or more: at 8 wide and 66 points they broke mid-word and were cut at the row's edges.
		int[] widths = new int[3 + INDICATOR_COUNT + TOOLS.length];
		widths[0] = 6;
		widths[1] = 25;
		widths[2] = 9;
		for (int i = 3; i < widths.length; i++) {
			widths[i] = i < 3 + INDICATOR_COUNT ? 10 : 9;
		}
		XSSFSheet sheet = book.sheet(HEAT_MAP, widths);
		book.text(sheet, "A1", "คะแนนรายตัวชี้วัดของหน่วยงานในสังกัด ${department.name} ณ เดือน ${department.month}", "heading");
		String[] labels = { "อันดับ", "หน่วยงาน", "คะแนนภาพรวม" };
		String[] fields = { "rank", "unit", "overall" };
		for (int c = 0; c < labels.length; c++) {
			String column = CellReference.convertNumToColString(c);
			book.text(sheet, column + (UNITS_HEADER + 1), labels[c], "header");
			book.text(sheet, column + (UNITS_HEADER + 2), "${u." + fields[c] + "}", c == 1 ? "cell" : c == 2 ? "score" : "center");
		}
		for (int i = 1; i <= INDICATOR_COUNT; i++) {
			String column = CellReference.convertNumToColString(labels.length + i - 1);
			book.text(sheet, column + (UNITS_HEADER + 1), "${department.h" + i + "}", "header");
			book.text(sheet, column + (UNITS_HEADER + 2), "${u.s" + i + "}", "score");
		}
		// Each tool's score after its indicators, outside the colour scale: a unit with the whole ITA showed
		// only its weighted total (a holdout trial); blank where a unit's round lacks the tool.
		for (int t = 0; t < TOOLS.length; t++) {
			String column = CellReference.convertNumToColString(labels.length + INDICATOR_COUNT + t);
			book.text(sheet, column + (UNITS_HEADER + 1), "คะแนน\n" + TOOLS[t], "header");
			book.text(sheet, column + (UNITS_HEADER + 2), "${u." + TOOLS[t].toLowerCase(java.util.Locale.ROOT) + "}", "score");
		}
		String last = CellReference.convertNumToColString(widths.length - 1);
		String lastIndicator = CellReference.convertNumToColString(labels.length + INDICATOR_COUNT - 1);
		int templateRow = UNITS_HEADER + 2;
		heatMap(sheet, CellReference.convertNumToColString(labels.length) + templateRow + ":" + lastIndicator + templateRow);
		// Five lines: LibreOffice sets a line of 14-point TH Sarabun New taller than Excel does, and at 84
		// points the four-line names ("๔. การใช้ทรัพย์สินของราชการ") were cut at the top (a trial).
		unitRows(sheet, last, 104);
	}

	/** A units table's loop over the units, its header's height, its print setup and the names kept in view. */
	private void unitRows(XSSFSheet sheet, String lastColumn, int headerHeight) {
		int templateRow = UNITS_HEADER + 2;
		book.comment(sheet, "A1", "jx:area(lastCell=\"" + lastColumn + templateRow + "\")");
		book.comment(sheet, "A" + templateRow,
				"jx:each(items=\"units\" var=\"u\" lastCell=\"" + lastColumn + templateRow + "\")");
		TemplateBook.heights(sheet);
		sheet.getRow(UNITS_HEADER).setHeightInPoints(headerHeight);
		TemplateBook.landscape(sheet);
		sheet.setRepeatingRows(CellRangeAddress.valueOf((UNITS_HEADER + 1) + ":" + (UNITS_HEADER + 1)));
		sheet.createFreezePane(2, UNITS_HEADER + 1);
	}

	/** The indicators' scores coloured from red (lowest) through yellow to green (highest). */
	private static void heatMap(XSSFSheet sheet, String range) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
		XSSFColorScaleFormatting scale = (XSSFColorScaleFormatting) rule.getColorScaleFormatting();
		scale.setNumControlPoints(3);
		ExtendedColor[] colors = scale.getColors();
		colors[0].setARGBHex("FFF8696B");
		colors[1].setARGBHex("FFFFEB84");
		colors[2].setARGBHex("FF63BE7B");
		scale.setColors(colors);
		scale.getThresholds()[0].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MIN);
		scale.getThresholds()[1].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.PERCENTILE);
		scale.getThresholds()[1].setValue(50d);
		scale.getThresholds()[2].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MAX);
		formatting.addConditionalFormatting(new CellRangeAddress[] { CellRangeAddress.valueOf(range) }, rule);
	}

	private void indicatorsSheet() {
		XSSFSheet sheet = book.sheet(INDICATORS, 7, 31, 10, 11, 11, 11);
		book.text(sheet, "A1", "คะแนนเฉลี่ยรายตัวชี้วัดของหน่วยงานในสังกัด ${department.name} (จากต่ำสุด)", "heading");
		// The indicators pass by the target the units' reports compared them with (the goal: the next
		// round's, as the seed compares), not the round's target the units' overalls pass by: shown.
		book.row(sheet, "A3", "header", "ตัวชี้วัด", "ชื่อตัวชี้วัด", "คะแนนเฉลี่ย", "หน่วยงานที่มีคะแนน",
				"ผ่านเป้าหมายตัวชี้วัด (หน่วยงาน)", "ค่าเป้าหมายตัวชี้วัด");
		book.text(sheet, "A4", "${m.no}", "center");
		book.text(sheet, "B4", "${m.name}", "cell");
		book.text(sheet, "C4", "${m.mean}", "score");
		book.text(sheet, "D4", "${m.units}", "number");
		book.text(sheet, "E4", "${m.passed}", "number");
		book.text(sheet, "F4", "${m.target}", "score");
		book.comment(sheet, "A1", "jx:area(lastCell=\"F4\")");
		book.comment(sheet, "A4", "jx:each(items=\"indicatorMeans\" var=\"m\" lastCell=\"F4\")");
		TemplateBook.heights(sheet);
		TemplateBook.landscape(sheet);
	}

	/**
	 * The units' mean overall round by round, oldest first: a line chart against each round's target
	 * above the table, so that the rows JXLS adds grow away from it.
	 */
	private void trendSheet() {
		XSSFSheet sheet = book.sheet(TREND, 17, 13, 11, 11);
		book.text(sheet, "A1", "แนวโน้มคะแนนภาพรวมเฉลี่ยของหน่วยงานในสังกัด ${department.name} รายรอบการประเมิน", "heading");
		book.row(sheet, "A" + TREND_HEADER_ROW, "header", "รอบการประเมิน", "คะแนนภาพรวมเฉลี่ย", "จำนวนหน่วยงาน",
				"เป้าหมายของรอบ");
		int row = TREND_HEADER_ROW + 1;
		book.text(sheet, "A" + row, "${t.label}", "cell");
		book.text(sheet, "B" + row, "${t.mean}", "scoreBold");
		book.text(sheet, "C" + row, "${t.units}", "number");
		book.text(sheet, "D" + row, "${t.target}", "score");
		book.comment(sheet, "A1", "jx:area(lastCell=\"D" + row + "\")");
		book.comment(sheet, "A" + row, "jx:each(items=\"trend\" var=\"t\" lastCell=\"D" + row + "\")");
		TemplateBook.heights(sheet);
		sheet.getRow(TREND_HEADER_ROW - 1).setHeightInPoints(44);
		TemplateBook.Plot plot = TemplateBook.plot(sheet, new int[] { 0, 1, 8, 17 },
				"แนวโน้มคะแนนภาพรวมเฉลี่ยรายรอบเทียบกับเป้าหมายของรอบ");
		XDDFDataSource<String> rounds = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(row - 1, row - 1, 0, 0));
		XDDFLineChartData lines = (XDDFLineChartData) plot.chart()
			.createData(ChartTypes.LINE, plot.categories(), plot.values());
		lines.setVaryColors(false);
		TemplateBook.line(lines, sheet, rounds, row - 1, TREND_HEADER_ROW - 1, 1, PresetColor.STEEL_BLUE,
				MarkerStyle.CIRCLE, 2.75);
		TemplateBook.targetDashes(TemplateBook.line(lines, sheet, rounds, row - 1, TREND_HEADER_ROW - 1, 3, PresetColor.RED,
				MarkerStyle.NONE, 1.5));
		plot.chart().plot(lines);
		// Chart and table on one page: below the chart the table's header once fell at the page's foot
		// and its rows on the next (a trial), and a page of its own left the chart's page half empty
		// and three rows alone on the next (another). A few rounds fit unscaled; ten years' twenty
		// rounds print at some 70 %.
		TemplateBook.landscape(sheet);
		sheet.getPrintSetup().setFitHeight((short) 1);
	}

	/** The units ranked, their overall as bars against the target as a line, from the units sheet. */
	private void chartSheet(XSSFSheet units) {
		XSSFSheet sheet = book.sheet(CHART, 8);
		book.text(sheet, "A1", "คะแนนภาพรวมรายหน่วยงานเรียงตามอันดับ เทียบกับค่าเป้าหมาย", "heading");
		// A3:P36: one landscape A4 page, its height too (to row 26 it filled half the page).
		TemplateBook.Plot plot = TemplateBook.plot(sheet, new int[] { 0, 2, 16, 36 }, "คะแนนภาพรวมรายหน่วยงาน");
		plot.values().setTitle("คะแนน");
		TemplateBook.targetDashes(
				TemplateBook.barsAgainstTarget(plot, units, UNITS_HEADER + 1, 1, 3, "คะแนนภาพรวม", 4, "ค่าเป้าหมาย"));
		TemplateBook.barFiguresInside(plot);
		TemplateBook.uprightNames(plot, 1100);
		TemplateBook.landscape(sheet);
		sheet.getPrintSetup().setFitHeight((short) 1);
	}
}
