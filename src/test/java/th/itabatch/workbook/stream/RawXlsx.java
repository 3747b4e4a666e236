package th.itabatch.workbook.stream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@code .xlsx} package by hand, part by part, each part's XML streamed into the zip so
 * that a test can build a bomb of gigabytes once inflated without holding it: what no writer would
 * save, for the readers' limits, and what unusual writers do save (other folders, Strict OOXML).
 */
final class RawXlsx {

	static final String TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String TRANSITIONAL_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

	static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

	/** Writes a part's XML. */
	interface Content {

		void write(Writer out) throws IOException;
	}

	private final String folder;

	private final String main;

	private final String relationships;

	private Content sharedStrings;

	private RawXlsx(String folder, String main, String relationships) {
		this.folder = folder;
		this.main = main;
		this.relationships = relationships;
	}

	/** A transitional package with its parts under {@code xl/}, as Excel saves it. */
	static RawXlsx transitional() {
		return new RawXlsx("xl/", TRANSITIONAL, TRANSITIONAL_RELATIONSHIPS);
	}

	/** A Strict OOXML package. */
	static RawXlsx strict() {
		return new RawXlsx("xl/", STRICT, STRICT_RELATIONSHIPS);
	}

	/** Parts in another folder than {@code xl/}, the shared strings in a folder beside it. */
	static RawXlsx inFolder(String folder) {
		return new RawXlsx(folder, TRANSITIONAL, TRANSITIONAL_RELATIONSHIPS);
	}

	RawXlsx sharedStrings(Content content) {
		this.sharedStrings = content;
		return this;
	}

	/** Shared strings given as their {@code <si>} elements. */
	RawXlsx sharedStrings(String items) {
		return sharedStrings(out -> out.write(items));
	}

	/** Writes the package with a sheet whose {@code <sheetData>} content the given rows are. */
	void write(Path file, String rows) throws IOException {
		write(file, out -> out.write(rows));
	}

	void write(Path file, Content rows) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
			// bombs are made of one byte repeated: the fastest level packs them well enough
			zip.setLevel(Deflater.BEST_SPEED);
			Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			String rel = relationships; // the relationship types' base is the same namespace
			part(zip, out, "[Content_Types].xml",
					w -> w.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
			part(zip, out, "_rels/.rels", w -> w.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"" + folder + "workbook.xml\"/>"
					+ "</Relationships>"));
			part(zip, out, folder + "workbook.xml", w -> w.write("<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relationships
					+ "\"><sheets><sheet name=\"คำตอบ\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
			part(zip, out, folder + "_rels/workbook.xml.rels",
					w -> w.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"sheets/answers.xml\"/>"
							+ (sharedStrings == null ? ""
									: "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"../strings/table.xml\"/>")
							+ "</Relationships>"));
			if (sharedStrings != null) {
				part(zip, out, parent(folder) + "strings/table.xml", w -> {
					w.write("<sst xmlns=\"" + main + "\" count=\"2147483647\" uniqueCount=\"2147483647\">");
					sharedStrings.write(w);
					w.write("</sst>");
				});
			}
			part(zip, out, folder + "sheets/answers.xml", w -> {
				w.write("<worksheet xmlns=\"" + main + "\"><sheetData>");
				rows.write(w);
				w.write("</sheetData></worksheet>");
			});
		}
	}

	/** The folder above, for a relationship target of "../". */
	private static String parent(String folder) {
		String trimmed = folder.substring(0, folder.length() - 1);
		return trimmed.contains("/") ? trimmed.substring(0, trimmed.lastIndexOf('/') + 1) : "";
	}

	private static void part(ZipOutputStream zip, Writer out, String name, Content content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		content.write(out);
		out.flush();
		zip.closeEntry();
	}

	/** Writes the text repeated up to the count of characters, without holding it. */
	static void repeat(Writer out, String unit, long times) throws IOException {
		StringBuilder chunk = new StringBuilder();
		int perChunk = Math.max(1, 65_536 / unit.length());
		chunk.append(unit.repeat(perChunk));
		String block = chunk.toString();
		long left = times;
		while (left >= perChunk) {
			out.write(block);
			left -= perChunk;
		}
		for (long i = 0; i < left; i++) {
			out.write(unit);
		}
	}
}
