package th.itabatch.report;

import java.util.regex.Pattern;

import com.deepoove.poi.policy.TextRenderPolicy;

/**
 * A value's text in a Word run, written as poi-tl's text policy sets it, POI stores it and XmlBeans
 * saves it: what a {@link DocxSkeleton} writes in place of each of its holes. A text XmlBeans would
 * save as CDATA is left to poi-tl ({@link #leftToPoiTl}).
 */
final class RunText {

	/** Where poi-tl's text policy starts a value's next line ({@code \n}, or {@code \r\n} taken whole). */
	private static final Pattern LINES = Pattern.compile(TextRenderPolicy.Helper.REGEX_LINE_CHARACTOR);

	/**
	 * XmlBeans' default count of entities ({@code <}, {@code &}) beyond which it saves a text of more
	 * than 32 characters as CDATA.
	 */
	private static final int CDATA_ENTITIES = 5;

	private RunText() {
	}

	/**
	 * Writes a value's text where its run's text element was ({@code start}: that element's start tag):
	 * its first line there, each further line after a break (in a table) or a carriage return, in a
	 * text element of its own.
	 */
	static void write(StringBuilder xml, String start, boolean inTable, Object value) {
		String[] lines = LINES.split(value == null ? "" : value.toString(), -1);
		element(xml, start, lines[0]);
		for (int i = 1; i < lines.length; i++) {
			xml.append(inTable ? "<w:br w:type=\"textWrapping\"/>" : "<w:cr/>");
			element(xml, "<w:t>", lines[i]);
		}
	}

	/** A text element: {@code xml:space} where the text begins or ends with white space, as POI sets it. */
	private static void element(StringBuilder xml, String start, String text) {
		boolean preserve = start.length() > "<w:t>".length() || !text.isEmpty()
				&& (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
		String open = preserve ? "<w:t xml:space=\"preserve\"" : "<w:t";
		if (text.isEmpty()) {
			xml.append(open).append("/>");
			return;
		}
		xml.append(open).append('>');
		escape(xml, text);
		xml.append("</w:t>");
	}

	/**
	 * A text as XmlBeans saves it: {@code <} and {@code &} as entities, {@code >} only after
	 * {@code ]]}, a carriage return as {@code &#13;}, and each character XML cannot hold as {@code ?}.
	 */
	static void escape(StringBuilder xml, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<') {
				xml.append("&lt;");
			}
			else if (c == '&') {
				xml.append("&amp;");
			}
			else if (c == '>') {
				xml.append(i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' ? "&gt;" : ">");
			}
			else if (c == '\r') {
				xml.append("&#13;");
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				xml.append(c).append(text.charAt(++i));
			}
			else if (c < 0x20 && c != '\t' && c != '\n' || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				xml.append('?');
			}
			else {
				xml.append(c);
			}
		}
	}

	/** Whether XmlBeans may save this value's text as CDATA, which a skeleton leaves to poi-tl. */
	static boolean leftToPoiTl(Object value) {
		if (value == null) {
			return false;
		}
		String text = value.toString();
		int entities = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			entities += c == '<' || c == '&' ? 1 : 0;
		}
		return entities > CDATA_ENTITIES;
	}
}
