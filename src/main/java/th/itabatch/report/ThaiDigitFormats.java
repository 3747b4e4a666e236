package th.itabatch.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;

/**
 * Shows a filled workbook's numbers in Thai digits, so that a line never mixes "๒๕๖๔" in a text
 * with "92.51" in the cell beside it. The cells keep their numbers (a reader can still sum them);
 * only the number formats change: every section gets the locale prefix {@code [$-0D00041E]}
 * (Thai numerals, Thai locale), which Excel and LibreOffice both render as ๙๒.๕๑. A format that
 * already names a locale is the template author's choice and is left alone.
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
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFDrawing drawing = workbook.getSheetAt(i).getDrawingPatriarch();
			if (drawing != null) {
				drawing.getCharts().forEach(ThaiDigitFormats::apply);
			}
		}
	}

	/** The chart's axes and data labels: their own number format, not the cells' (Excel and LibreOffice differ there). */
	private static void apply(XSSFChart chart) {
		XmlObject[] found = chart.getCTChart()
			.selectPath("declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' .//c:numFmt");
		for (XmlObject object : found) {
			CTNumFmt format = (CTNumFmt) object;
			format.setFormatCode(thai(format.getFormatCode()));
			format.setSourceLinked(false);
		}
	}

	/** The format with every section prefixed ("0.00" → "[$-0D00041E]0.00"). */
	static String thai(String format) {
		if (format.contains("[$-")) {
			return format;
		}
		List<String> sections = new ArrayList<>();
		StringBuilder section = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
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
		List<String> prefixed = new ArrayList<>();
		for (String s : sections) {
			// A section of text only ("@") shows no number; a colour ("[Red]") must stay in front.
			int at = s.startsWith("[") && !s.startsWith("[$") ? s.indexOf(']') + 1 : 0;
			prefixed.add(s.contains("@") ? s : s.substring(0, at) + THAI_NUMERALS + s.substring(at));
		}
		return String.join(";", prefixed);
	}
}
