package th.itabatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Points the template's charts at the table rows actually written. JXLS copies a table's template
 * row once per item but leaves chart ranges as the template had them (one row), so every series is
 * re-pointed to the rows written for its template row, keeping its columns, and its cached values
 * rebuilt; a series over a row standing in for an empty list is left with no points, and a chart's
 * last rows with no value in any series are left out.
 */
final class ChartRanges {

	private ChartRanges() {
	}

	static void repoint(XSSFWorkbook workbook, TemplateTables tables) {
		for (ChartCells.Placed placed : ChartCells.charts(workbook)) {
			XSSFChart chart = placed.chart();
			List<Points> points = new ArrayList<>();
			// The same series objects throughout: getChartSeries() makes new ones, reading the XML again.
			List<XDDFChartData.Series> series = new ArrayList<>();
			for (XDDFChartData data : chart.getChartSeries()) {
				for (int s = 0; s < data.getSeriesCount(); s++) {
					XDDFChartData.Series one = data.getSeries(s);
					series.add(one);
					repoint(workbook, one, tables).ifPresent(points::add);
				}
			}
			withoutTrailingBlanks(points);
			// The series' own plot writes its ranges and cached values into the chart. The chart's
			// plot(data) would also copy them into a data workbook of the chart's own, which a chart
			// in a workbook has none of: POI made a blank workbook per chart for it, half of this
			// class's time.
			series.forEach(XDDFChartData.Series::plot);
		}
	}

	/**
	 * A series re-pointed to the rows written.
	 *
	 * @param first the first row (0-based)
	 * @param last the last row (0-based)
	 */
	private record Points(XDDFChartData.Series series, XSSFSheet sheet, boolean numericCategories, int categoryColumn,
			int valueColumn, int first, int last) {

		/** Points the series at its rows down to {@code until}; the chart is written by the series' plot(). */
		void pointTo(int until) {
			CellRangeAddress categoryRange = new CellRangeAddress(first, until, categoryColumn, categoryColumn);
			series.replaceData(
					numericCategories ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, categoryRange)
							: XDDFDataSourcesFactory.fromStringCellRange(sheet, categoryRange),
					XDDFDataSourcesFactory.fromNumericCellRange(sheet,
							new CellRangeAddress(first, until, valueColumn, valueColumn)));
		}

		boolean valued(int row) {
			XSSFRow r = sheet.getRow(row);
			XSSFCell cell = r == null ? null : r.getCell(valueColumn);
			return ChartCells.isNumber(cell);
		}
	}

	/**
	 * A chart's last rows where none of its series has a value are left out of it: the department's
	 * units without scores are ranked last, and took empty slots at the chart's end (a trial). Done
	 * only where every series reads the same rows, and never down to no row.
	 */
	private static void withoutTrailingBlanks(List<Points> points) {
		if (points.isEmpty() || points.stream().map(p -> List.of(p.sheet(), p.first(), p.last())).distinct().count() > 1) {
			return;
		}
		Points any = points.get(0);
		int until = any.last();
		while (until > any.first() && !valued(points, until)) {
			until--;
		}
		if (until < any.last() && valued(points, until)) {
			for (Points p : points) {
				p.pointTo(until);
			}
		}
	}

	private static boolean valued(List<Points> points, int row) {
		return points.stream().anyMatch(p -> p.valued(row));
	}

	private static Optional<Points> repoint(XSSFWorkbook workbook, XDDFChartData.Series series, TemplateTables tables) {
		XDDFDataSource<?> categories = series.getCategoryData();
		if (categories == null || !categories.isReference()) {
			return Optional.empty();
		}
		AreaReference categoryArea = new AreaReference(categories.getDataRangeReference(), SpreadsheetVersion.EXCEL2007);
		AreaReference valueArea = new AreaReference(series.getValuesData().getDataRangeReference(),
				SpreadsheetVersion.EXCEL2007);
		String sheetName = categoryArea.getFirstCell().getSheetName();
		XSSFSheet dataSheet = sheetName == null ? null : workbook.getSheet(sheetName);
		if (dataSheet == null) {
			return Optional.empty();
		}
		int templateRow = categoryArea.getFirstCell().getRow();
		int column = categoryArea.getFirstCell().getCol();
		TemplateTables.Written written = tables.writtenRows(sheetName, templateRow)
			.orElse(new TemplateTables.Written(templateRow + tables.shift(sheetName, templateRow),
					categoryArea.getLastCell().getRow() - templateRow + 1));
		if (written.items() == 0) {
			series.replaceData(
					categories.isNumeric() ? XDDFDataSourcesFactory.fromArray(new Double[0])
							: XDDFDataSourcesFactory.fromArray(new String[0]),
					XDDFDataSourcesFactory.fromArray(new Double[0]));
			return Optional.empty();
		}
		int first = written.firstRow();
		Points points = new Points(series, dataSheet, categories.isNumeric(), column, valueArea.getFirstCell().getCol(),
				first, first + written.items() - 1);
		points.pointTo(points.last());
		return Optional.of(points);
	}
}
