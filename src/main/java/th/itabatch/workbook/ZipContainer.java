package th.itabatch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks through a zip file's parts before anything is built from it, holding the
 * {@link WorkbookLimits}: how many parts, how large each is and all are once uncompressed (counted
 * while inflating, never trusting the sizes the zip declares), how much a large part expands, and
 * how many cells its worksheets hold. Tells a workbook from other zip files (.ods, .docx, .pptx).
 * Reads as a stream: a zip bomb costs the time to inflate up to the limit, never the memory.
 */
final class ZipContainer {

	private static final int BUFFER = 64 * 1024;

	private static final String NO_WORKBOOK = "ไฟล์ zip ที่ไม่มีสมุดงาน / zip archive without a workbook";

	/**
	 * What the parts showed.
	 *
	 * @param otherKind what the file is when it is no Excel workbook ("Word document (.docx)"), or
	 *     {@code null} for a workbook
	 * @param cells how many cells its worksheets hold
	 * @param dateCells true when a worksheet has cells typed {@code t="d"} (see {@link DateCells})
	 * @param totalBytes what all parts inflate to
	 */
	record Facts(String otherKind, long cells, boolean dateCells, long totalBytes) {

		Facts(String otherKind, long cells) {
			this(otherKind, cells, false, 0);
		}
	}

	private ZipContainer() {
	}

	/** The parts' names alone, nothing inflated: enough to tell a workbook from other zip files. */
	static Facts kind(InputStream in) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			boolean workbookPart = false;
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String other = otherKind(entry.getName(), zip);
				if (other != null) {
					return new Facts(other, 0);
				}
				workbookPart |= isWorkbookPart(entry.getName());
			}
			return new Facts(workbookPart ? null : NO_WORKBOOK, 0);
		}
	}

	static Facts inspect(InputStream in, WorkbookLimits limits) throws IOException {
		boolean workbookPart = false;
		boolean dateCells = false;
		long total = 0;
		long cells = 0;
		int entries = 0;
		byte[] buffer = new byte[BUFFER];
		try (ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > limits.maxZipEntries()) {
					throw new LimitExceededException("ita.limits.max-zip-entries",
							"more than " + number(limits.maxZipEntries()) + " parts in the zip file");
				}
				String name = entry.getName();
				String other = otherKind(name, zip);
				if (other != null) {
					return new Facts(other, 0);
				}
				boolean worksheet = name.contains("worksheets/") && name.endsWith(".xml");
				workbookPart |= worksheet || name.endsWith("workbook.xml");
				CellCounter counter = worksheet ? new CellCounter() : null;
				DateTypeFinder dates = worksheet ? new DateTypeFinder() : null;
				long size = 0;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					size += read;
					total += read;
					if (size > limits.maxPartBytes()) {
						throw new LimitExceededException("ita.limits.max-part-bytes",
								"the part " + name + " expands to more than " + megabytes(limits.maxPartBytes()));
					}
					if (total > limits.maxTotalBytes()) {
						throw new LimitExceededException("ita.limits.max-total-bytes",
								"the parts expand to more than " + megabytes(limits.maxTotalBytes()) + " together");
					}
					if (counter != null) {
						cells += counter.count(buffer, read);
						dateCells |= dates.find(buffer, read);
					}
				}
				long compressed = entry.getCompressedSize();
				if (size >= limits.ratioCheckedFromBytes() && compressed > 0
						&& size / compressed > limits.maxExpansionRatio()) {
					throw new LimitExceededException("ita.limits.max-expansion-ratio", "the part " + name + " expands "
							+ number(size / compressed) + " times (at most " + number(limits.maxExpansionRatio()) + ")");
				}
			}
		}
		return new Facts(workbookPart ? null : NO_WORKBOOK, cells, dateCells, total);
	}

	/** A workbook's parts may lie anywhere the package relationships say, not only under xl/. */
	private static boolean isWorkbookPart(String name) {
		return name.endsWith("workbook.xml") || name.contains("worksheets/") && name.endsWith(".xml");
	}

	/** What a zip part shows the file to be when it is no Excel workbook, or null. */
	private static String otherKind(String name, ZipInputStream zip) throws IOException {
		if (name.equals("mimetype")) {
			String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
			return mime.contains("spreadsheet") ? "สเปรดชีต OpenDocument (.ods) ให้บันทึกใหม่เป็น .xlsx / OpenDocument spreadsheet (.ods); save it as .xlsx"
					: "ไฟล์ OpenDocument / OpenDocument file (" + mime.trim() + ")";
		}
		if (name.startsWith("word/")) {
			return "เอกสาร Word (.docx) / Word document (.docx)";
		}
		if (name.startsWith("ppt/")) {
			return "งานนำเสนอ PowerPoint (.pptx) / PowerPoint presentation (.pptx)";
		}
		return null;
	}

	static String megabytes(long bytes) {
		return number(bytes / (1024 * 1024)) + " MB";
	}

	static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

	/** Finds {@code t="d"} in worksheet XML as it streams by, across buffers. */
	private static final class DateTypeFinder {

		private static final byte[] WANTED = " t=\"d\"".getBytes(StandardCharsets.US_ASCII);

		private int matched;

		boolean find(byte[] bytes, int length) {
			boolean found = false;
			for (int i = 0; i < length; i++) {
				byte b = bytes[i];
				if (b == WANTED[matched]) {
					if (++matched == WANTED.length) {
						found = true;
						matched = 0;
					}
				}
				else {
					matched = b == WANTED[0] ? 1 : 0;
				}
			}
			return found;
		}
	}

	/**
	 * Counts {@code <c …>} elements (with or without a namespace prefix) in worksheet XML as it
	 * streams by, carrying its state across buffers.
	 */
	private static final class CellCounter {

		/** 0: outside a tag; 1: just after '<'; 2: after a prefix's ':'; 3: read "c" as the local name; 4: in another name. */
		private int state;

		long count(byte[] bytes, int length) {
			long cells = 0;
			for (int i = 0; i < length; i++) {
				byte b = bytes[i];
				switch (state) {
					case 0 -> state = b == '<' ? 1 : 0;
					case 1, 2 -> state = b == 'c' ? 3 : isNameChar(b) ? 4 : 0;
					case 3 -> {
						if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
							cells++;
							state = 0;
						}
						else {
							state = b == ':' ? 2 : isNameChar(b) ? 4 : 0;
						}
					}
					default -> state = b == ':' ? 2 : isNameChar(b) ? 4 : b == '<' ? 1 : 0;
				}
			}
			return cells;
		}

		private static boolean isNameChar(byte b) {
			return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-' || b == '.';
		}
	}
}
