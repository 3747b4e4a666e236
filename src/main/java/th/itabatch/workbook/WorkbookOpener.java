package th.itabatch.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.workbook.UnreadableWorkbookException.Reason;

/**
 * Opens a workbook from the bytes of a user's file, deciding by content, not by extension, and
 * telling apart a workbook, another kind of file, a password-protected workbook and a damaged one.
 * Working on a copy of the bytes means the user's file can never be changed by reading it.
 */
public final class WorkbookOpener {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final String OLD_EXCEL = "Excel 5.0/95 workbook; save it as .xlsx";

	private WorkbookOpener() {
	}

	/** Opens the workbook; the caller closes it. */
	public static Workbook open(byte[] bytes) throws UnreadableWorkbookException {
		checkContainer(bytes);
		return startsWith(bytes, OLE2) ? openOle2(bytes) : openZip(bytes);
	}

	/**
	 * What the content is when it is no workbook at all ("PDF document"), for refusing an upload at
	 * the door; empty for a workbook, even a damaged or protected one (those get located messages).
	 * Only the container is looked at, never the sheets, so a 100,000-row survey costs no more than
	 * listing its parts.
	 */
	public static Optional<String> notAWorkbook(byte[] bytes) {
		try {
			checkContainer(bytes);
			return Optional.empty();
		}
		catch (UnreadableWorkbookException ex) {
			return ex.reason() == Reason.NOT_A_WORKBOOK ? Optional.of(ex.detail()) : Optional.empty();
		}
	}

	/** Refuses, by content, anything that is not an .xls or .xlsx workbook. */
	private static void checkContainer(byte[] bytes) throws UnreadableWorkbookException {
		if (startsWith(bytes, OLE2)) {
			checkOle2(bytes);
		}
		else if (startsWith(bytes, ZIP)) {
			checkZip(bytes);
		}
		else {
			throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, describe(bytes), null);
		}
	}

	/** Refuses an OLE2 file that is not a readable Excel 97–2003 workbook, from its entries alone. */
	private static void checkOle2(byte[] bytes) throws UnreadableWorkbookException {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			var root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw new UnreadableWorkbookException(Reason.ENCRYPTED, "encrypted", null);
			}
			if (root.hasEntry("WordDocument")) {
				throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, "Word document (.doc)", null);
			}
			if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK")) {
				// "Book" alone is how Excel 5.0/95 stored its workbook, which POI cannot read.
				throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK,
						root.hasEntry("Book") ? OLD_EXCEL : "OLE2 file without a workbook", null);
			}
		}
		catch (UnreadableWorkbookException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
	}

	/** Refuses a zip file that is not an Excel workbook (.ods, .docx, .pptx, a plain archive). */
	private static void checkZip(byte[] bytes) throws UnreadableWorkbookException {
		String kind = zipKind(bytes);
		if (kind != null) {
			throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, kind, null);
		}
	}

	private static Workbook openOle2(byte[] bytes) throws UnreadableWorkbookException {
		try {
			return new HSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (OldExcelFormatException ex) {
			throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, OLD_EXCEL, ex);
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableWorkbookException(Reason.ENCRYPTED, "encrypted", ex);
		}
		catch (Exception ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
	}

	private static Workbook openZip(byte[] bytes) throws UnreadableWorkbookException {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableWorkbookException(Reason.ENCRYPTED, "encrypted", ex);
		}
		catch (Exception ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
	}

	/** What a zip file is when it is not an Excel workbook, or null when it looks like one. */
	private static String zipKind(byte[] bytes) throws UnreadableWorkbookException {
		boolean workbookPart = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				if (name.equals("mimetype")) {
					String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
					return mime.contains("spreadsheet") ? "OpenDocument spreadsheet (.ods); save it as .xlsx"
							: "OpenDocument file (" + mime.trim() + ")";
				}
				if (name.startsWith("word/")) {
					return "Word document (.docx)";
				}
				if (name.startsWith("ppt/")) {
					return "PowerPoint presentation (.pptx)";
				}
				if (name.startsWith("xl/")) {
					workbookPart = true;
				}
			}
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
		return workbookPart ? null : "zip archive without a workbook";
	}

	private static String describe(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).trim()
			.toLowerCase(Locale.ROOT);
		if (bytes.length == 0) {
			return "empty file";
		}
		if (head.startsWith("%pdf")) {
			return "PDF document";
		}
		if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")) {
			return "web page (HTML) saved with a spreadsheet name";
		}
		if (head.startsWith("<?xml")) {
			return "XML file (e.g. Excel 2003 XML); save it as .xlsx";
		}
		if (head.startsWith("{\\rtf")) {
			return "RTF document";
		}
		if (isText(bytes)) {
			return "text or CSV file; save it as .xlsx";
		}
		return "unknown file type";
	}

	private static boolean isText(byte[] bytes) {
		int n = Math.min(bytes.length, 512);
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b < 0x09 || (b > 0x0D && b < 0x20)) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String shortReason(Exception ex) {
		String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		reason = reason.lines().findFirst().orElse(reason);
		return reason.length() > 160 ? reason.substring(0, 160) + "…" : reason;
	}
}
