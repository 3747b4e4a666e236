package th.itabatch.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;

/**
 * Fills the values a template writes in its printed page headers and footers
 * ({@code ${report.unit} · ${report.reportMonth}}), which JXLS does not look at. Excel's own codes
 * stay: {@code &P} and {@code &N} still give "page x of y".
 */
final class PageFooters {

	private static final Pattern VALUE = Pattern.compile("\\$\\{([a-zA-Z]+)\\.([a-zA-Z0-9]+)}");

	private PageFooters() {
	}

	static void fill(XSSFWorkbook workbook, Map<String, Object> variables) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			if (!sheet.getCTWorksheet().isSetHeaderFooter()) {
				continue;
			}
			// On the XML itself: POI's getters for even and first pages would switch those pages on.
			CTHeaderFooter parts = sheet.getCTWorksheet().getHeaderFooter();
			if (parts.isSetOddHeader()) {
				parts.setOddHeader(filled(parts.getOddHeader(), variables));
			}
			if (parts.isSetOddFooter()) {
				parts.setOddFooter(filled(parts.getOddFooter(), variables));
			}
			if (parts.isSetEvenHeader()) {
				parts.setEvenHeader(filled(parts.getEvenHeader(), variables));
			}
			if (parts.isSetEvenFooter()) {
				parts.setEvenFooter(filled(parts.getEvenFooter(), variables));
			}
			if (parts.isSetFirstHeader()) {
				parts.setFirstHeader(filled(parts.getFirstHeader(), variables));
			}
			if (parts.isSetFirstFooter()) {
				parts.setFirstFooter(filled(parts.getFirstFooter(), variables));
			}
		}
	}

	static String filled(String text, Map<String, Object> variables) {
		Matcher matcher = VALUE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			Object value = variables.get(matcher.group(1)) instanceof Map<?, ?> map ? map.get(matcher.group(2)) : null;
			// "&" starts a code in a header; a value's own ampersand is written doubled.
			String shown = value == null ? "" : value.toString().replace("&", "&&");
			matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
