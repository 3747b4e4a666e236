package th.itabatch.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Where a template's tables land once filled. Each {@code jx:each} of the template repeats its rows
 * once per item of its list, pushing everything below it down; read from the template's comments
 * before JXLS consumes them, this tells the steps after filling (conditional formats, charts'
 * ranges, charts' places) where a template row's cells went.
 */
final class TemplateTables {

	/** A {@code jx:each} of the template: its rows (0-based) and the list it repeats them for. */
	record Each(String sheet, int firstRow, int lastRow, String items) {

		int height() {
			return lastRow - firstRow + 1;
		}

		boolean holds(String sheetName, int row) {
			return sheet.equals(sheetName) && firstRow <= row && row <= lastRow;
		}
	}

	/**
	 * The rows written for a template row inside a table.
	 *
	 * @param firstRow the row (0-based) its first item went to
	 * @param items how many items of data it holds (a row standing in for an empty list is none)
	 */
	record Written(int firstRow, int items) {
	}

	private final List<Each> eaches = new ArrayList<>();

	private final Map<String, Object> variables;

	TemplateTables(Map<String, Object> variables) {
		this.variables = variables;
	}

	/**
	 * Reads the template's {@code jx:each} commands from its cell comments, as the template check reads
	 * them ({@link TemplateCommand}): attributes in any order and quotes, a bracket within quotes, a
	 * command broken over lines. Its own narrower reading missed such tables, and their charts were
	 * left on their first row (a review).
	 */
	void read(XSSFWorkbook template, TemplateComments comments) {
		for (int i = 0; i < template.getNumberOfSheets(); i++) {
			XSSFSheet sheet = template.getSheetAt(i);
			for (Map.Entry<CellAddress, String> comment : comments.of(sheet).entrySet()) {
				for (TemplateCommand command : TemplateCommand.of(comment.getKey(), comment.getValue())) {
					String items = command.attributes().getOrDefault("items", "").strip();
					// A table growing down over a list the data name: one growing right moves nothing below it,
					// and one over an expression has rows not known here (its charts are left as they are).
					if (command.name().equals("each") && command.closed() && command.valid() && items.matches("\\w+")
							&& !"right".equalsIgnoreCase(command.attributes().getOrDefault("direction", "").strip())) {
						eaches.add(new Each(sheet.getSheetName(), command.at().getRow(), command.last().getRow(), items));
					}
				}
			}
		}
	}

	/** How far a template row outside the tables has moved down: the rows the tables above it added. */
	int shift(String sheet, int row) {
		int shift = 0;
		for (Each each : eaches) {
			if (each.sheet().equals(sheet) && each.lastRow() < row) {
				shift += (rows(each) - 1) * each.height();
			}
		}
		return shift;
	}

	/** Where a template range lies once the tables above it have grown, spread over its own table's rows. */
	CellRangeAddress written(String sheet, CellRangeAddress range) {
		Optional<Each> own = eachHolding(sheet, range.getFirstRow())
			.filter(each -> range.getLastRow() <= each.lastRow());
		int first = range.getFirstRow() + shift(sheet, range.getFirstRow());
		int last = range.getLastRow() + shift(sheet, range.getFirstRow())
				+ own.map(each -> (rows(each) - 1) * each.height()).orElse(0);
		return new CellRangeAddress(first, last, range.getFirstColumn(), range.getLastColumn());
	}

	/** The rows written for a template row of a one-row table; empty when the row is in no table. */
	Optional<Written> writtenRows(String sheet, int row) {
		return eachHolding(sheet, row).map(each -> new Written(row + shift(sheet, row), items(each)));
	}

	private Optional<Each> eachHolding(String sheet, int row) {
		return eaches.stream().filter(each -> each.holds(sheet, row)).findFirst();
	}

	/** Rows JXLS writes for a table: one per item, and the one standing in for an empty list. */
	private int rows(Each each) {
		return variables.get(each.items()) instanceof Collection<?> items ? Math.max(items.size(), 1) : 1;
	}

	private int items(Each each) {
		if (!(variables.get(each.items()) instanceof List<?> items) || items.isEmpty()) {
			return 0;
		}
		return items.get(0) instanceof Map<?, ?> first && first.containsKey(ReportTemplateModel.PLACEHOLDER) ? 0
				: items.size();
	}
}
