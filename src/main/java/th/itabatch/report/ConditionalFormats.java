package th.itabatch.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Carries a template's conditional formats (a heat map's colour scale) over the rows a
 * {@code jx:each} writes. Left to JXLS, a rule on a table's template row is copied cell by cell:
 * a colour scale over one cell compares it with nothing, and with a thousand rows the copying takes
 * half a minute. So the rules are lifted off the template before it is filled and put back after,
 * each over the rows its table was written to.
 */
final class ConditionalFormats {

	private static final Pattern EACH = Pattern
		.compile("jx:each\\(.*?items=\"([^\"]+)\".*?lastCell=\"\\$?([A-Z]{1,3})\\$?([0-9]+)\"");

	/** A sheet's rules as the template had them. */
	private record Lifted(String sheet, List<CellRangeAddress> ranges, CTCfRule[] rules) {
	}

	/** A {@code jx:each} of the template: its rows (0-based) and the list it repeats them for. */
	private record Each(String sheet, int firstRow, int lastRow, String items) {

		int height() {
			return lastRow - firstRow + 1;
		}
	}

	private final List<Lifted> lifted = new ArrayList<>();

	private final List<Each> eaches = new ArrayList<>();

	/** Takes the conditional formats off the template workbook, remembering them and its {@code jx:each} rows. */
	void lift(Object template) {
		XSSFWorkbook workbook = (XSSFWorkbook) template;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			CTWorksheet worksheet = sheet.getCTWorksheet();
			CTConditionalFormatting[] formats = worksheet.getConditionalFormattingArray();
			if (formats.length == 0) {
				continue;
			}
			for (CTConditionalFormatting format : formats) {
				List<CellRangeAddress> ranges = new ArrayList<>();
				for (Object sqref : format.getSqref()) {
					for (String range : sqref.toString().split(" ")) {
						ranges.add(CellRangeAddress.valueOf(range));
					}
				}
				CTCfRule[] rules = format.getCfRuleArray();
				CTCfRule[] copies = new CTCfRule[rules.length];
				for (int r = 0; r < rules.length; r++) {
					copies[r] = (CTCfRule) rules[r].copy();
				}
				lifted.add(new Lifted(sheet.getSheetName(), ranges, copies));
			}
			for (int f = formats.length - 1; f >= 0; f--) {
				worksheet.removeConditionalFormatting(f);
			}
			for (Map.Entry<org.apache.poi.ss.util.CellAddress, ? extends Comment> comment : sheet.getCellComments()
				.entrySet()) {
				Matcher each = EACH.matcher(comment.getValue().getString().getString());
				if (each.find()) {
					eaches.add(new Each(sheet.getSheetName(), comment.getKey().getRow(),
							Integer.parseInt(each.group(3)) - 1, each.group(1)));
				}
			}
		}
	}

	/** Puts the lifted formats back on the filled workbook, each range over the rows its table was written to. */
	void restore(XSSFWorkbook workbook, Map<String, Object> variables) {
		for (Lifted format : lifted) {
			XSSFSheet sheet = workbook.getSheet(format.sheet());
			if (sheet == null) {
				continue;
			}
			List<String> ranges = new ArrayList<>();
			for (CellRangeAddress range : format.ranges()) {
				ranges.add(written(format.sheet(), range, variables).formatAsString());
			}
			CTConditionalFormatting restored = sheet.getCTWorksheet().addNewConditionalFormatting();
			restored.setSqref(ranges);
			for (CTCfRule rule : format.rules()) {
				restored.addNewCfRule().set(rule);
			}
		}
	}

	/** Where a template range lies once the tables above it have grown, spread over its own table's rows. */
	private CellRangeAddress written(String sheet, CellRangeAddress range, Map<String, Object> variables) {
		int shift = 0;
		Each own = null;
		for (Each each : eaches) {
			if (!each.sheet().equals(sheet)) {
				continue;
			}
			if (each.lastRow() < range.getFirstRow()) {
				shift += (count(each, variables) - 1) * each.height();
			}
			else if (each.firstRow() <= range.getFirstRow() && range.getLastRow() <= each.lastRow()) {
				own = each;
			}
		}
		int first = range.getFirstRow() + shift;
		int last = range.getLastRow() + shift + (own == null ? 0 : (count(own, variables) - 1) * own.height());
		return new CellRangeAddress(first, last, range.getFirstColumn(), range.getLastColumn());
	}

	private static int count(Each each, Map<String, Object> variables) {
		return variables.get(each.items()) instanceof Collection<?> items ? Math.max(items.size(), 1) : 1;
	}
}
