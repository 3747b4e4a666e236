package th.itabatch.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx part by part, as raw XML, the way a hostile or an unusual writer would: any part
 * name, any content, parts streamed so that a file that expands to gigabytes costs the test no
 * memory.
 */
final class RawXlsx {

	/** Writes one part's content. */
	interface Content {

		void write(Writer out) throws IOException;
	}

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final Map<String, Content> parts = new LinkedHashMap<>();

	private String folder = "xl";

	private String sheetName = "คะแนน";

	private boolean sharedStrings;

	private String main = MAIN;

	private String relationships = RELATIONSHIPS;

	/** A workbook of one sheet whose XML the caller writes. */
	static RawXlsx withSheet(Content sheet) {
		RawXlsx xlsx = new RawXlsx();
		xlsx.parts.put("sheet", sheet);
		return xlsx;
	}

	/** A sheet of rows given as cell texts, inline strings, row by row from A1. */
	static RawXlsx withRows(String[]... rows) {
		return withSheet(out -> {
			out.write(sheetStart());
			for (int r = 0; r < rows.length; r++) {
				out.write("<row r=\"" + (r + 1) + "\">");
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] != null) {
						out.write(inlineCell(ref(r, c), rows[r][c]));
					}
				}
				out.write("</row>");
			}
			out.write(sheetEnd());
		});
	}

	RawXlsx folder(String folder) {
		this.folder = folder;
		return this;
	}

	/** Strict Open XML: the same parts under the namespaces of ISO/IEC 29500 Strict. */
	RawXlsx strict() {
		this.main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
		this.relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
		return this;
	}

	RawXlsx sheetName(String name) {
		this.sheetName = name;
		return this;
	}

	RawXlsx sharedStrings(Content strings) {
		this.sharedStrings = true;
		parts.put("sharedStrings", strings);
		return this;
	}

	/** Any extra part, e.g. docProps/core.xml. */
	RawXlsx part(String name, Content content) {
		parts.put(name, content);
		return this;
	}

	void write(Path file) throws IOException {
		try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file)); ZipOutputStream zip = new ZipOutputStream(raw)) {
			put(zip, "[Content_Types].xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/" + folder + "/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/" + folder + "/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ (sharedStrings ? "<Override PartName=\"/" + folder + "/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
					+ "</Types>"));
			put(zip, "_rels/.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" Target=\"" + folder + "/workbook.xml\"/>"
					+ "</Relationships>"));
			put(zip, folder + "/workbook.xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relationships + "\"><sheets>"
					+ "<sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
			put(zip, folder + "/_rels/workbook.xml.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ (sharedStrings ? "<Relationship Id=\"rId2\" Type=\"" + relationships + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
					+ "</Relationships>"));
			Content sheet = parts.get("sheet");
			put(zip, folder + "/worksheets/sheet1.xml", main.equals(MAIN) ? sheet : out -> {
				java.io.StringWriter xml = new java.io.StringWriter();
				sheet.write(xml);
				out.write(xml.toString().replace(MAIN, main));
			});
			if (sharedStrings) {
				put(zip, folder + "/sharedStrings.xml", parts.get("sharedStrings"));
			}
			for (Map.Entry<String, Content> part : parts.entrySet()) {
				if (part.getKey().contains("/")) {
					put(zip, part.getKey(), part.getValue());
				}
			}
		}
	}

	private static void put(ZipOutputStream zip, String name, Content content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		Writer out = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
		content.write(out);
		out.flush();
		zip.closeEntry();
	}

	static String sheetStart() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>";
	}

	static String sheetEnd() {
		return "</sheetData></worksheet>";
	}

	static String inlineCell(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
	}

	static String numberCell(String ref, String number) {
		return "<c r=\"" + ref + "\"><v>" + number + "</v></c>";
	}

	static String ref(int row, int column) {
		return th.itabatch.workbook.CellRefs.of(row, column);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Lets a part's writer be flushed without closing the zip. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
