package th.itabatch.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import th.itabatch.workbook.stream.IsoDates;

/**
 * Cells typed {@code t="d"}: streaming writers save dates as ISO 8601 text in such cells, which the
 * OOXML schema POI reads with does not know. Before POI opens a workbook that has them, each one is
 * rewritten as Excel itself saves a date: its serial number in a plain cell. Only worksheets of a
 * workbook already held to the limits are rewritten, so this costs little.
 */
final class DateCells {

	/** A cell element with {@code t="d"} and its value, with or without a namespace prefix. */
	private static final Pattern DATE_CELL = Pattern
		.compile("<((?:\\w+:)?c)(\\s[^>]*?)\\s+t=\"d\"([^>]*)>(\\s*)<((?:\\w+:)?v)>([^<]*)</\\5>");

	private DateCells() {
	}

	static byte[] rewrite(byte[] workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] part = in.readAllBytes();
				if (entry.getName().contains("worksheets/") && entry.getName().endsWith(".xml")) {
					part = rewriteSheet(new String(part, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(part);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static String rewriteSheet(String xml) {
		Matcher cell = DATE_CELL.matcher(xml);
		StringBuilder rewritten = new StringBuilder(xml.length());
		while (cell.find()) {
			cell.appendReplacement(rewritten, Matcher.quoteReplacement("<" + cell.group(1) + cell.group(2) + cell.group(3)
					+ ">" + cell.group(4) + "<" + cell.group(5) + ">" + IsoDates.serial(cell.group(6)) + "</" + cell.group(5)
					+ ">"));
		}
		cell.appendTail(rewritten);
		return rewritten.toString();
	}
}
