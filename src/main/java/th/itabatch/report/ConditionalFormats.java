package th.itabatch.report;

import java.util.ArrayList;
import java.util.List;

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

	/** A sheet's rules as the template had them. */
	private record Lifted(String sheet, List<CellRangeAddress> ranges, CTCfRule[] rules) {
	}

	private final List<Lifted> lifted = new ArrayList<>();

	/** Takes the conditional formats off the template workbook, remembering them. */
	void lift(XSSFWorkbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			CTWorksheet worksheet = sheet.getCTWorksheet();
			CTConditionalFormatting[] formats = worksheet.getConditionalFormattingArray();
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
		}
	}

	/** Puts the lifted formats back on the filled workbook, each range over the rows its table was written to. */
	void restore(XSSFWorkbook workbook, TemplateTables tables) {
		for (Lifted format : lifted) {
			XSSFSheet sheet = workbook.getSheet(format.sheet());
			if (sheet == null) {
				continue;
			}
			List<String> ranges = new ArrayList<>();
			for (CellRangeAddress range : format.ranges()) {
				ranges.add(tables.written(format.sheet(), range).formatAsString());
			}
			CTConditionalFormatting restored = sheet.getCTWorksheet().addNewConditionalFormatting();
			restored.setSqref(ranges);
			for (CTCfRule rule : format.rules()) {
				restored.addNewCfRule().set(rule);
			}
		}
	}
}
