package th.itabatch.report;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

import th.itabatch.workbook.PageFit;

/**
 * Takes out of a filled workbook the charts with no number to show, and the page they took: a unit
 * without scores (every unit before its first round's results) printed the indicators' chart as an
 * empty frame on a page of its own, and an empty trend chart above the table that says "ยังไม่มีผลคะแนน".
 * The chart's rows that hold nothing are hidden and the page break just above it is dropped; the tables
 * beside it already say why there is nothing. A chart that shows any number stays as it is.
 */
final class EmptyCharts {

	private static final QName RELATIONSHIP_ID = new QName(
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");

	private EmptyCharts() {
	}

	static void setAside(XSSFWorkbook workbook) {
		for (ChartCells.Placed placed : ChartCells.charts(workbook)) {
			if (!showsANumber(workbook, placed.chart())) {
				setAside(placed.sheet(), placed.chart());
			}
		}
	}

	private static boolean showsANumber(XSSFWorkbook workbook, XSSFChart chart) {
		for (XDDFChartData data : chart.getChartSeries()) {
			for (int s = 0; s < data.getSeriesCount(); s++) {
				List<Cell> cells = ChartCells.cells(workbook, data.getSeries(s).getValuesData());
				if (cells.stream().anyMatch(ChartCells::isNumber)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Removes the chart's place in the drawing (its part stays, unseen), hides its empty rows, drops the break above it. */
	private static void setAside(XSSFSheet sheet, XSSFChart chart) {
		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		String id = drawing.getRelationId(chart);
		List<CTTwoCellAnchor> anchors = drawing.getCTDrawing().getTwoCellAnchorList();
		for (int i = 0; i < anchors.size(); i++) {
			CTTwoCellAnchor anchor = anchors.get(i);
			if (anchor.isSetGraphicFrame() && id != null && id.equals(chartId(anchor))) {
				int first = anchor.getFrom().getRow();
				int last = PageFit.lastRow(anchor);
				drawing.getCTDrawing().removeTwoCellAnchor(i);
				for (int r = first; r <= last; r++) {
					XSSFRow row = sheet.getRow(r);
					if (row == null) {
						sheet.createRow(r).setZeroHeight(true);
					}
					else if (holdsNothing(row)) {
						row.setZeroHeight(true);
					}
				}
				int breakAbove = first - 1;
				for (int b : sheet.getRowBreaks()) {
					if (b == breakAbove) {
						sheet.removeRowBreak(b);
					}
				}
				return;
			}
		}
	}

	/** The relationship id of the chart a frame shows ({@code c:chart r:id}), or null. */
	private static String chartId(CTTwoCellAnchor anchor) {
		try (XmlCursor cursor = anchor.getGraphicFrame().getGraphic().getGraphicData().newCursor()) {
			if (cursor.toFirstChild()) {
				return cursor.getAttributeText(RELATIONSHIP_ID);
			}
			return null;
		}
	}

	private static boolean holdsNothing(XSSFRow row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK
					&& !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
				return false;
			}
		}
		return true;
	}
}
