package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A tight scanner for worksheet XML ({@code <row>}, {@code <c>}, {@code <v>}, inline {@code <is>}
 * strings): it reads the inflated bytes into one buffer and picks out just what a row's values
 * need, without building events, names or attribute strings. Shared-string cells cost no
 * allocation at all: their index is read from the bytes and the string handed out from the table.
 * Element names may carry a namespace prefix ({@code <x:c>}), as some exporters write them.
 */
final class SheetScanner {

	private static final int BUFFER = 1 << 16;

	private final InputStream in;

	private final String[] sharedStrings;

	private byte[] buffer = new byte[BUFFER];

	private int position;

	private int limit;

	private boolean end;

	private String[] values = new String[64];

	private int width;

	private int rowNumber;

	/** Scratch for text that crosses the buffer's end. */
	private byte[] text = new byte[256];

	SheetScanner(InputStream in, String[] sharedStrings) {
		this.in = in;
		this.sharedStrings = sharedStrings;
	}

	int rowNumber() {
		return rowNumber;
	}

	int width() {
		return width;
	}

	String value(int column) {
		return column < width ? values[column] : null;
	}

	/** Moves to the next {@code <row>} that has cells. */
	boolean next() throws IOException {
		Arrays.fill(values, 0, width, null);
		width = 0;
		while (nextTag()) {
			int nameStart = nameStart();
			if (isEnd() || !nameIs(nameStart, 'r', 'o', 'w')) {
				skipTag();
				continue;
			}
			int tagEnd = tagEnd();
			String r = attribute(nameStart, tagEnd, 'r');
			rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
			boolean empty = buffer[tagEnd - 1] == '/';
			position = tagEnd + 1;
			if (!empty) {
				readCells();
			}
			if (width > 0) {
				return true;
			}
		}
		return false;
	}

	private void readCells() throws IOException {
		int column = -1;
		while (nextTag()) {
			int nameStart = nameStart();
			boolean closing = isEnd();
			if (closing && nameIs(nameStart, 'r', 'o', 'w')) {
				skipTag();
				return;
			}
			if (!closing && nameIs(nameStart, 'c')) {
				column = readCell(nameStart, column);
			}
			else {
				skipTag();
			}
		}
	}

	/** Reads one cell from its start tag; returns its column. */
	private int readCell(int nameStart, int previous) throws IOException {
		int tagEnd = tagEnd();
		int column = previous + 1;
		int type = 'n'; // n, s (shared), i (inline), b, e, t (str)
		int i = nameStart + 1;
		while (i < tagEnd) {
			byte b = buffer[i];
			if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
				i++;
				continue;
			}
			int attrStart = i;
			while (i < tagEnd && buffer[i] != '=') {
				i++;
			}
			int attrEnd = i;
			i++; // '='
			while (i < tagEnd && buffer[i] != '"' && buffer[i] != '\'') {
				i++;
			}
			byte quote = buffer[i++];
			int valueStart = i;
			while (i < tagEnd && buffer[i] != quote) {
				i++;
			}
			int valueEnd = i++;
			int length = attrEnd - attrStart;
			if (length == 1 && buffer[attrStart] == 'r') {
				column = column(valueStart, valueEnd);
			}
			else if (length == 1 && buffer[attrStart] == 't' && valueEnd > valueStart) {
				type = cellType(valueStart, valueEnd);
			}
		}
		boolean empty = buffer[tagEnd - 1] == '/';
		position = tagEnd + 1;
		if (empty) {
			return column;
		}
		String value = null;
		int sharedIndex = -1;
		boolean phonetic = false;
		while (nextTag()) {
			int name = nameStart();
			boolean closing = isEnd();
			if (closing && nameIs(name, 'c')) {
				skipTag();
				break;
			}
			if (nameIs(name, 'r', 'P', 'h')) {
				phonetic = !closing;
				skipTag();
				continue;
			}
			boolean isValue = nameIs(name, 'v');
			boolean isText = nameIs(name, 't');
			boolean isFormula = nameIs(name, 'f');
			int end = tagEnd();
			boolean selfClosing = buffer[end - 1] == '/';
			position = end + 1;
			if (closing || selfClosing || !(isValue || isText || isFormula)) {
				continue;
			}
			if (isValue && type == 's') {
				sharedIndex = readIndex();
			}
			else if (isValue || (isText && !phonetic)) {
				String part = readText();
				value = value == null || isValue ? part : value + part;
			}
			else {
				readText(); // formula text or phonetic reading: not the value
			}
		}
		if (sharedIndex >= 0) {
			value = sharedIndex < sharedStrings.length ? sharedStrings[sharedIndex] : null;
		}
		else if (value != null && type == 'b') {
			value = "1".equals(value) ? "TRUE" : "FALSE";
		}
		if (value != null) {
			set(column, value);
		}
		return column;
	}

	private int cellType(int start, int end) {
		byte first = buffer[start];
		if (first == 's' && end - start == 1) {
			return 's';
		}
		if (first == 'i') {
			return 'i';
		}
		if (first == 's') {
			return 't'; // "str": a formula's text result
		}
		return first;
	}

	private int column(int start, int end) {
		int column = 0;
		for (int i = start; i < end; i++) {
			int c = buffer[i];
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
		}
		return column - 1;
	}

	private void set(int column, String value) {
		if (column >= values.length) {
			values = Arrays.copyOf(values, Math.max(column + 1, values.length * 2));
		}
		values[column] = value;
		width = Math.max(width, column + 1);
	}

	/** A shared-string index: digits up to the next '<'. */
	private int readIndex() throws IOException {
		int index = 0;
		boolean digits = false;
		while (true) {
			if (position >= limit && !fill()) {
				return digits ? index : -1;
			}
			byte b = buffer[position];
			if (b == '<') {
				return digits ? index : -1;
			}
			if (b >= '0' && b <= '9') {
				index = index * 10 + (b - '0');
				digits = true;
			}
			position++;
		}
	}

	/** Text up to the next '<', decoded from UTF-8 with XML's entities replaced. */
	private String readText() throws IOException {
		int length = 0;
		boolean entity = false;
		while (true) {
			if (position >= limit && !fill()) {
				break;
			}
			int start = position;
			while (position < limit && buffer[position] != '<') {
				if (buffer[position] == '&') {
					entity = true;
				}
				position++;
			}
			int count = position - start;
			if (length + count > text.length) {
				text = Arrays.copyOf(text, Math.max(text.length * 2, length + count));
			}
			System.arraycopy(buffer, start, text, length, count);
			length += count;
			if (position < limit) {
				break;
			}
		}
		String value = new String(text, 0, length, StandardCharsets.UTF_8);
		return entity ? unescape(value) : value;
	}

	static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		int i = 0;
		while (i < value.length()) {
			char c = value.charAt(i);
			int semicolon = c == '&' ? value.indexOf(';', i) : -1;
			if (semicolon < 0) {
				out.append(c);
				i++;
				continue;
			}
			String name = value.substring(i + 1, semicolon);
			switch (name) {
				case "lt" -> out.append('<');
				case "gt" -> out.append('>');
				case "amp" -> out.append('&');
				case "quot" -> out.append('"');
				case "apos" -> out.append('\'');
				default -> {
					if (name.startsWith("#x") || name.startsWith("#X")) {
						out.appendCodePoint(Integer.parseInt(name.substring(2), 16));
					}
					else if (name.startsWith("#")) {
						out.appendCodePoint(Integer.parseInt(name.substring(1)));
					}
					else {
						out.append(value, i, semicolon + 1);
					}
				}
			}
			i = semicolon + 1;
		}
		return out.toString();
	}

	// ---- tags -------------------------------------------------------------------------------

	/** Moves to the next '<' that opens an element (skipping comments and declarations). */
	private boolean nextTag() throws IOException {
		while (true) {
			while (position < limit && buffer[position] != '<') {
				position++;
			}
			if (position >= limit) {
				if (!fill()) {
					return false;
				}
				continue;
			}
			if (!ensure(4)) {
				return false;
			}
			byte b = buffer[position + 1];
			if (b == '?' || b == '!') {
				skipSpecial();
				continue;
			}
			return true;
		}
	}

	private boolean isEnd() {
		return buffer[position + 1] == '/';
	}

	/** Where the element's local name starts (after '<', '/' and any prefix). */
	private int nameStart() throws IOException {
		tagEnd(); // the whole tag in the buffer
		int i = position + 1;
		if (buffer[i] == '/') {
			i++;
		}
		int start = i;
		while (true) {
			byte b = buffer[i];
			if (b == ':') {
				start = i + 1;
			}
			else if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
				return start;
			}
			i++;
		}
	}

	private boolean nameIs(int start, char... name) {
		for (int k = 0; k < name.length; k++) {
			if (buffer[start + k] != name[k]) {
				return false;
			}
		}
		byte after = buffer[start + name.length];
		return after == ' ' || after == '>' || after == '/' || after == '\t' || after == '\n' || after == '\r';
	}

	/** The index of the '>' that ends the tag at the position, reading more when needed. */
	private int tagEnd() throws IOException {
		int scanned = position;
		while (true) {
			for (int i = scanned; i < limit; i++) {
				if (buffer[i] == '>') {
					return i;
				}
			}
			int offset = limit - position;
			if (!fill()) {
				throw new IOException("the sheet's XML ends inside a tag");
			}
			scanned = position + offset;
		}
	}

	private String attribute(int nameStart, int tagEnd, char attribute) {
		int i = nameStart;
		while (i < tagEnd) {
			byte b = buffer[i];
			boolean space = b == ' ' || b == '\t' || b == '\n' || b == '\r';
			if (space && buffer[i + 1] == attribute && buffer[i + 2] == '=') {
				byte quote = buffer[i + 3];
				int start = i + 4;
				int end = start;
				while (buffer[end] != quote) {
					end++;
				}
				return new String(buffer, start, end - start, StandardCharsets.US_ASCII);
			}
			i++;
		}
		return null;
	}

	private void skipTag() throws IOException {
		position = tagEnd() + 1;
	}

	private void skipSpecial() throws IOException {
		// <?…?>, <!-- … -->, <![CDATA[…]]> (none carry values in a worksheet's own markup)
		boolean comment = ensure(4) && buffer[position + 2] == '-' && buffer[position + 3] == '-';
		while (true) {
			if (position >= limit && !fill()) {
				return;
			}
			if (buffer[position] == '>') {
				if (!comment || (position >= 2 && buffer[position - 1] == '-' && buffer[position - 2] == '-')) {
					position++;
					return;
				}
			}
			position++;
		}
	}

	/** True when at least n bytes from the position are in the buffer (reading more if needed). */
	private boolean ensure(int n) throws IOException {
		while (limit - position < n) {
			if (!fill()) {
				return false;
			}
		}
		return true;
	}

	/** Keeps the bytes from the position on, and reads more after them; false when nothing more came. */
	private boolean fill() throws IOException {
		if (end) {
			return false;
		}
		int kept = limit - position;
		if (kept == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		System.arraycopy(buffer, position, buffer, 0, kept);
		position = 0;
		limit = kept;
		int read = in.read(buffer, limit, buffer.length - limit);
		if (read <= 0) {
			end = true;
			return false;
		}
		limit += read;
		return true;
	}
}
