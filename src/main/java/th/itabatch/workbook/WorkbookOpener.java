package th.itabatch.workbook;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.workbook.UnreadableWorkbookException.Reason;
import th.itabatch.workbook.stream.CsvRowStream;

/**
 * Opens a workbook from the bytes of a user's file, deciding by content, not by extension, and
 * telling apart a workbook, another kind of file, a password-protected workbook and a damaged one.
 * Working on a copy of the bytes means the user's file can never be changed by reading it.
 */
public final class WorkbookOpener {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final long XLS_BYTES_PER_CELL = 32;

	private static final String STRICT = "สเปรดชีตแบบ Strict Open XML ให้บันทึกใหม่เป็น Excel Workbook (.xlsx) แบบปกติ / a Strict Open XML spreadsheet; save it as an ordinary Excel Workbook (.xlsx)";

	private static final String OLD_EXCEL = "สมุดงาน Excel 5.0/95 ให้บันทึกใหม่เป็น .xlsx / Excel 5.0/95 workbook; save it as .xlsx";

	private WorkbookOpener() {
	}

	static {
		// The limits are checked by ZipContainer before POI opens anything, counting what really
		// inflates; POI's own ratio guard would refuse real workbooks of long repeated text.
		ZipSecureFile.setMinInflateRatio(0.0005);
	}

	/** Opens the workbook within the default limits; the caller closes it. */
	public static Workbook open(byte[] bytes) throws UnreadableWorkbookException {
		return open(bytes, WorkbookLimits.DEFAULTS);
	}

	/** Opens the workbook once its container keeps the limits; the caller closes it. */
	public static Workbook open(byte[] bytes, WorkbookLimits limits) throws UnreadableWorkbookException {
		ZipContainer.Facts facts = checkContainer(bytes, limits);
		if (startsWith(bytes, OLE2)) {
			return openOle2(bytes);
		}
		return openZip(facts.dateCells() ? withDateCellsRewritten(bytes) : bytes);
	}

	private static byte[] withDateCellsRewritten(byte[] bytes) throws UnreadableWorkbookException {
		try {
			return DateCells.rewrite(bytes);
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
	}

	/**
	 * Checks a file before it is read whole: its size, and for a zip its parts (see
	 * {@link ZipContainer}), streaming from the disk so that a large or hostile file costs no memory.
	 */
	public static void check(Path file, WorkbookLimits limits) throws UnreadableWorkbookException {
		try {
			long size = Files.size(file);
			checkSize(size, limits);
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(512);
			}
			if (startsWith(head, ZIP)) {
				try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
					checkZip(ZipContainer.inspect(in, limits), limits);
				}
			}
			else if (startsWith(head, OLE2)) {
				checkOle2Size(size, limits);
			}
			else {
				throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, describe(head), null);
			}
		}
		catch (LimitExceededException ex) {
			throw UnreadableWorkbookException.tooLarge(ex);
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
	}

	/**
	 * What the content is when it is no workbook at all ("PDF document"), for refusing an upload at
	 * the door; empty for a workbook, even a damaged or protected one (those get located messages), and
	 * for text, which may be a survey's CSV (the ingest says what any other text is).
	 * Only the container is looked at, never the sheets, so a 100,000-row survey costs no more than
	 * listing its parts.
	 */
	public static Optional<String> notAWorkbook(byte[] bytes) {
		try {
			if (startsWith(bytes, OLE2)) {
				checkOle2(bytes);
			}
			else if (startsWith(bytes, ZIP)) {
				String other = ZipContainer.kind(new ByteArrayInputStream(bytes)).otherKind();
				return Optional.ofNullable(other);
			}
			else if (CsvRowStream.isText(bytes, Math.min(bytes.length, 512))) {
				return Optional.empty(); // a survey's CSV is read; the ingest says what any other text is
			}
			else {
				return Optional.of(describe(bytes));
			}
			return Optional.empty();
		}
		catch (UnreadableWorkbookException ex) {
			return ex.reason() == Reason.NOT_A_WORKBOOK ? Optional.of(ex.detail()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty(); // damaged: the ingest job tells the user where
		}
	}

	/** Refuses, by content, anything that is not an .xls or .xlsx workbook within the limits. */
	private static ZipContainer.Facts checkContainer(byte[] bytes, WorkbookLimits limits)
			throws UnreadableWorkbookException {
		checkSize(bytes.length, limits);
		if (startsWith(bytes, OLE2)) {
			checkOle2Size(bytes.length, limits);
			checkOle2(bytes);
			return new ZipContainer.Facts(null, 0);
		}
		else if (startsWith(bytes, ZIP)) {
			try {
				ZipContainer.Facts facts = ZipContainer.inspect(new ByteArrayInputStream(bytes), limits);
				checkZip(facts, limits);
				return facts;
			}
			catch (LimitExceededException ex) {
				throw UnreadableWorkbookException.tooLarge(ex);
			}
			catch (IOException ex) {
				throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
			}
		}
		else {
			throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, describe(bytes), null);
		}
	}

	private static void checkSize(long size, WorkbookLimits limits) throws UnreadableWorkbookException {
		if (size > limits.maxFileBytes()) {
			throw UnreadableWorkbookException.tooLarge(new LimitExceededException("ita.limits.max-file-bytes", "the file has "
					+ ZipContainer.megabytes(size) + " (at most " + ZipContainer.megabytes(limits.maxFileBytes()) + ")"));
		}
	}

	private static void checkZip(ZipContainer.Facts facts, WorkbookLimits limits) throws UnreadableWorkbookException {
		if (facts.otherKind() != null) {
			throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, facts.otherKind(), null);
		}
		if (facts.cells() > limits.maxCells()) {
			throw UnreadableWorkbookException.tooLarge(new LimitExceededException("ita.limits.max-cells", ZipContainer.number(facts.cells())
					+ " cells (at most " + ZipContainer.number(limits.maxCells()) + " in a workbook read whole)"));
		}
		if (facts.totalBytes() > limits.maxWholeReadBytes()) {
			throw UnreadableWorkbookException.tooLarge(new LimitExceededException("ita.limits.max-whole-read-bytes", "a workbook of "
					+ ZipContainer.megabytes(facts.totalBytes()) + " uncompressed (at most "
					+ ZipContainer.megabytes(limits.maxWholeReadBytes()) + " for one read whole)"));
		}
	}

	/**
	 * An .xls workbook's cells cannot be counted without reading it; a cell takes 10 to 20 bytes of
	 * its records, so its size stands for its cells.
	 */
	private static void checkOle2Size(long size, WorkbookLimits limits) throws UnreadableWorkbookException {
		long most = limits.maxCells() * XLS_BYTES_PER_CELL;
		if (size > most) {
			throw UnreadableWorkbookException.tooLarge(new LimitExceededException("ita.limits.max-cells", "an .xls file of "
					+ ZipContainer.megabytes(size) + " (at most " + ZipContainer.megabytes(most) + ", about "
					+ ZipContainer.number(limits.maxCells()) + " cells)"));
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
				throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, "เอกสาร Word (.doc) / Word document (.doc)", null);
			}
			if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK")) {
				// "Book" alone is how Excel 5.0/95 stored its workbook, which POI cannot read.
				throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK,
						root.hasEntry("Book") ? OLD_EXCEL : "ไฟล์ OLE2 ที่ไม่มีสมุดงาน / OLE2 file without a workbook", null);
			}
		}
		catch (UnreadableWorkbookException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
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
			if (String.valueOf(ex.getMessage()).contains("Strict OOXML")) {
				// POI reads the transitional format only; Excel and LibreOffice save either on request.
				throw new UnreadableWorkbookException(Reason.NOT_A_WORKBOOK, STRICT, ex);
			}
			throw new UnreadableWorkbookException(Reason.DAMAGED, shortReason(ex), ex);
		}
	}

	private static String describe(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).trim()
			.toLowerCase(Locale.ROOT);
		if (bytes.length == 0) {
			return "ไฟล์ว่าง / empty file";
		}
		if (head.startsWith("%pdf")) {
			return "เอกสาร PDF / PDF document";
		}
		if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")) {
			return "หน้าเว็บ (HTML) ที่ตั้งชื่อเป็นไฟล์ Excel / web page (HTML) saved with a spreadsheet name";
		}
		if (head.startsWith("<?xml")) {
			return "ไฟล์ XML (เช่น Excel 2003 XML) ให้บันทึกใหม่เป็น .xlsx / XML file (e.g. Excel 2003 XML); save it as .xlsx";
		}
		if (head.startsWith("{\\rtf")) {
			return "เอกสาร RTF / RTF document";
		}
		if (CsvRowStream.isText(bytes, Math.min(bytes.length, 512))) {
			return "ไฟล์ CSV ที่ไม่ใช่ผลตอบแบบสำรวจ ให้บันทึกใหม่เป็น .xlsx / a CSV that is no survey export; save it as .xlsx";
		}
		return "ไฟล์ชนิดที่ไม่รู้จัก / unknown file type";
	}

	/** Whether the bytes begin as an Office 97–2003 file's (an .xls, a .doc) do. */
	public static boolean isOle2(byte[] bytes) {
		return startsWith(bytes, OLE2);
	}

	/** Whether the bytes begin as a zip's (an .xlsx, a .docx) do. */
	public static boolean isZip(byte[] bytes) {
		return startsWith(bytes, ZIP);
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
