package th.itabatch.thai;

/**
 * Converts between Thai digits (๐–๙) and Arabic digits, which official Thai documents mix freely.
 */
public final class ThaiDigits {

	private static final char THAI_ZERO = '๐';

	private ThaiDigits() {
	}

	/** Replaces every Thai digit with its Arabic digit; other characters are kept. */
	public static String toArabic(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, (char) ('0' + (c - THAI_ZERO)));
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * Replaces every Arabic digit with its Thai digit, except in codes: digits right after a Latin
	 * letter (an indicator "IIT3", a cell "E64", "FY2564") stay as written, as the codes are typed and searched,
	 * and so do a link's ("https://…/2564/1", up to the next space), or it leads nowhere (a retrial's
	 * brief gave "folders/๑AbCd…").
	 */
	public static String toThai(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean inCode = false;
		boolean inLink = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				inLink = false;
			}
			else if (!inLink && (c == 'h' || c == 'H' || c == 'w' || c == 'W') && startsLink(text, i)) {
				inLink = true;
			}
			boolean digit = c >= '0' && c <= '9';
			if (digit && !inCode && !inLink) {
				out.append((char) (THAI_ZERO + (c - '0')));
				continue;
			}
			out.append(c);
			if (!digit) {
				inCode = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
			}
		}
		return out.toString();
	}

	private static boolean startsLink(String text, int at) {
		return text.regionMatches(true, at, "http://", 0, 7) || text.regionMatches(true, at, "https://", 0, 8)
				|| text.regionMatches(true, at, "www.", 0, 4);
	}
}
