package th.itabatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Tidies the conditional formats JXLS copied cell by cell. A template's rule on a table's row (a
 * heat map's colour scale) comes out listing each written cell on its own, with the template's
 * range left as an empty reference (":") that Excel may refuse; rules alike may come out as several.
 * One rule over the rectangle of cells it was copied to is what the template meant.
 */
final class ConditionalFormats {

	private static final java.util.regex.Pattern VALID = java.util.regex.Pattern
		.compile("\\$?[A-Z]{1,3}\\$?[0-9]+(:\\$?[A-Z]{1,3}\\$?[0-9]+)?");

	private ConditionalFormats() {
	}

	static void join(XSSFSheet sheet) {
		CTWorksheet worksheet = sheet.getCTWorksheet();
		CTConditionalFormatting[] formats = worksheet.getConditionalFormattingArray();
		if (formats.length == 0) {
			return;
		}
		// The same rules (their priority aside) make one group, in the order they first appear.
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < formats.length; i++) {
			groups.computeIfAbsent(rulesOf(formats[i]), k -> new ArrayList<>()).add(i);
		}
		List<Integer> removed = new ArrayList<>();
		for (List<Integer> group : groups.values()) {
			List<CellRangeAddress> ranges = new ArrayList<>();
			for (int i : group) {
				for (Object sqref : formats[i].getSqref()) {
					for (String range : sqref.toString().split(" ")) {
						if (VALID.matcher(range).matches()) {
							ranges.add(CellRangeAddress.valueOf(range));
						}
					}
				}
			}
			if (ranges.isEmpty()) {
				removed.addAll(group);
				continue;
			}
			formats[group.get(0)].setSqref(joined(ranges));
			removed.addAll(group.subList(1, group.size()));
		}
		removed.sort(java.util.Comparator.reverseOrder());
		for (int i : removed) {
			worksheet.removeConditionalFormatting(i);
		}
	}

	private static String rulesOf(CTConditionalFormatting format) {
		StringBuilder rules = new StringBuilder();
		for (var rule : format.getCfRuleArray()) {
			rules.append(rule.xmlText().replaceAll(" priority=\"\\d+\"", ""));
		}
		return rules.toString();
	}

	/** The ranges as one rectangle when they fill it exactly, else as they are. */
	private static List<String> joined(List<CellRangeAddress> ranges) {
		int firstRow = Integer.MAX_VALUE;
		int lastRow = -1;
		int firstColumn = Integer.MAX_VALUE;
		int lastColumn = -1;
		long cells = 0;
		for (CellRangeAddress range : ranges) {
			firstRow = Math.min(firstRow, range.getFirstRow());
			lastRow = Math.max(lastRow, range.getLastRow());
			firstColumn = Math.min(firstColumn, range.getFirstColumn());
			lastColumn = Math.max(lastColumn, range.getLastColumn());
			cells += range.getNumberOfCells();
		}
		CellRangeAddress box = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
		if (box.getNumberOfCells() == cells) {
			return List.of(box.formatAsString());
		}
		return ranges.stream().map(CellRangeAddress::formatAsString).toList();
	}
}
