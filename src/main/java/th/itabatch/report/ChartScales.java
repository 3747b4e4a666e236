package th.itabatch.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Starts each chart's value axis at the {@link AxisFloor} below the lowest value it plots, unless
 * the template fixes a minimum of its own (a user who wants 0 sets it in Excel).
 */
final class ChartScales {

	private ChartScales() {
	}

	static void fit(XSSFWorkbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFDrawing drawing = workbook.getSheetAt(i).getDrawingPatriarch();
			if (drawing == null) {
				continue;
			}
			for (XSSFChart chart : drawing.getCharts()) {
				Double lowest = lowest(workbook, chart);
				for (XDDFChartAxis axis : chart.getAxes()) {
					if (axis instanceof XDDFValueAxis values && !values.isSetMinimum() && lowest != null) {
						values.setMinimum(AxisFloor.below(lowest));
					}
				}
			}
		}
	}

	/** The lowest number in the cells the chart's series read (their caches may be stale or partial). */
	private static Double lowest(XSSFWorkbook workbook, XSSFChart chart) {
		Double lowest = null;
		for (XDDFChartData data : chart.getChartSeries()) {
			for (int s = 0; s < data.getSeriesCount(); s++) {
				XDDFNumericalDataSource<? extends Number> values = data.getSeries(s).getValuesData();
				if (!values.isReference()) {
					continue;
				}
				AreaReference area = new AreaReference(values.getDataRangeReference(), SpreadsheetVersion.EXCEL2007);
				XSSFSheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
				if (sheet == null) {
					continue;
				}
				for (CellReference at : area.getAllReferencedCells()) {
					Row row = sheet.getRow(at.getRow());
					Cell cell = row == null ? null : row.getCell(at.getCol());
					if (cell != null && cell.getCellType() == CellType.NUMERIC
							&& (lowest == null || cell.getNumericCellValue() < lowest)) {
						lowest = cell.getNumericCellValue();
					}
				}
			}
		}
		return lowest;
	}
}
