package th.itabatch.report;

import java.util.ArrayList;
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

import th.itabatch.workbook.PageFit;
import th.itabatch.workbook.TextWidths;

/**
 * Fills the values a template writes in its printed page headers and footers
 * ({@code ${report.unit} · ${report.reportMonth}}), which JXLS does not look at. Excel's own codes
 * stay: {@code &P} and {@code &N} still give "page x of y".
 */
final class PageFooters {

	private static final Pattern VALUE = Pattern.compile("\\$\\{([a-zA-Z]+)\\.([a-zA-Z0-9]+)}");

	/** Where a header's or footer's left, centre or right part starts. */
	private static final Pattern SECTION = Pattern.compile("&[LCR]");

	/** A part's font size code, "&14" (after its font's name, if any). */
	private static final Pattern SIZE = Pattern.compile("&(\\d{1,3})(?!\\d)");

	/** The smallest size a header's or footer's part is set in to fit: smaller is hard to read. */
	static final int SMALLEST = 8;

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
			double room = PageFit.printableWidth(sheet);
			for (Part part : PARTS) {
				if (part.isSet().test(parts)) {
					part.set().accept(parts, fitted(filled(part.get().apply(parts), variables), room));
				}
			}
		}
	}

	/**
	 * The header or footer with its longest part set smaller where its parts together are wider than
	 * most of the page (a trial's 92-letter unit name ran the footer's left part into "หน้า 1 จาก 98"),
	 * down to {@link #SMALLEST} points; a part with no size of its own ({@code &14}) is left as it is.
	 *
	 * @param room the page's printable width in points, 0 when not known
	 */
	static String fitted(String text, double room) {
		Matcher sections = SECTION.matcher(text);
		List<int[]> bounds = new ArrayList<>();
		int start = 0;
		while (sections.find()) {
			bounds.add(new int[] { start, sections.start() });
			start = sections.start();
		}
		bounds.add(new int[] { start, text.length() });
		double total = 0;
		int longest = -1;
		double longestWidth = 0;
		for (int i = 0; i < bounds.size(); i++) {
			double width = width(text.substring(bounds.get(i)[0], bounds.get(i)[1]));
			total += width;
			if (width > longestWidth) {
				longestWidth = width;
				longest = i;
			}
		}
		// A little room between the parts, as Excel and LibreOffice leave it.
		double allowed = room * 0.9;
		if (room <= 0 || longest < 0 || total <= allowed) {
			return text;
		}
		String section = text.substring(bounds.get(longest)[0], bounds.get(longest)[1]);
		Matcher size = SIZE.matcher(section);
		if (!size.find()) {
			return text;
		}
		double points = Integer.parseInt(size.group(1));
		int smaller = (int) Math.max(SMALLEST, Math.floor(points * (allowed - (total - longestWidth)) / longestWidth));
		String resized = section.substring(0, size.start()) + "&" + smaller + section.substring(size.end());
		return text.substring(0, bounds.get(longest)[0]) + resized + text.substring(bounds.get(longest)[1]);
	}

	/** A part's printed width in points: its text without Excel's codes, "&P" and "&N" as two digits. */
	private static double width(String section) {
		Matcher size = SIZE.matcher(section);
		double points = size.find() ? Integer.parseInt(size.group(1)) : 11;
		String shown = section.replaceAll("&\"[^\"]*\"", "")
			.replaceAll("&\\d+", "")
			.replaceAll("&[PN]", "00")
			.replaceAll("&&", "&")
			.replaceAll("&[A-Za-z]", "");
		return TextWidths.points(shown, points, false);
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
