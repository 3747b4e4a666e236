package th.itabatch.workbook.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.itabatch.workbook.WorkbookLimits;

/**
 * The rows of a CSV file, as a form's responses are downloaded ("Download responses (.csv)" in
 * Google Forms, which Excel shows with Thai garbled when opened by a double click): read one record at
 * a time, each value its text. Records as RFC 4180 has them (a quoted value may hold the separator, a
 * line break, a doubled quote); the separator is the comma, or the semicolon or tab where the first
 * line holds more of those (a tab as many); the text UTF-8 (with or without its byte-order mark), UTF-16 with its mark,
 * else Windows-874, as Thai Windows saves "CSV". A row's number is its record's, as a spreadsheet opening
 * the file numbers it; the sheet's name is the file's without its extension.
 * <p>
 * Written here rather than taken from a CSV library: the limits ({@link WorkbookLimits}) are counted
 * while a value is read, so a file of one 200 MB value is refused at its 32,768th character, not
 * read whole first.
 */
public final class CsvRowStream implements RowStream {

	/** Windows' Thai code page, a superset of TIS-620. */
	private static final Charset THAI_WINDOWS = Charset.forName("x-windows-874");

	/** Bytes looked at to choose the text's encoding and tell a CSV file from other files. */
	private static final int SAMPLE = 64 * 1024;

	private static final int END = -1;

	private final Reader in;

	private final char separator;

	private final String sheetName;

	private final WorkbookLimits limits;

	private final StringBuilder value = new StringBuilder();

	private String[] values = new String[0];

	private int width;

	private int record;

	private int pending = -2;

	private CsvRowStream(Reader in, char separator, String sheetName, WorkbookLimits limits) {
		this.in = in;
		this.separator = separator;
		this.sheetName = sheetName;
		this.limits = limits;
	}

	/**
	 * Whether the file's first bytes are text (a CSV's): no control characters but tab and line
	 * breaks, nor the start of another kind of text file (XML, HTML, RTF, a PDF).
	 */
	public static boolean isText(byte[] head, int length) {
		if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
				|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
			return true; // UTF-16's byte-order mark
		}
		if (length == 0) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			int b = head[i] & 0xFF;
			if (b < 0x09 || b > 0x0D && b < 0x20 || b == 0x7F) {
				return false;
			}
		}
		String start = new String(head, 0, Math.min(length, 64), StandardCharsets.ISO_8859_1).stripLeading()
			.toLowerCase(Locale.ROOT);
		return !(start.startsWith("<") || start.startsWith("{\\rtf") || start.startsWith("%pdf"));
	}

	/** Opens the file, whose first bytes are text ({@link #isText}), held to the limits. */
	public static CsvRowStream open(Path file, WorkbookLimits limits) throws IOException {
		byte[] sample;
		try (InputStream head = Files.newInputStream(file)) {
			sample = head.readNBytes(SAMPLE);
		}
		int skip = 0;
		Charset charset;
		if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
		}
		else if (startsWith(sample, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (startsWith(sample, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else {
			charset = isUtf8(sample, sample.length == SAMPLE) ? StandardCharsets.UTF_8 : THAI_WINDOWS;
		}
		InputStream bytes = Files.newInputStream(file);
		bytes.skipNBytes(skip);
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		Reader reader = new BufferedReader(new InputStreamReader(bytes, decoder), 64 * 1024);
		String text = new String(sample, skip, sample.length - skip, charset);
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return new CsvRowStream(reader, separatorOf(text), dot > 0 ? name.substring(0, dot) : name, limits);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether the bytes are UTF-8; a sample cut short may end inside a character. */
	private static boolean isUtf8(byte[] bytes, boolean cut) {
		int length = bytes.length;
		if (cut) {
			// Back to the start of the last character, which the cut may have split.
			while (length > 0 && (bytes[length - 1] & 0xC0) == 0x80) {
				length--;
			}
			length = Math.max(0, length - 1);
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The separator the first line uses most, outside quotes: comma, semicolon or tab (a tab on a tie, else the comma). */
	private static char separatorOf(String text) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		// A comma file seldom holds a tab outside quotes; a tab file's texts often hold commas.
		if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	@Override
	public boolean next() throws IOException {
		while (readRecord()) {
			if (width > 0) {
				return true;
			}
		}
		return false;
	}

	/** Reads the next record into {@link #values}; false at the end of the file. */
	private boolean readRecord() throws IOException {
		int c = read();
		if (c == END) {
			return false;
		}
		if (++record > limits.maxRows()) {
			throw Exceeded.rows("more than " + Exceeded.number(limits.maxRows()) + " records in " + sheetName, limits);
		}
		List<String> row = new ArrayList<>();
		while (true) {
			value.setLength(0);
			boolean quotedValue = c == '"';
			if (quotedValue) {
				while (true) {
					c = read();
					if (c == END) {
						break; // a quote never closed: the value runs to the end, as a spreadsheet reads it
					}
					if (c == '"') {
						c = read();
						if (c != '"') {
							break;
						}
					}
					append((char) c, row.size());
				}
				// Text after the closing quote, up to the separator, belongs to the value.
				while (c != END && c != separator && c != '\n' && c != '\r') {
					append((char) c, row.size());
					c = read();
				}
			}
			else {
				while (c != END && c != separator && c != '\n' && c != '\r') {
					append((char) c, row.size());
					c = read();
				}
			}
			if (row.size() >= limits.maxColumns()) {
				throw Exceeded.columns("a record of more than " + Exceeded.number(limits.maxColumns()) + " values at row "
						+ record + " of " + sheetName, limits);
			}
			row.add(value.toString());
			if (c == separator) {
				c = read();
				continue;
			}
			if (c == '\r') {
				int next = read();
				if (next != '\n') {
					pending = next;
				}
			}
			break;
		}
		values = new String[row.size()];
		width = 0;
		for (int i = 0; i < values.length; i++) {
			String v = row.get(i);
			values[i] = v.isEmpty() ? null : v;
			if (!v.isBlank()) {
				width = i + 1;
			}
		}
		return true;
	}

	private void append(char c, int column) throws IOException {
		if (value.length() >= limits.maxCellChars()) {
			throw Exceeded.cellChars("in column " + (column + 1) + " at row " + record + " of " + sheetName, limits);
		}
		value.append(c);
	}

	private int read() throws IOException {
		if (pending != -2) {
			int c = pending;
			pending = -2;
			return c;
		}
		return in.read();
	}

	@Override
	public int rowNumber() {
		return record;
	}

	@Override
	public int width() {
		return width;
	}

	@Override
	public String value(int column) {
		return column < width ? values[column] : null;
	}

	@Override
	public String sheetName() {
		return sheetName;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
