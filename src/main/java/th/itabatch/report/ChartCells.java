package th.itabatch.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A filled workbook's charts and the cells their series read: what the steps after the fill
 * (ranges, scales, names' type, digits) go through, each chart with the sheet it is placed on.
 */
final class ChartCells {

	private ChartCells() {
	}

	/** A chart and the sheet it is drawn on. */
	record Placed(XSSFSheet sheet, XSSFChart chart) {
	}

	/** Every chart of every sheet, in the sheets' order. */
	static List<Placed> charts(XSSFWorkbook workbook) {
		List<Placed> charts = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			if (drawing != null) {
				drawing.getCharts().forEach(chart -> charts.add(new Placed(sheet, chart)));
			}
		}
		return charts;
	}

	/** Whether a chart shows the cell as a number: a number, or a formula's numeric result. */
	static boolean isNumber(Cell cell) {
		return cell != null && (cell.getCellType() == CellType.NUMERIC
				|| cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC);
	}

	/**
	 * The cells a series' data source reads, those that exist (their caches in the chart may be stale
	 * or partial); none where it holds its values itself or names a sheet the workbook lacks.
	 */
	static List<Cell> cells(XSSFWorkbook workbook, XDDFDataSource<?> source) {
		List<Cell> cells = new ArrayList<>();
		if (source == null || !source.isReference()) {
			return cells;
		}
		AreaReference area = new AreaReference(source.getDataRangeReference(), SpreadsheetVersion.EXCEL2007);
		XSSFSheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
		if (sheet == null) {
			return cells;
		}
		for (CellReference at : area.getAllReferencedCells()) {
			Row row = sheet.getRow(at.getRow());
			Cell cell = row == null ? null : row.getCell(at.getCol());
			if (cell != null) {
				cells.add(cell);
			}
		}
		return cells;
	}
}
