package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import th.itabatch.workbook.WorkbookLimits;

/** Opens a workbook file's first visible sheet, or a CSV file, as a {@link RowStream}, choosing by content. */
public final class RowStreams {

	private RowStreams() {
	}

	/** Opens the file held to the default {@link WorkbookLimits}. */
	public static RowStream open(Path file) throws IOException {
		return open(file, WorkbookLimits.DEFAULTS);
	}

	/**
	 * Opens the file held to the limits: anything that is no workbook, or a damaged one, is refused
	 * with an IOException before its sheet is read, and a file over a limit with a
	 * {@link th.itabatch.workbook.LimitExceededException} as soon as it is seen to be.
	 */
	public static RowStream open(Path file, WorkbookLimits limits) throws IOException {
		long size = Files.size(file);
		if (size > limits.maxFileBytes()) {
			throw Exceeded.fileBytes(size, limits);
		}
		byte[] head = new byte[512];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		if (length < 4) {
			throw new IOException("empty file");
		}
		if (isZip(head)) {
			return XlsxRowStream.open(file, limits);
		}
		if (isOle2(head)) {
			return XlsRowStream.open(file, limits);
		}
		if (CsvRowStream.isText(head, length)) {
			return CsvRowStream.open(file, limits);
		}
		throw new IOException("not an Excel workbook nor a CSV file");
	}

	/** Whether the file is a workbook (.xlsx or .xls) by its first bytes, not a CSV or other text. */
	public static boolean isWorkbook(Path file) throws IOException {
		byte[] head = new byte[2];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 2) < 2) {
				return false;
			}
		}
		return isZip(head) || isOle2(head);
	}

	/** An .xlsx's container, a zip. */
	private static boolean isZip(byte[] head) {
		return head[0] == 'P' && head[1] == 'K';
	}

	/** An .xls's container, OLE2. */
	private static boolean isOle2(byte[] head) {
		return (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF;
	}
}
