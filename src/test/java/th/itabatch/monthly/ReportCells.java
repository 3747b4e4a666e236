package th.itabatch.monthly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written report the way a test needs it: cells by reference, chart ranges. */
final class ReportCells implements AutoCloseable {

	/** The row (1-based) of the department summary's first paragraph. */
	private static final int NARRATIVE_ROW = 19;

	private final XSSFWorkbook workbook;

	final XSSFSheet sheet;

	ReportCells(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			this.workbook = new XSSFWorkbook(in);
		}
		this.sheet = workbook.getSheetAt(0);
	}

	private ReportCells(XSSFWorkbook workbook, XSSFSheet sheet) {
		this.workbook = workbook;
		this.sheet = sheet;
	}

	/** The same report, another sheet. */
	ReportCells sheet(String name) {
		XSSFSheet other = workbook.getSheet(name);
		if (other == null) {
			throw new AssertionError("no sheet " + name);
		}
		return new ReportCells(workbook, other);
	}

	Cell cell(String ref) {
		CellReference at = new CellReference(ref);
		Row row = sheet.getRow(at.getRow());
		return row == null ? null : row.getCell(at.getCol());
	}

	String text(String ref) {
		Cell cell = cell(ref);
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
	}

	/** The number a cell holds as a value (not a formula, not text). */
	double number(String ref) {
		Cell cell = cell(ref);
		if (cell == null || cell.getCellType() != CellType.NUMERIC) {
			throw new AssertionError(ref + " holds no number value: " + cell);
		}
		return cell.getNumericCellValue();
	}

	/** The row (1-based) whose column A or B holds exactly the text, searching from the top. */
	int rowOf(String text) {
		for (Row row : sheet) {
			for (int c = 0; c < 2; c++) {
				Cell cell = row.getCell(c);
				if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return row.getRowNum() + 1;
				}
			}
		}
		throw new AssertionError("no row with " + text);
	}

	/**
	 * The department summary's narrative, its paragraphs a line each: they are written a row each,
	 * from row 19 down to the row before the first empty one.
	 */
	String narrative() {
		List<String> paragraphs = new ArrayList<>();
		for (int row = NARRATIVE_ROW; !text("A" + row).isEmpty(); row++) {
			paragraphs.add(text("A" + row));
		}
		return String.join("\n", paragraphs);
	}

	/** The row (1-based) the department summary's table of branches starts in, under its header. */
	int branchesRow() {
		int row = NARRATIVE_ROW + (int) narrative().lines().count() + 1;
		while (!text("A" + row).equals("หน่วยงาน")) {
			row++;
		}
		return row + 1;
	}

	/** Every text cell of the sheet, row by row. */
	List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	/** The formulas of every chart series' categories and values, in order. */
	List<String> chartRanges() {
		List<String> ranges = new ArrayList<>();
		for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
			for (var data : chart.getChartSeries()) {
				for (int i = 0; i < data.getSeriesCount(); i++) {
					ranges.add(data.getSeries(i).getCategoryData().getDataRangeReference());
					ranges.add(data.getSeries(i).getValuesData().getDataRangeReference());
				}
			}
		}
		return ranges;
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
