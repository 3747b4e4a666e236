package th.itabatch.workbook.stream;

/**
 * Decodes the {@code _xHHHH_} escapes Excel writes in string cells for characters XML cannot hold
 * (a carriage return is {@code _x000D_}); {@code _x005F_} escapes an underscore, so
 * {@code _x005F_x000D_} is the literal text {@code _x000D_}. The same rule as POI's.
 */
final class EscapedText {

	private EscapedText() {
	}

	static String decode(String text) {
		int at = text.indexOf("_x");
		if (at < 0) {
			return text;
		}
		StringBuilder out = null;
		int copied = 0;
		while (at >= 0) {
			int code = at + 7 <= text.length() && text.charAt(at + 6) == '_' ? hex(text, at + 2) : -1;
			if (code < 0) {
				at = text.indexOf("_x", at + 1);
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text.length());
			}
			out.append(text, copied, at).append((char) code);
			copied = at + 7;
			at = text.indexOf("_x", copied);
		}
		return out == null ? text : out.append(text, copied, text.length()).toString();
	}

	/** The four hex digits from the index as a number, or -1. */
	private static int hex(String text, int from) {
		int code = 0;
		for (int i = from; i < from + 4; i++) {
			int digit = Character.digit(text.charAt(i), 16);
			if (digit < 0) {
				return -1;
			}
			code = code * 16 + digit;
		}
		return code;
	}
}
