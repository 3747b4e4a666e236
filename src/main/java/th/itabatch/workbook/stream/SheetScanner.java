package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.util.CellReference;

import th.itabatch.workbook.WorkbookLimits;

/**
 * A tight scanner for worksheet XML ({@code <row>}, {@code <c>}, {@code <v>}, inline {@code <is>}
 * strings): it reads the inflated bytes into one buffer and picks out just what a row's values
 * need, without building events, names or attribute strings. Shared-string cells cost no
 * allocation at all: their index is read from the bytes and the string handed out from the table.
 * Element names may carry a namespace prefix ({@code <x:c>}), as some exporters write them.
 * <p>
 * Nothing in the sheet decides how much is buffered or allocated: a tag or a text longer than the
 * limits allow, a row or column reference outside the grid, stop the reading with an exception
 * before any of it is kept.
 */
final class SheetScanner {

	private static final int BUFFER = 1 << 16;

	private static final byte[] CDATA = { '<', '!', '[', 'C', 'D', 'A', 'T', 'A', '[' };

	private final InputStream in;

	private final String[] sharedStrings;

	private final WorkbookLimits limits;

	private final String part;

	/** The longest tag or raw text kept in the buffer, in bytes. */
	private final int markupBytes;

	private byte[] buffer = new byte[BUFFER];

	private int position;

	private int limit;

	private boolean end;

	private String[] values = new String[64];

	private int width;

	private int rowNumber;

	/** {@code <row>} elements seen, empty ones included: no sheet holds more than the grid's rows. */
	private int rowsSeen;

	/** Scratch for text that crosses the buffer's end. */
	private byte[] text = new byte[256];

	/** The current attribute, as found by {@link #nextAttribute}: its name and value as buffer offsets. */
	private int attributeStart;

	private int attributeEnd;

	private int valueStart;

	private int valueEnd;

	/** Where {@link #nextAttribute} looks next. */
	private int cursor;

	SheetScanner(InputStream in, String[] sharedStrings, WorkbookLimits limits, String part) {
		this.in = in;
		this.sharedStrings = sharedStrings;
		this.limits = limits;
		this.part = part;
		this.markupBytes = Exceeded.markupBytes(limits);
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
			if (++rowsSeen > limits.maxRows()) {
				throw Exceeded.rows("more than " + Exceeded.number(limits.maxRows()) + " rows in " + part, limits);
			}
			int row = rowNumber + 1;
			cursor = nameStart + 3;
			while (nextAttribute(tagEnd)) {
				if (attributeEnd - attributeStart == 1 && buffer[attributeStart] == 'r') {
					row = rowReference();
				}
			}
			if (row > limits.maxRows()) {
				throw Exceeded.rows("row " + Exceeded.number(row) + " in " + part, limits);
			}
			rowNumber = row;
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

	/** The row number of a {@code <row r="…">}: 1 to the grid's last row. */
	private int rowReference() throws IOException {
		long row = 0;
		for (int i = valueStart; i < valueEnd; i++) {
			byte b = buffer[i];
			if (b < '0' || b > '9' || row > limits.maxRows()) {
				row = b >= '0' && b <= '9' ? row : -1;
				break;
			}
			row = row * 10 + (b - '0');
		}
		if (row > limits.maxRows()) {
			throw Exceeded.rows("row " + ascii(valueStart, valueEnd) + " in " + part, limits);
		}
		if (row <= 0) {
			throw new IOException("the sheet " + part + " has a row numbered \"" + ascii(valueStart, valueEnd)
					+ "\", which is no row number (1 to " + Exceeded.number(limits.maxRows()) + ")");
		}
		return (int) row;
	}

	private void readCells() throws IOException {
		int column = -1;
		int cells = 0;
		while (nextTag()) {
			int nameStart = nameStart();
			boolean closing = isEnd();
			if (closing && nameIs(nameStart, 'r', 'o', 'w')) {
				skipTag();
				return;
			}
			if (!closing && nameIs(nameStart, 'c')) {
				if (++cells > limits.maxColumns()) {
					throw Exceeded.columns("a row of more than " + Exceeded.number(limits.maxColumns()) + " cells at row "
							+ rowNumber + " in " + part, limits);
				}
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
		int type = 'n'; // n, s (shared), i (inline), b, e, d (ISO date), t (str)
		// the attributes walked inline, every index held below the tag's end: this runs for every cell
		byte[] bytes = buffer; // not grown while the tag is walked
		int i = nameStart + 1;
		while (i < tagEnd) {
			byte b = bytes[i];
			if (isSpace(b)) {
				i++;
				continue;
			}
			if (b == '/') {
				break;
			}
			int start = i;
			while (i < tagEnd && bytes[i] != '=' && !isSpace(bytes[i])) {
				i++;
			}
			int nameLength = i - start;
			while (i < tagEnd && bytes[i] != '"' && bytes[i] != '\'') {
				i++;
			}
			if (i >= tagEnd) {
				break;
			}
			byte quote = bytes[i++];
			int from = i;
			while (i < tagEnd && bytes[i] != quote) {
				i++;
			}
			if (nameLength == 1 && bytes[start] == 'r') {
				valueStart = from;
				valueEnd = i;
				column = columnReference();
			}
			else if (nameLength == 1 && bytes[start] == 't' && i > from) {
				type = cellType(from, i);
			}
			i++;
		}
		if (column >= limits.maxColumns()) {
			throw Exceeded.columns("a cell in column " + Exceeded.number(column + 1L) + " at row " + rowNumber + " in " + part,
					limits);
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
			int end = tagEnd();
			boolean selfClosing = buffer[end - 1] == '/';
			position = end + 1;
			if (closing || selfClosing || !(isValue || isText)) {
				continue; // a formula's text, like any other element's, is passed over unread
			}
			if (isValue && type == 's') {
				sharedIndex = readIndex();
			}
			else if (isValue || (isText && !phonetic)) {
				String part = readText();
				value = value == null || isValue ? part : value + part;
				if (value.length() > limits.maxCellChars()) {
					throw Exceeded.cellChars("in cell " + reference(column) + " of " + this.part, limits);
				}
			}
		}
		if (sharedIndex >= 0) {
			value = sharedIndex < sharedStrings.length ? sharedStrings[sharedIndex] : null;
		}
		else if (value != null) {
			value = switch (type) {
				case 'b' -> "1".equals(value) ? "TRUE" : "FALSE";
				case 'i', 't' -> EscapedText.decode(value);
				case 'd' -> IsoDates.serial(value);
				default -> value;
			};
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

	/** The 0-based column of a cell reference such as {@code AB12}; its letters are all it needs. */
	private int columnReference() throws IOException {
		long column = 0;
		int i = valueStart;
		for (; i < valueEnd; i++) {
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
			if (column > limits.maxColumns()) {
				throw Exceeded.columns("the cell " + ascii(valueStart, valueEnd) + " at row " + rowNumber + " in " + part,
						limits);
			}
		}
		if (column == 0) {
			throw new IOException("the sheet " + part + " has a cell reference \"" + ascii(valueStart, valueEnd)
					+ "\" at row " + rowNumber + ", which names no column");
		}
		return (int) column - 1;
	}

	private String reference(int column) {
		return CellReference.convertNumToColString(column) + rowNumber;
	}

	private void set(int column, String value) {
		if (column >= values.length) {
			// the column is within the grid (checked): the array never outgrows a row of the grid
			values = Arrays.copyOf(values, Math.min(Math.max(column + 1, values.length * 2), limits.maxColumns()));
		}
		values[column] = value;
		width = Math.max(width, column + 1);
	}

	/** A shared-string index: digits up to the next '<'; one past the table when it is larger still. */
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
				// past the table it names no string: stop counting before the number overflows
				index = index > sharedStrings.length ? index : index * 10 + (b - '0');
				digits = true;
			}
			position++;
		}
	}

	/** Text up to the next '<' (CDATA sections included), decoded from UTF-8 with XML's entities replaced. */
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
			length = keep(start, position, length);
			if (position < limit) {
				if (!cdata()) {
					break;
				}
				length = readCdata(length);
			}
		}
		String value = new String(text, 0, length, StandardCharsets.UTF_8);
		return entity ? unescape(value) : value;
	}

	/** Copies buffer[start, end) after the text kept so far, within the limit; returns the new length. */
	private int keep(int start, int end, int length) throws IOException {
		int count = end - start;
		if (length + count > markupBytes) {
			throw Exceeded.cellChars("at row " + rowNumber + " of " + part, limits);
		}
		if (length + count > text.length) {
			text = Arrays.copyOf(text, Math.max(text.length * 2, length + count));
		}
		System.arraycopy(buffer, start, text, length, count);
		return length + count;
	}

	private boolean cdata() throws IOException {
		// most texts end at a closing tag: answered from the byte after '<' when it is at hand
		if (position + 1 < limit && buffer[position + 1] != '!') {
			return false;
		}
		if (!ensure(CDATA.length)) {
			return false;
		}
		if (buffer[position + 1] != '!') {
			return false;
		}
		for (int k = 2; k < CDATA.length; k++) {
			if (buffer[position + k] != CDATA[k]) {
				return false;
			}
		}
		return true;
	}

	/** Keeps a CDATA section's content as it is (no entities in it), up to its "]]>". */
	private int readCdata(int length) throws IOException {
		position += CDATA.length;
		while (true) {
			if (!ensure(3)) {
				throw new IOException("the sheet " + part + " ends inside a CDATA section");
			}
			int start = position;
			while (position + 2 < limit
					&& !(buffer[position] == ']' && buffer[position + 1] == ']' && buffer[position + 2] == '>')) {
				position++;
			}
			length = keep(start, position, length);
			if (position + 2 < limit) {
				position += 3;
				return length;
			}
		}
	}

	/** XML's five entities and character references; anything else is kept as written. */
	static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		int i = 0;
		while (i < value.length()) {
			char c = value.charAt(i);
			int semicolon = c == '&' ? value.indexOf(';', i) : -1;
			if (semicolon < 0 || semicolon - i > 12) {
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
					int code = characterReference(name);
					if (code >= 0) {
						out.appendCodePoint(code);
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

	/** The code point of {@code #123} or {@code #x7B}, or -1 when it is none. */
	private static int characterReference(String name) {
		boolean hex = name.startsWith("#x") || name.startsWith("#X");
		if (!name.startsWith("#") || name.length() < (hex ? 3 : 2)) {
			return -1;
		}
		try {
			int code = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
			return Character.isValidCodePoint(code) ? code : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String ascii(int start, int end) {
		String text = new String(buffer, start, Math.min(end - start, 40), StandardCharsets.UTF_8);
		return end - start > 40 ? text + "…" : text;
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
				throw new IOException("the sheet " + part + " ends inside a tag");
			}
			scanned = position + offset;
		}
	}

	/**
	 * Finds the next attribute of the tag from the cursor up to its end, for any attribute the
	 * writer put there, quoted either way; false when there is none left (or the rest is no attribute).
	 */
	private boolean nextAttribute(int tagEnd) {
		int i = cursor;
		while (i < tagEnd && isSpace(buffer[i])) {
			i++;
		}
		if (i >= tagEnd || buffer[i] == '/') {
			return false;
		}
		attributeStart = i;
		while (i < tagEnd && buffer[i] != '=' && !isSpace(buffer[i])) {
			i++;
		}
		attributeEnd = i;
		while (i < tagEnd && buffer[i] != '"' && buffer[i] != '\'') {
			i++;
		}
		if (i >= tagEnd) {
			return false;
		}
		byte quote = buffer[i++];
		valueStart = i;
		while (i < tagEnd && buffer[i] != quote) {
			i++;
		}
		valueEnd = i;
		cursor = i + 1;
		return true;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\n' || b == '\r';
	}

	private void skipTag() throws IOException {
		position = tagEnd() + 1;
	}

	private void skipSpecial() throws IOException {
		// <?…?>, <!-- … -->, <![CDATA[…]]> (none carry values in a worksheet's own markup)
		boolean comment = ensure(4) && buffer[position + 2] == '-' && buffer[position + 3] == '-';
		if (comment) {
			position += 4;
		}
		int dashes = 0;
		while (true) {
			if (position >= limit && !fill()) {
				return;
			}
			byte b = buffer[position++];
			if (b == '>' && (!comment || dashes >= 2)) {
				return;
			}
			dashes = b == '-' ? dashes + 1 : 0;
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
		if (kept >= markupBytes) {
			// only a tag is kept whole across reads: one this long is no worksheet's markup
			throw Exceeded.markup(part, limits);
		}
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
