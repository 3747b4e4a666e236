package th.itabatch.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * Points the template's charts at the table rows actually written. JXLS copies a table's template
 * row once per item but leaves chart ranges as the template had them (one row), so every series is
 * re-pointed to the rows written of the table it reads, keeping its columns, and its cached values
 * rebuilt. A series reads the table whose first row it finds nearest below its template row, in its
 * category column: the indicators for the scores chart, the rounds for the trend chart.
 */
final class ChartRanges {

	private static final DataFormatter TEXT = new DataFormatter();

	private ChartRanges() {
	}

	/**
	 * A table a template may chart, as written.
	 *
	 * @param name the variable it was written from ("indicators", "trend")
	 * @param count how many rows were written (a placeholder row standing in for none does not count)
	 * @param firstRowValues the values of its first row, to find where its rows landed
	 */
	record Table(String name, int count, Collection<Object> firstRowValues) {
	}

	/** Every list of rows among a template's variables, as a table a chart may read. */
	static List<Table> tables(Map<String, Object> variables) {
		List<Table> tables = new ArrayList<>();
		new TreeMap<>(variables).forEach((name, value) -> {
			if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
				boolean placeholder = first.containsKey(ReportTemplateModel.PLACEHOLDER);
				tables.add(new Table(name, placeholder ? 0 : list.size(),
						placeholder ? List.of() : new ArrayList<Object>(first.values())));
			}
		});
		return tables;
	}

	/**
	 * @param workbook the filled workbook
	 * @param tables the tables written
	 */
	static void repoint(XSSFWorkbook workbook, List<Table> tables) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			if (drawing == null) {
				continue;
			}
			for (XSSFChart chart : drawing.getCharts()) {
				for (XDDFChartData data : chart.getChartSeries()) {
					for (int s = 0; s < data.getSeriesCount(); s++) {
						repoint(workbook, data.getSeries(s), tables);
					}
					chart.plot(data);
				}
			}
		}
	}

	private static void repoint(XSSFWorkbook workbook, XDDFChartData.Series series, List<Table> tables) {
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
		int first = -1;
		int count = 0;
		for (Table table : tables) {
			int found = table.count() == 0 ? -1
					: findFirstRow(dataSheet, categoryArea.getFirstCell().getRow(), column, table.firstRowValues());
			if (found >= 0 && (first < 0 || found < first)) {
				first = found;
				count = table.count();
			}
		}
		if (first < 0) {
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

	/** The first row at or below the template's row whose category cell holds a value of the table's first row. */
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
