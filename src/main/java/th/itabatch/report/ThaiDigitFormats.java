package th.itabatch.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;

/**
 * Shows a filled workbook's numbers in Thai digits, so that a line never mixes "๒๕๖๔" in a text
 * with "92.51" in the cell beside it. The cells keep their numbers (a reader can still sum them);
 * only the number formats change: every section gets the locale prefix {@code [$-0D00041E]}
 * (Thai numerals, Thai locale), which Excel and LibreOffice both render as ๙๒.๕๑. A section that
 * already names a locale or currency is the template author's choice and is left alone.
 */
final class ThaiDigitFormats {

	static final String THAI_NUMERALS = "[$-0D00041E]";

	private ThaiDigitFormats() {
	}

	static void apply(XSSFWorkbook workbook) {
		XSSFDataFormat formats = workbook.createDataFormat();
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			XSSFCellStyle style = workbook.getCellStyleAt(i);
			String format = style.getDataFormatString();
			if (format != null && !format.equals("@")) {
				style.setDataFormat(formats.getFormat(thai(format)));
			}
		}
		ChartCells.charts(workbook).forEach(placed -> apply(placed.chart()));
	}

	/** The chart's value axes, and its data labels with a number format of their own. */
	private static void apply(XSSFChart chart) {
		String c = "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' ";
		for (XmlObject object : chart.getCTChart().selectPath(c + ".//c:valAx/c:numFmt")) {
			// An axis linked to its cells takes their format in Excel, not in LibreOffice, which showed
			// 70…100 beside Thai-digit labels (a trial): its own format, in Thai digits, for both.
			CTNumFmt format = (CTNumFmt) object;
			format.setFormatCode(thai(format.getFormatCode()));
			format.setSourceLinked(false);
		}
		for (XmlObject object : chart.getCTChart().selectPath(c + ".//c:dLbls//c:numFmt")) {
			CTNumFmt format = (CTNumFmt) object;
			// A label linked to its cells follows their formats, which already show Thai digits.
			if (!format.isSetSourceLinked() || !format.getSourceLinked()) {
				format.setFormatCode(thai(format.getFormatCode()));
			}
		}
	}

	/**
	 * The format with every section prefixed ("0.00" → "[$-0D00041E]0.00"), after its colour and
	 * condition ("[Red][<0]"). A section naming a locale or currency ("[$฿-41E]"), showing text
	 * ("@") or elapsed time ("[h]") is left as it is.
	 */
	static String thai(String format) {
		List<String> prefixed = new ArrayList<>();
		for (String section : sections(format)) {
			int at = 0;
			while (at < section.length() && section.charAt(at) == '[' && section.indexOf(']', at) > 0
					&& isColourOrCondition(section.substring(at + 1, section.indexOf(']', at)))) {
				at = section.indexOf(']', at) + 1;
			}
			boolean leave = section.contains("[$") || unquoted(section).contains("@") || section.isEmpty()
					|| unquoted(section).matches("(?s).*\\[[hms]+].*");
			prefixed.add(leave ? section : section.substring(0, at) + THAI_NUMERALS + section.substring(at));
		}
		String result = String.join(";", prefixed);
		// Excel refuses a format longer than 255 characters.
		return result.length() > 255 ? format : result;
	}

	private static boolean isColourOrCondition(String bracket) {
		return bracket.matches("(?i)black|blue|cyan|green|magenta|red|white|yellow|color\\s*\\d+|[<>=].*");
	}

	/** The sections between semicolons that are not quoted or escaped. */
	private static List<String> sections(String format) {
		List<String> sections = new ArrayList<>();
		StringBuilder section = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '\\' && !quoted && i + 1 < format.length()) {
				section.append(c).append(format.charAt(++i));
				continue;
			}
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ';' && !quoted) {
				sections.add(section.toString());
				section.setLength(0);
			}
			else {
				section.append(c);
			}
		}
		sections.add(section.toString());
		return sections;
	}

	/** The section without its quoted texts and escaped characters. */
	private static String unquoted(String section) {
		return section.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
	}
}
