package th.itabatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

/**
 * A workbook being built as a report template: cells with the house's named styles, merges, the
 * JXLS commands as cell comments, print set-up. The template generators share it so that every
 * shipped template looks alike.
 */
final class TemplateBook {

	static final String FONT = "TH Sarabun New";

	/** Thai official documents' size (the Cabinet's 2010 resolution on government fonts). */
	static final short SIZE = 16;

	final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Map<String, XSSFCellStyle> styles = new HashMap<>();

	TemplateBook() {
		// The workbook's default font: what an unstyled cell shows, and what Excel measures column widths in.
		XSSFFont normal = workbook.getFontAt(0);
		normal.setFontName(FONT);
		normal.setFontHeightInPoints(SIZE);
	}

	/** Writes the workbook to a file, creating its folder. */
	void save(Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			workbook.write(out);
		}
	}

	XSSFSheet sheet(String name, int... widths) {
		XSSFSheet sheet = workbook.createSheet(name);
		sheet.setDefaultRowHeightInPoints(22);
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		return sheet;
	}

	void text(XSSFSheet target, String ref, String value, String style) {
		CellReference at = new CellReference(ref);
		Cell cell = cell(target, at.getRow(), at.getCol());
		cell.setCellValue(value);
		cell.setCellStyle(style(style));
	}

	/** A row of cells from a cell rightwards, in one style. */
	void row(XSSFSheet target, String first, String style, String... values) {
		CellReference start = new CellReference(first);
		for (int i = 0; i < values.length; i++) {
			Cell cell = cell(target, start.getRow(), start.getCol() + i);
			cell.setCellValue(values[i]);
			cell.setCellStyle(style(style));
		}
	}

	static Cell cell(XSSFSheet target, int row, int column) {
		Row r = target.getRow(row) == null ? target.createRow(row) : target.getRow(row);
		return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
	}

	/**
	 * Merges an area whose first cell is written. A merged area's edges are drawn from the borders of
	 * the cells along them, so a boxed area's cells all take the first's style: with the first alone
	 * boxed, the narrative's box printed with no right side (a trial).
	 */
	static void merge(XSSFSheet target, String range) {
		CellRangeAddress area = CellRangeAddress.valueOf(range);
		target.addMergedRegion(area);
		org.apache.poi.ss.usermodel.CellStyle style = cell(target, area.getFirstRow(), area.getFirstColumn()).getCellStyle();
		if (style.getBorderRight() != BorderStyle.NONE || style.getBorderBottom() != BorderStyle.NONE) {
			for (int r = area.getFirstRow(); r <= area.getLastRow(); r++) {
				for (int c = area.getFirstColumn(); c <= area.getLastColumn(); c++) {
					cell(target, r, c).setCellStyle(style);
				}
			}
		}
	}

	/** A JXLS command, written as the cell's comment. */
	void comment(XSSFSheet target, String ref, String text) {
		CellReference at = new CellReference(ref);
		XSSFDrawing drawing = target.createDrawingPatriarch();
		ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
		anchor.setCol1(at.getCol() + 1);
		anchor.setCol2(at.getCol() + 5);
		anchor.setRow1(at.getRow());
		anchor.setRow2(at.getRow() + 3);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(workbook.getCreationHelper().createRichTextString(text));
		comment.setAuthor("ITA Batch");
		cell(target, at.getRow(), at.getCol()).setCellComment(comment);
	}

	static void heights(XSSFSheet target, int... sections) {
		for (Row row : target) {
			row.setHeightInPoints(row.getRowNum() == 0 ? 34 : 24);
		}
		for (int section : sections) {
			target.getRow(section - 1).setHeightInPoints(30);
		}
	}

	static void landscape(XSSFSheet target) {
		page(target, true);
	}

	static void portrait(XSSFSheet target) {
		page(target, false);
	}

	/**
	 * A4, as wide as one page and as long as it needs; margins of a Thai official letter (3 cm left,
	 * 2 cm elsewhere, in inches), narrower in landscape where width and height are scarce (rows of
	 * 22 points to fit the ten indicators on a page cut the marks below Thai letters in LibreOffice).
	 */
	private static void page(XSSFSheet target, boolean landscape) {
		target.getPrintSetup().setLandscape(landscape);
		target.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		target.setFitToPage(true);
		target.getPrintSetup().setFitWidth((short) 1);
		target.getPrintSetup().setFitHeight((short) 0);
		target.setMargin(PageMargin.LEFT, (landscape ? 2 : 3) / 2.54);
		target.setMargin(PageMargin.RIGHT, (landscape ? 1.5 : 2) / 2.54);
		target.setMargin(PageMargin.TOP, (landscape ? 1.5 : 2) / 2.54);
		target.setMargin(PageMargin.BOTTOM, (landscape ? 1.5 : 2) / 2.54);
		target.setMargin(PageMargin.HEADER, 0.8 / 2.54);
		target.setMargin(PageMargin.FOOTER, 0.8 / 2.54);
		target.setHorizontallyCenter(true);
	}

	/**
	 * The printed footer: what the document is about on the left (filled after JXLS, e.g.
	 * {@code ${report.unit}}), "หน้า x จาก y" on the right.
	 */
	static void footer(XSSFSheet target, String left) {
		String font = "&\"" + FONT + ",Regular\"&14";
		target.getFooter().setLeft(font + left);
		target.getFooter().setRight(font + "หน้า &P จาก &N");
	}

	/** Rows (1-based) printed again at the top of every page: a table's header. */
	static void repeatRows(XSSFSheet target, int first, int last) {
		target.setRepeatingRows(new CellRangeAddress(first - 1, last - 1, -1, -1));
	}

	/**
	 * A chart with its axes.
	 *
	 * @param chart the chart
	 * @param categories its category axis
	 * @param values its value axis
	 */
	record Plot(XSSFChart chart, XDDFCategoryAxis categories, XDDFValueAxis values) {
	}

	/** A chart over the cells {first column, first row, last column, last row} (0-based), legend below, values up to 100. */
	static Plot plot(XSSFSheet target, int[] cells, String title) {
		XSSFDrawing drawing = target.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, cells[0], cells[1], cells[2], cells[3]));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		// A blank cell (a unit without scores, a round without a target) is a gap in the line, not a fall to zero.
		chart.getCTChart().addNewDispBlanksAs().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
		// Category names may come from a hidden column (the names with their word breaks).
		if (chart.getCTChart().isSetPlotVisOnly()) {
			chart.getCTChart().getPlotVisOnly().setVal(false);
		}
		else {
			chart.getCTChart().addNewPlotVisOnly().setVal(false);
		}
		font(chart.getCTChartSpace().isSetTxPr() ? chart.getCTChartSpace().getTxPr() : chart.getCTChartSpace().addNewTxPr(), 1400);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setMaximum(100);
		values.setNumberFormat("0");
		values.setTitle("ร้อยละ");
		return new Plot(chart, categories, values);
	}

	/** Text in the house's font at a size in hundredths of a point, for Thai as for Latin script. */
	static void font(CTTextBody body, int size) {
		if (body.getBodyPr() == null) {
			body.addNewBodyPr();
		}
		CTTextParagraph paragraph = body.sizeOfPArray() > 0 ? body.getPArray(0) : body.addNewP();
		CTTextCharacterProperties properties = (paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr()).addNewDefRPr();
		properties.setSz(size);
		properties.addNewLatin().setTypeface(FONT);
		properties.addNewCs().setTypeface(FONT);
	}

	/**
	 * A table's values as bars against its target as a red line, over the table's template row
	 * (0-based), each series titled by a header cell of the row above the template row.
	 */
	static XDDFLineChartData.Series barsAgainstTarget(Plot plot, XSSFSheet table, int row, int nameColumn,
			int valueColumn, String valueTitle, int targetColumn, String targetTitle) {
		return barsAgainstTarget(plot, table, row, nameColumn, valueColumn, valueTitle, targetColumn, targetTitle,
				targetColumn);
	}

	/**
	 * As above, the target line named by the header cell of another column (a hidden one saying
	 * "เป้าหมาย … ร้อยละ ๙๒.๕๐": the line labelled with its value in the legend, where no figure on
	 * the plot can collide with it).
	 */
	static XDDFLineChartData.Series barsAgainstTarget(Plot plot, XSSFSheet table, int row, int nameColumn,
			int valueColumn, String valueTitle, int targetColumn, String targetTitle, int targetTitleColumn) {
		XSSFChart chart = plot.chart();
		plot.values().setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(table,
				new CellRangeAddress(row, row, nameColumn, nameColumn));
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, plot.categories(), plot.values());
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		XDDFChartData.Series values = bars.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(table,
				new CellRangeAddress(row, row, valueColumn, valueColumn)));
		values.setTitle(valueTitle, new CellReference(table.getSheetName(), row - 1, valueColumn, true, true));
		values.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
		barLabels(((XDDFBarChartData.Series) values).getCTBarSer().addNewDLbls());
		chart.plot(bars);
		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, plot.categories(), plot.values());
		line.setVaryColors(false);
		XDDFLineChartData.Series target = (XDDFLineChartData.Series) line.addSeries(names, XDDFDataSourcesFactory
			.fromNumericCellRange(table, new CellRangeAddress(row, row, targetColumn, targetColumn)));
		target.setTitle(targetTitle, new CellReference(table.getSheetName(), row - 1, targetTitleColumn, true, true));
		target.setMarkerStyle(MarkerStyle.NONE);
		target.setSmooth(false);
		XDDFLineProperties red = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED)));
		red.setWidth(2.25);
		target.setLineProperties(red);
		chart.plot(line);
		return target;
	}

	/**
	 * Each bar's (or round's) own target as a red dash over it, no line between them: units ranked on
	 * different rounds have different targets, and a line from one to the next sloped as if it were a
	 * trend (a trial); the trends' rounds alternate 85 and 92.50, drawn as a zig-zag (two holdout trials).
	 */
	static void targetDashes(XDDFLineChartData.Series target) {
		target.setMarkerStyle(MarkerStyle.DASH);
		target.setMarkerSize((short) 24);
		target.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
		CTShapeProperties marker = target.getCTLineSer()
			.getMarker()
			.addNewSpPr();
		marker.addNewSolidFill().addNewSrgbClr().setVal(new byte[] { (byte) 255, 0, 0 });
		marker.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(new byte[] { (byte) 255, 0, 0 });
	}

	/**
	 * The bars' figures inside their feet, white on the bar: above the bar, on their white halo, they
	 * hid a target dash just above it (a unit 1.70 short of its target showed none), and inside the
	 * top a dash just below it ran through them. Upright (read from below), as the names under the
	 * bars: twenty units' bars are narrower than a figure lying flat ("๙๒.๓๕" printed "๒.๓", a trial).
	 */
	static void barFiguresInside(Plot plot) {
		CTDLbls labels = plot.chart().getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getDLbls();
		labels.getDLblPos().setVal(STDLblPos.IN_BASE);
		labels.unsetSpPr();
		CTTextBody text = labels.addNewTxPr();
		upright(text.addNewBodyPr());
		text.addNewLstStyle();
		CTTextCharacterProperties figures = text.addNewP()
			.addNewPPr()
			.addNewDefRPr();
		figures.setB(true);
		figures.addNewSolidFill().addNewSrgbClr().setVal(new byte[] { (byte) 255, (byte) 255, (byte) 255 });
	}

	/**
	 * The category names upright, read from below, in type of {@code size} hundredths of a point: a
	 * unit's name lying flat under a bar a twentieth of the page wide broke into six lines, inside its
	 * words ("ทรัพยา|กรน้ำ", a trial); upright it takes the height the page had spare.
	 */
	static void uprightNames(Plot plot, int size) {
		var axis = plot.chart().getCTChart().getPlotArea().getCatAxArray(0);
		CTTextBody text = axis.isSetTxPr() ? axis.getTxPr() : axis.addNewTxPr();
		font(text, size);
		upright(text.getBodyPr());
		if (!text.isSetLstStyle()) {
			text.addNewLstStyle();
		}
	}

	private static void upright(org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties body) {
		body.setRot(-5400000);
		body.setVert(org.openxmlformats.schemas.drawingml.x2006.main.STTextVerticalType.HORZ);
	}

	/** Each bar's value above it, on white so that the target line never runs through a figure. */
	private static void barLabels(CTDLbls labels) {
		labels.addNewNumFmt().setFormatCode("0.00");
		labels.getNumFmt().setSourceLinked(false);
		labels.addNewSpPr().addNewSolidFill().addNewSrgbClr().setVal(new byte[] { (byte) 255, (byte) 255, (byte) 255 });
		labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(true);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(false);
		labels.addNewShowBubbleSize().setVal(false);
	}

	/**
	 * A line over a table's template row (0-based) in one column, titled by the header cell above it.
	 *
	 * @param headerRow the row (0-based) of the header that names the series
	 */
	static XDDFLineChartData.Series line(XDDFLineChartData lines, XSSFSheet table, XDDFDataSource<String> categories, int row,
			int headerRow, int column, PresetColor color, MarkerStyle marker, double width) {
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories,
				XDDFDataSourcesFactory.fromNumericCellRange(table, new CellRangeAddress(row, row, column, column)));
		series.setTitle(table.getRow(headerRow).getCell(column).getStringCellValue(),
				new CellReference(table.getSheetName(), headerRow, column, true, true));
		series.setMarkerStyle(marker);
		series.setSmooth(false);
		XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
		stroke.setWidth(width);
		series.setLineProperties(stroke);
		return series;
	}

	XSSFCellStyle style(String name) {
		return styles.computeIfAbsent(name, this::createStyle);
	}

	private XSSFCellStyle createStyle(String name) {
		XSSFCellStyle style = workbook.createCellStyle();
		XSSFFont font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints(SIZE);
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		boolean boxed = switch (name) {
			case "title", "heading", "section", "label", "value", "longValue", "note", "pointer", "after", "band",
					"bandStart", "bandEnd", "narrative", "narrativeStart", "narrativeEnd" -> false;
			default -> true;
		};
		// Titles and labels run on into the empty cells to their right; table cells and notes wrap.
		// Figures are not wrapped: LibreOffice broke a number over two lines mid-number (a trial), where
		// Excel never wraps one. A budget may be text ("ไม่ใช้งบประมาณ (บูรณาการกับงานประจำ)"): wrapped, in
		// a column wide enough for 12,500,000.00.
		boolean figure = switch (name) {
			case "score", "scoreBold", "signed", "number" -> true;
			default -> false;
		};
		style.setWrapText((boxed && !figure) || name.equals("note") || name.equals("narrative"));
		// A long value (a unit named with its department) is set smaller to fit its cell: run on, it went
		// under the next label; wrapped, its second line pushed the last row of page 1 onto page 2 (a trial).
		style.setShrinkToFit(name.equals("longValue"));
		if (boxed) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		// A band's title runs on over the cells to its right: borders above and below and at its two ends
		// only, no line drawn through the words.
		if (name.startsWith("band")) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			if (name.equals("bandStart")) {
				style.setBorderLeft(BorderStyle.THIN);
			}
			if (name.equals("bandEnd")) {
				style.setBorderRight(BorderStyle.THIN);
			}
			font.setBold(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		// A narrative is a row a paragraph, in one box: its rows ruled at the sides, the heading's row
		// above it underlined and the row below it overlined (a box a paragraph read as a table of them).
		if (name.equals("narrative")) {
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (name.equals("narrativeStart")) {
			font.setBold(true);
			style.setBorderBottom(BorderStyle.THIN);
		}
		if (name.equals("narrativeEnd")) {
			style.setBorderTop(BorderStyle.THIN);
		}
		switch (name) {
			case "title" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 20);
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case "heading" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 18);
			}
			case "section", "label", "bold" -> font.setBold(true);
			case "header" -> {
				font.setBold(true);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setVerticalAlignment(VerticalAlignment.CENTER);
				style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			// Figures to the right, and so is the "-" that stands for none.
			case "score", "scoreBold" -> {
				style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
				style.setAlignment(HorizontalAlignment.RIGHT);
				font.setBold(name.equals("scoreBold"));
			}
			// Money as it is written, "5,000.00": a number still (a sum over it works), in the report's digits.
			case "money" -> {
				style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
				style.setAlignment(HorizontalAlignment.RIGHT);
			}
			case "signed" -> {
				style.setDataFormat(workbook.createDataFormat().getFormat("+0.00;[Red]-0.00;0.00"));
				style.setAlignment(HorizontalAlignment.RIGHT);
			}
			case "number" -> {
				style.setDataFormat(workbook.createDataFormat().getFormat("0"));
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			// A word after a figure's box, kept off its border: the unit word after a figure in the box
			// beside it ("๙๑.๔๔ คะแนน", not "๙๑.๔๔คะแนน"). An indent moves only text aligned left: on the
			// general alignment Excel and LibreOffice ignore it, and the word touched the figure (a trial).
			case "after", "cellAfter" -> {
				style.setAlignment(HorizontalAlignment.LEFT);
				style.setIndention((short) 1);
			}
			case "center" -> style.setAlignment(HorizontalAlignment.CENTER);
			// A pointer is a note of one line, never wrapped: a row that grows may leave a page.
			case "note", "pointer" -> font.setItalic(true);
			default -> {
			}
		}
		return style;
	}
}
