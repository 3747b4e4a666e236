package th.itabatch.report;

import java.util.Collection;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
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
 * Points the template's charts at the indicator rows actually written. JXLS copies the template
 * row once per indicator but leaves chart ranges as the template had them (one row), so every
 * series is re-pointed to the written rows, keeping its columns, and its cached values rebuilt.
 */
final class ChartRanges {

	private static final DataFormatter TEXT = new DataFormatter();

	private ChartRanges() {
	}

	/**
	 * @param workbook the filled workbook
	 * @param count how many indicator rows were written
	 * @param firstRowValues the values of the first indicator row, to find where the rows landed
	 */
	static void repoint(XSSFWorkbook workbook, int count, Collection<Object> firstRowValues) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			if (drawing == null) {
				continue;
			}
			for (XSSFChart chart : drawing.getCharts()) {
				for (XDDFChartData data : chart.getChartSeries()) {
					for (int s = 0; s < data.getSeriesCount(); s++) {
						repoint(workbook, data.getSeries(s), count, firstRowValues);
					}
					chart.plot(data);
				}
			}
		}
	}

	private static void repoint(XSSFWorkbook workbook, XDDFChartData.Series series, int count,
			Collection<Object> firstRowValues) {
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
		int column = categoryArea.getFirstCell().getCol();
		int first = findFirstRow(dataSheet, categoryArea.getFirstCell().getRow(), column, firstRowValues);
		if (count == 0 || first < 0) {
			series.replaceData(
					categories.isNumeric() ? XDDFDataSourcesFactory.fromArray(new Double[0])
							: XDDFDataSourcesFactory.fromArray(new String[0]),
					XDDFDataSourcesFactory.fromArray(new Double[0]));
			return;
		}
		int last = first + count - 1;
		CellRangeAddress categoryRange = new CellRangeAddress(first, last, column, column);
		int valueColumn = valueArea.getFirstCell().getCol();
		XDDFDataSource<?> newCategories = categories.isNumeric()
				? XDDFDataSourcesFactory.fromNumericCellRange(dataSheet, categoryRange)
				: XDDFDataSourcesFactory.fromStringCellRange(dataSheet, categoryRange);
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(dataSheet,
				new CellRangeAddress(first, last, valueColumn, valueColumn));
		series.replaceData(newCategories, values);
	}

	/** The first row at or below the template's row whose category cell holds a value of the first indicator. */
	private static int findFirstRow(XSSFSheet sheet, int fromRow, int column, Collection<Object> firstRowValues) {
		for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getCell(column) == null) {
				continue;
			}
			String text = TEXT.formatCellValue(row.getCell(column)).trim();
			for (Object value : firstRowValues) {
				if (value != null && Objects.equals(text, value.toString())) {
					return r;
				}
			}
		}
		return -1;
	}
}
