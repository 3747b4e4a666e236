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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
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

/**
 * A workbook being built as a report template: cells with the house's named styles, merges, the
 * JXLS commands as cell comments, print set-up. The template generators share it so that every
 * shipped template looks alike.
 */
final class TemplateBook {

	static final String FONT = "TH Sarabun New";

	final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Map<String, XSSFCellStyle> styles = new HashMap<>();

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

	static void merge(XSSFSheet target, String range) {
		target.addMergedRegion(CellRangeAddress.valueOf(range));
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
			row.setHeightInPoints(row.getRowNum() == 0 ? 30 : 22);
		}
		for (int section : sections) {
			target.getRow(section - 1).setHeightInPoints(28);
		}
	}

	static void landscape(XSSFSheet target) {
		target.getPrintSetup().setLandscape(true);
		target.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		target.setFitToPage(true);
		target.getPrintSetup().setFitWidth((short) 1);
		target.getPrintSetup().setFitHeight((short) 0);
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
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setMaximum(100);
		values.setTitle("ร้อยละ");
		return new Plot(chart, categories, values);
	}

	/**
	 * A table's values as bars against its target as a red line, over the table's template row
	 * (0-based), each series titled by a header cell of the row above the template row.
	 */
	static void barsAgainstTarget(Plot plot, XSSFSheet table, int row, int nameColumn, int valueColumn,
			String valueTitle, int targetColumn, String targetTitle) {
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
		chart.plot(bars);
		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, plot.categories(), plot.values());
		line.setVaryColors(false);
		XDDFLineChartData.Series target = (XDDFLineChartData.Series) line.addSeries(names, XDDFDataSourcesFactory
			.fromNumericCellRange(table, new CellRangeAddress(row, row, targetColumn, targetColumn)));
		target.setTitle(targetTitle, new CellReference(table.getSheetName(), row - 1, targetColumn, true, true));
		target.setMarkerStyle(MarkerStyle.NONE);
		target.setSmooth(false);
		XDDFLineProperties red = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED)));
		red.setWidth(2.25);
		target.setLineProperties(red);
		chart.plot(line);
	}

	/**
	 * A line over a table's template row (0-based) in one column, titled by the header cell above it.
	 *
	 * @param headerRow the row (0-based) of the header that names the series
	 */
	static void line(XDDFLineChartData lines, XSSFSheet table, XDDFDataSource<String> categories, int row, int headerRow,
			int column, PresetColor color, MarkerStyle marker, double width) {
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories,
				XDDFDataSourcesFactory.fromNumericCellRange(table, new CellRangeAddress(row, row, column, column)));
		series.setTitle(table.getRow(headerRow).getCell(column).getStringCellValue(),
				new CellReference(table.getSheetName(), headerRow, column, true, true));
		series.setMarkerStyle(marker);
		series.setSmooth(false);
		XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
		stroke.setWidth(width);
		series.setLineProperties(stroke);
	}

	XSSFCellStyle style(String name) {
		return styles.computeIfAbsent(name, this::createStyle);
	}

	private XSSFCellStyle createStyle(String name) {
		XSSFCellStyle style = workbook.createCellStyle();
		XSSFFont font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints((short) 14);
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		boolean boxed = switch (name) {
			case "title", "heading", "section", "label", "value", "note" -> false;
			default -> true;
		};
		// Titles and labels run on into the empty cells to their right; table cells wrap.
		style.setWrapText(boxed);
		if (boxed) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		switch (name) {
			case "title" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 18);
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case "heading" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 16);
			}
			case "section", "label", "bold" -> font.setBold(true);
			case "header" -> {
				font.setBold(true);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setVerticalAlignment(VerticalAlignment.CENTER);
				style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			case "score", "scoreBold" -> {
				style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
				font.setBold(name.equals("scoreBold"));
			}
			case "signed" -> style.setDataFormat(workbook.createDataFormat().getFormat("+0.00;[Red]-0.00;0.00"));
			case "number" -> style.setDataFormat(workbook.createDataFormat().getFormat("0"));
			case "center" -> style.setAlignment(HorizontalAlignment.CENTER);
			case "note" -> font.setItalic(true);
			default -> {
			}
		}
		return style;
	}
}
