package th.itabatch.examples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Writes fixture sheets by A1 reference, as a person fills a sheet. */
public final class SheetBuilder {

	private final Sheet sheet;

	public SheetBuilder(Sheet sheet) {
		this.sheet = sheet;
	}

	public Sheet sheet() {
		return sheet;
	}

	public Cell cell(String ref) {
		CellReference reference = new CellReference(ref);
		Row row = sheet.getRow(reference.getRow());
		if (row == null) {
			row = sheet.createRow(reference.getRow());
		}
		Cell cell = row.getCell(reference.getCol());
		return cell == null ? row.createCell(reference.getCol()) : cell;
	}

	public SheetBuilder text(String ref, String value) {
		cell(ref).setCellValue(value);
		return this;
	}

	public SheetBuilder number(String ref, double value) {
		cell(ref).setCellValue(value);
		return this;
	}

	public SheetBuilder formula(String ref, String formula) {
		cell(ref).setCellFormula(formula);
		return this;
	}

	/** Writes texts into consecutive cells of a row, starting at ref. */
	public SheetBuilder row(String ref, Object... values) {
		CellReference start = new CellReference(ref);
		for (int i = 0; i < values.length; i++) {
			String at = new CellReference(start.getRow(), start.getCol() + i).formatAsString(false);
			Object value = values[i];
			if (value instanceof Number n) {
				number(at, n.doubleValue());
			}
			else if (value != null) {
				text(at, value.toString());
			}
		}
		return this;
	}

	public SheetBuilder merge(String range) {
		sheet.addMergedRegion(CellRangeAddress.valueOf(range));
		return this;
	}
}
