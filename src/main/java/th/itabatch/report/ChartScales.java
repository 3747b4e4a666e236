package th.itabatch.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Starts each chart's value axis at the {@link AxisFloor} below the lowest value it plots, unless
 * the template fixes a minimum of its own (a user who wants 0 sets it in Excel), the chart plots a
 * value below zero (a change, a gap) or has two value axes (a scatter chart).
 */
final class ChartScales {

	private ChartScales() {
	}

	static void fit(XSSFWorkbook workbook) {
		for (ChartCells.Placed placed : ChartCells.charts(workbook)) {
			XSSFChart chart = placed.chart();
			Double lowest = lowest(workbook, chart);
			List<XDDFValueAxis> valueAxes = chart.getAxes().stream()
				.filter(XDDFValueAxis.class::isInstance).map(XDDFValueAxis.class::cast).toList();
			// One value axis (bars, lines: not a scatter chart's two), and scores, not a change below zero.
			if (lowest == null || lowest < 0 || valueAxes.size() != 1 || valueAxes.get(0).isSetMinimum()) {
				continue;
			}
			valueAxes.get(0).setMinimum(AxisFloor.below(lowest));
		}
	}

	/** The lowest number in the cells the chart's series read (their caches may be stale or partial). */
	private static Double lowest(XSSFWorkbook workbook, XSSFChart chart) {
		Double lowest = null;
		for (XDDFChartData data : chart.getChartSeries()) {
			for (int s = 0; s < data.getSeriesCount(); s++) {
				for (Cell cell : ChartCells.cells(workbook, data.getSeries(s).getValuesData())) {
					if (cell.getCellType() == CellType.NUMERIC && (lowest == null || cell.getNumericCellValue() < lowest)) {
						lowest = cell.getNumericCellValue();
					}
				}
			}
		}
		return lowest;
	}
}
