package th.itabatch.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;

import th.itabatch.thai.ThaiDates;
import th.itabatch.thai.ThaiNumbers;
import th.itabatch.thai.ThaiText;

/**
 * Reads one sheet the way a person sees it, whichever program wrote it: displayed text, numbers
 * from numeric cells, percent cells, text with Thai digits and formulas (their saved result, or
 * computed when a writer saved none), and the value of a merged area from any of its cells.
 */
public final class SheetReader {

	private static final int MAX_MERGE_ROWS_INDEXED = 10_000;

	private final Sheet sheet;

	private final DataFormatter formatter = new DataFormatter(java.util.Locale.US);

	private final FormulaEvaluator evaluator;

	private final Map<Integer, List<CellRangeAddress>> mergesByRow = new HashMap<>();

	/** Columns of the top rows whose texts are kept once read (the header search's area). */
	private static final int TOP_COLUMNS = 64;

	private final Map<Integer, String> topTexts = new HashMap<>();

	public SheetReader(Sheet sheet) {
		this.sheet = sheet;
		this.evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			int last = Math.min(region.getLastRow(), region.getFirstRow() + MAX_MERGE_ROWS_INDEXED);
			for (int r = region.getFirstRow(); r <= last; r++) {
				mergesByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(region);
			}
		}
	}

	public String name() {
		return sheet.getSheetName();
	}

	public Sheet sheet() {
		return sheet;
	}

	/** The last row index (0-based) that may hold data. */
	public int lastRow() {
		return sheet.getLastRowNum();
	}

	/** One past the last column used in the row, 0 for an empty row. */
	public int width(int row) {
		Row r = sheet.getRow(row);
		return r == null || r.getLastCellNum() < 0 ? 0 : r.getLastCellNum();
	}

	/** The cell's own displayed text, cleaned of extra spaces; "" for an empty cell. */
	public String text(int row, int column) {
		if (row >= HeaderFinder.SEARCH_ROWS || column < 0 || column >= TOP_COLUMNS) {
			return ThaiText.clean(raw(cell(row, column)));
		}
		// Every input kind looks for its header in the top rows, each cell through POI, the number
		// format and the Thai clean-up: a plan workbook's top was read some twenty times over.
		return topTexts.computeIfAbsent(row * TOP_COLUMNS + column, k -> ThaiText.clean(raw(cell(row, column))));
	}

	/** The displayed text, taking a merged area's value from its top-left cell. */
	public String mergedText(int row, int column) {
		CellRangeAddress region = mergedRegion(row, column);
		if (region == null) {
			return text(row, column);
		}
		return text(region.getFirstRow(), region.getFirstColumn());
	}

	/** The merged area the cell belongs to, or null. */
	public CellRangeAddress mergedRegion(int row, int column) {
		List<CellRangeAddress> regions = mergesByRow.get(row);
		if (regions == null) {
			return null;
		}
		for (CellRangeAddress region : regions) {
			if (region.isInRange(row, column)) {
				return region;
			}
		}
		return null;
	}

	/**
	 * The colour a cell is shaded with, its merged area's where it has none of its own, as text that
	 * is the same for the same colour; empty where it is not shaded or shaded white. A plan whose months
	 * are a bar of shaded cells states its schedule so.
	 */
	public Optional<String> shade(int row, int column) {
		Optional<String> own = shadeOf(cell(row, column));
		if (own.isPresent()) {
			return own;
		}
		CellRangeAddress region = mergedRegion(row, column);
		return region == null ? own : shadeOf(cell(region.getFirstRow(), region.getFirstColumn()));
	}

	private static Optional<String> shadeOf(Cell cell) {
		if (cell == null) {
			return Optional.empty();
		}
		CellStyle style = cell.getCellStyle();
		FillPatternType pattern = style.getFillPattern();
		if (pattern == null || pattern == FillPatternType.NO_FILL) {
			return Optional.empty();
		}
		org.apache.poi.ss.usermodel.Color fill = style.getFillForegroundColorColor();
		String colour = null;
		if (fill instanceof XSSFColor xssf && xssf.getARGBHex() != null) {
			colour = xssf.getARGBHex() + "/" + xssf.getTint();
		}
		else if (fill instanceof HSSFColor hssf) {
			colour = hssf.getHexString();
		}
		if (colour == null) {
			// A pattern with the automatic colour: black dots or stripes, still a shaded cell.
			return Optional.of(pattern.name());
		}
		boolean white = colour.equals("FFFFFFFF/0.0") || colour.equals("FFFF:FFFF:FFFF");
		return white && pattern == FillPatternType.SOLID_FOREGROUND ? Optional.empty() : Optional.of(pattern + " " + colour);
	}

	/**
	 * True when the sheet hides the row: marked hidden (by hand, a filter or a collapsed group), or given
	 * a height of nothing, which Excel shows as hidden too (a trial's row of height 0 went unsaid).
	 */
	public boolean isRowHidden(int row) {
		Row r = sheet.getRow(row);
		if (r == null) {
			return false;
		}
		// A height of its own, not the sheet's default: POI gives a row without one the default, 0
		// where the sheet states none (SheetJS's exports), which hid every row of such a file.
		return r.getZeroHeight() || r instanceof org.apache.poi.xssf.usermodel.XSSFRow xssf && xssf.getCTRow().isSetHt()
				&& xssf.getCTRow().getHt() == 0;
	}

	public boolean isRowBlank(int row) {
		int width = width(row);
		for (int c = 0; c < width; c++) {
			if (!text(row, c).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** The first non-blank text of the row, or "". */
	public String firstText(int row) {
		int width = width(row);
		for (int c = 0; c < width; c++) {
			String text = text(row, c);
			if (!text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

	/** A cell range in a formula: "G2:G258", "$G$2:$G$258". */
	private static final java.util.regex.Pattern FORMULA_RANGE = java.util.regex.Pattern
		.compile("\\$?[A-Z]{1,3}\\$?(\\d+):\\$?[A-Z]{1,3}\\$?(\\d+)");

	/** What makes a formula more than a plain sum or mean of its ranges: a condition, a look-up, another sheet. */
	private static final java.util.regex.Pattern NOT_PLAIN = java.util.regex.Pattern.compile("IF|LOOKUP|INDEX|MATCH|OFFSET|!");

	/**
	 * The first and last rows (0-based) the ranges of a plain sum or mean cover ("=AVERAGE(G2:G258)" gives 1
	 * and 257); empty for a cell that holds no formula, one of no range, or one that picks among its rows
	 * (AVERAGEIF, a look-up) or reads another sheet.
	 */
	public Optional<int[]> plainAggregateRows(int row, int column) {
		Cell cell = cell(row, column);
		if (cell == null || cell.getCellType() != CellType.FORMULA) {
			return Optional.empty();
		}
		String formula = cell.getCellFormula().toUpperCase(java.util.Locale.ROOT);
		if (NOT_PLAIN.matcher(formula).find()) {
			return Optional.empty();
		}
		java.util.regex.Matcher range = FORMULA_RANGE.matcher(formula);
		int first = Integer.MAX_VALUE;
		int last = -1;
		while (range.find()) {
			first = Math.min(first, Math.min(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))) - 1);
			last = Math.max(last, Math.max(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))) - 1);
		}
		return last < 0 ? Optional.empty() : Optional.of(new int[] { first, last });
	}

	/** The number the cell states, as a person reads it. */
	public CellNumber number(int row, int column) {
		Cell cell = cell(row, column);
		if (cell == null) {
			return new CellNumber.Blank();
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			if (!hasSavedResult(cell)) {
				return evaluated(cell);
			}
			type = cell.getCachedFormulaResultType();
		}
		switch (type) {
			case NUMERIC:
				return new CellNumber.Value(numeric(cell.getNumericCellValue(), isPercentFormat(cell)));
			case STRING:
				return parse(cell.getStringCellValue());
			case BLANK:
				return new CellNumber.Blank();
			default:
				return new CellNumber.Invalid(text(row, column));
		}
	}

	/** The date a cell states: a date cell, or text in BE or CE. */
	public Optional<LocalDate> date(int row, int column) {
		Cell cell = cell(row, column);
		if (cell == null) {
			return Optional.empty();
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
		}
		return ThaiDates.parse(text(row, column));
	}

	/** True when the cell is a date cell (not text). */
	public boolean isDateCell(int row, int column) {
		Cell cell = cell(row, column);
		if (cell == null) {
			return false;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
	}

	private Cell cell(int row, int column) {
		Row r = sheet.getRow(row);
		return r == null || column < 0 ? null : r.getCell(column);
	}

	private String raw(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			if (!hasSavedResult(cell)) {
				CellNumber value = evaluated(cell);
				return value instanceof CellNumber.Value v ? v.value().toPlainString() : "";
			}
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getRichStringCellValue().getString();
			case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString());
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> "#ERROR";
			default -> "";
		};
	}

	// Writers such as openpyxl save formulas without a result (no <v>, or an empty one); POI would
	// read those as 0.
	private static boolean hasSavedResult(Cell cell) {
		if (!(cell instanceof XSSFCell xssf)) {
			return true;
		}
		var ct = xssf.getCTCell();
		return ct.isSetV() && ct.getV() != null && !ct.getV().isEmpty();
	}

	private CellNumber evaluated(Cell cell) {
		try {
			CellValue value = evaluator.evaluate(cell);
			if (value == null) {
				return new CellNumber.Blank();
			}
			return switch (value.getCellType()) {
				case NUMERIC -> new CellNumber.Value(numeric(value.getNumberValue(), isPercentFormat(cell)));
				case STRING -> parse(value.getStringValue());
				default -> new CellNumber.NoFormulaValue(cell.getCellFormula());
			};
		}
		catch (RuntimeException ex) {
			return new CellNumber.NoFormulaValue(cell.getCellFormula());
		}
	}

	private static CellNumber parse(String text) {
		if (NoValue.is(text)) {
			return new CellNumber.Blank();
		}
		return ThaiNumbers.parse(text)
			.<CellNumber>map(n -> new CellNumber.Value(n.value()))
			.orElseGet(() -> new CellNumber.Invalid(ThaiText.clean(text)));
	}

	private static BigDecimal numeric(double value, boolean percent) {
		BigDecimal number = BigDecimal.valueOf(value);
		if (percent) {
			number = number.movePointRight(2);
		}
		// Doubles carry noise such as 97.11000000000001; ten places is far beyond any score.
		number = number.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
		return number.scale() < 0 ? number.setScale(0) : number;
	}

	private static boolean isPercentFormat(Cell cell) {
		String format = cell.getCellStyle().getDataFormatString();
		if (format == null) {
			return false;
		}
		// A '%' inside quotes or after a backslash is a literal, not percent scaling.
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\\') {
				i++;
			}
			else if (c == '%' && !quoted) {
				return true;
			}
		}
		return false;
	}

}
