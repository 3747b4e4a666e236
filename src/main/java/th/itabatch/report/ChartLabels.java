package th.itabatch.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

import th.itabatch.thai.KeptAnswers;

/**
 * Sets a chart's category names in smaller type where their longest word is wider than a category's
 * share of the chart, unless the template gives the category axis a type of its own. LibreOffice,
 * which makes the PDFs, breaks such a word wherever the line ends: a trial's ten indicators printed
 * "ประสิทธิภา / พการ" under their bars. Never below {@value #SMALLEST_POINTS} points.
 */
final class ChartLabels {

	/** The smallest type the names are set in, in points. */
	static final double SMALLEST_POINTS = 9;

	/** The type charts have where the template says none, in points (Excel's and LibreOffice's default). */
	private static final double DEFAULT_POINTS = 10;

	/** The share of a chart's width its bars' categories take (the value axis and margins the rest). */
	private static final double PLOT_SHARE = 0.85;

	/** The share of a category's width a line of its name may fill. */
	private static final double LINE_SHARE = 0.9;

	/** The fitted size by the names' longest words, the type, its size and the room: the same for every unit. */
	private static final KeptAnswers<List<Object>, Double> FITTED = new KeptAnswers<>(64);

	private static final FontRenderContext POINTS = new FontRenderContext(null, true, true);

	private ChartLabels() {
	}

	static void fit(XSSFWorkbook workbook) {
		for (ChartCells.Placed placed : ChartCells.charts(workbook)) {
			XSSFChart chart = placed.chart();
			CTPlotArea plot = chart.getCTChart().getPlotArea();
			if (plot.sizeOfCatAxArray() != 1 || plot.getCatAxArray(0).isSetTxPr()) {
				continue;
			}
			List<String> names = names(workbook, chart);
			List<String> words = words(names);
			double width = widthInPoints(placed.sheet(), chart);
			if (words.isEmpty() || width <= 0) {
				continue;
			}
			double size = textSize(chart);
			String font = IndicatorChart.installed(typeface(chart));
			double room = width * PLOT_SHARE / names.size() * LINE_SHARE;
			double fitted = FITTED.get(List.of(words, font, size, room), k -> fitted(words, font, size, room));
			if (fitted < size) {
				chart.getAxes().stream().filter(XDDFCategoryAxis.class::isInstance).findFirst()
					.ifPresent(axis -> axis.getOrAddTextProperties().setFontSize(fitted));
			}
		}
	}

	/** The largest size, in half points from the chart's own down to the smallest, at which every word fits the room. */
	private static double fitted(List<String> words, String typeface, double size, double room) {
		Font font = new Font(typeface, Font.PLAIN, 1);
		for (double points = size; points > SMALLEST_POINTS; points -= 0.5) {
			Font sized = font.deriveFont((float) points);
			if (words.stream().allMatch(word -> sized.getStringBounds(word, POINTS).getWidth() <= room)) {
				return points;
			}
		}
		return SMALLEST_POINTS;
	}

	/** The names' words (broken as Thai is, at spaces and marks), each once. */
	private static List<String> words(List<String> names) {
		List<String> words = new ArrayList<>();
		for (String name : names) {
			for (String word : name.split("[\\s\u200B]+")) {
				if (!word.isEmpty() && !words.contains(word)) {
					words.add(word);
				}
			}
		}
		return words;
	}

	/** The names the chart's first series reads as its categories. */
	private static List<String> names(XSSFWorkbook workbook, XSSFChart chart) {
		for (XDDFChartData data : chart.getChartSeries()) {
			if (data.getSeriesCount() > 0) {
				return ChartCells.cells(workbook, data.getSeries(0).getCategoryData()).stream()
					.filter(cell -> cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank())
					.map(Cell::getStringCellValue)
					.toList();
			}
		}
		return List.of();
	}

	/**
	 * The chart's width as placed on its sheet, in points. A column's width is counted in digits of the
	 * workbook's default font, which POI takes for 11-point Calibri: a template in 16-point TH Sarabun
	 * New has columns half as wide again ({@link th.itabatch.workbook.RowHeights} counts them so too).
	 */
	private static double widthInPoints(XSSFSheet sheet, XSSFChart chart) {
		XSSFClientAnchor anchor = chart.getGraphicFrame().getAnchor();
		if (anchor == null) {
			return 0;
		}
		double pixels = 0;
		for (int column = anchor.getCol1(); column < anchor.getCol2(); column++) {
			pixels += sheet.getColumnWidthInPixels(column);
		}
		pixels += (anchor.getDx2() - anchor.getDx1()) / (double) Units.EMU_PER_PIXEL;
		double digits = sheet.getWorkbook().getFontAt(0).getFontHeightInPoints() / 11.0;
		return pixels * digits * Units.POINT_DPI / Units.PIXEL_DPI;
	}

	/** The size of the chart's text as the chart's own text properties give it, in points. */
	private static double textSize(XSSFChart chart) {
		CTTextCharacterProperties properties = defaults(chart);
		return properties != null && properties.isSetSz() ? properties.getSz() / 100.0 : DEFAULT_POINTS;
	}

	/** The typeface of the chart's Thai text as its text properties give it, or {@code null}. */
	private static String typeface(XSSFChart chart) {
		CTTextCharacterProperties properties = defaults(chart);
		if (properties == null) {
			return null;
		}
		if (properties.isSetCs()) {
			return properties.getCs().getTypeface();
		}
		return properties.isSetLatin() ? properties.getLatin().getTypeface() : null;
	}

	private static CTTextCharacterProperties defaults(XSSFChart chart) {
		var space = chart.getCTChartSpace();
		if (!space.isSetTxPr() || space.getTxPr().sizeOfPArray() == 0 || !space.getTxPr().getPArray(0).isSetPPr()
				|| !space.getTxPr().getPArray(0).getPPr().isSetDefRPr()) {
			return null;
		}
		return space.getTxPr().getPArray(0).getPPr().getDefRPr();
	}
}
