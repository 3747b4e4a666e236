package th.itabatch.report;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
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

	/** A header or footer part of a sheet's page set-up: whether it is there, its text, setting it. */
	private record Part(Predicate<CTHeaderFooter> isSet, Function<CTHeaderFooter, String> get,
			BiConsumer<CTHeaderFooter, String> set) {
	}

	private static final List<Part> PARTS = List.of(
			new Part(CTHeaderFooter::isSetOddHeader, CTHeaderFooter::getOddHeader, CTHeaderFooter::setOddHeader),
			new Part(CTHeaderFooter::isSetOddFooter, CTHeaderFooter::getOddFooter, CTHeaderFooter::setOddFooter),
			new Part(CTHeaderFooter::isSetEvenHeader, CTHeaderFooter::getEvenHeader, CTHeaderFooter::setEvenHeader),
			new Part(CTHeaderFooter::isSetEvenFooter, CTHeaderFooter::getEvenFooter, CTHeaderFooter::setEvenFooter),
			new Part(CTHeaderFooter::isSetFirstHeader, CTHeaderFooter::getFirstHeader, CTHeaderFooter::setFirstHeader),
			new Part(CTHeaderFooter::isSetFirstFooter, CTHeaderFooter::getFirstFooter, CTHeaderFooter::setFirstFooter));

	static void fill(XSSFWorkbook workbook, Map<String, Object> variables) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			if (!sheet.getCTWorksheet().isSetHeaderFooter()) {
				continue;
			}
			// On the XML itself: POI's getters for even and first pages would switch those pages on.
			CTHeaderFooter parts = sheet.getCTWorksheet().getHeaderFooter();
			for (Part part : PARTS) {
				if (part.isSet().test(parts)) {
					part.set().accept(parts, filled(part.get().apply(parts), variables));
				}
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
