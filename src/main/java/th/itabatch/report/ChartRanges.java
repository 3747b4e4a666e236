package th.itabatch.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Points the template's charts at the table rows actually written. JXLS copies a table's template
 * row once per item but leaves chart ranges as the template had them (one row), so every series is
 * re-pointed to the rows written for its template row, keeping its columns, and its cached values
 * rebuilt; a series over a row standing in for an empty list is left with no points.
 */
final class ChartRanges {

	private ChartRanges() {
	}

	static void repoint(XSSFWorkbook workbook, TemplateTables tables) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFDrawing drawing = workbook.getSheetAt(i).getDrawingPatriarch();
			if (drawing == null) {
				continue;
			}
			for (XSSFChart chart : drawing.getCharts()) {
				for (XDDFChartData data : chart.getChartSeries()) {
					for (int s = 0; s < data.getSeriesCount(); s++) {
						repoint(workbook, data.getSeries(s), tables);
						// The series' own plot writes its ranges and cached values into the chart. The
						// chart's plot(data) would also copy them into a data workbook of the chart's own,
						// which a chart in a workbook has none of: POI made a blank workbook per chart
						// for it, half of this class's time.
						data.getSeries(s).plot();
					}
				}
			}
		}
	}

	private static void repoint(XSSFWorkbook workbook, XDDFChartData.Series series, TemplateTables tables) {
		XDDFDataSource<?> categories = series.getCategoryData();
		if (categories == null || !categories.isReference()) {
			return;
		}
		AreaReference categoryArea = new AreaReference(categories.getDataRangeReference(), SpreadsheetVersion.EXCEL2007);
		AreaReference valueArea = new AreaReference(series.getValuesData().getDataRangeReference(),
				SpreadsheetVersion.EXCEL2007);
		String sheetName = categoryArea.getFirstCell().getSheetName();
		XSSFSheet dataSheet = sheetName == null ? null : workbook.getSheet(sheetName);
		if (dataSheet == null) {
			return;
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
			return;
		}
		int first = written.firstRow();
		int last = first + written.items() - 1;
		CellRangeAddress categoryRange = new CellRangeAddress(first, last, column, column);
		int valueColumn = valueArea.getFirstCell().getCol();
		XDDFDataSource<?> newCategories = categories.isNumeric()
				? XDDFDataSourcesFactory.fromNumericCellRange(dataSheet, categoryRange)
				: XDDFDataSourcesFactory.fromStringCellRange(dataSheet, categoryRange);
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(dataSheet,
				new CellRangeAddress(first, last, valueColumn, valueColumn));
		series.replaceData(newCategories, values);
	}
}
