package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import th.itabatch.workbook.WorkbookLimits;

/**
 * Reads the rows of an {@code .xlsx} sheet in one pass: the package's parts are located from its
 * relationships (whatever program wrote it) and the shared strings read once into an array with
 * the aalto StAX parser; the sheet itself, by far the largest part, goes through
 * {@link SheetScanner}, and each row's values are handed out by reference, so memory does not grow
 * with the number of rows and almost nothing is allocated per cell. Every part is held to the
 * {@link WorkbookLimits} while it is read.
 */
public final class XlsxRowStream implements RowStream {

	private final ZipFile zip;

	private final String sheetName;

	private final InputStream sheet;

	private final SheetScanner scanner;

	private XlsxRowStream(ZipFile zip, String sheetName, SheetScanner scanner, InputStream sheet) {
		this.zip = zip;
		this.sheetName = sheetName;
		this.sheet = sheet;
		this.scanner = scanner;
	}

	/** Opens the first visible sheet, held to the default limits. */
	public static XlsxRowStream open(Path file) throws IOException {
		return open(file, WorkbookLimits.DEFAULTS);
	}

	/** Opens the first visible sheet, held to the limits. */
	public static XlsxRowStream open(Path file, WorkbookLimits limits) throws IOException {
		ZipFile zip = new ZipFile(file.toFile());
		try {
			if (zip.size() > limits.maxZipEntries()) {
				throw Exceeded.zipEntries(zip.size(), limits);
			}
			BoundedPartStream.ReadTotal total = new BoundedPartStream.ReadTotal();
			PackageParts parts = PackageParts.of(zip, limits, total);
			String[] strings = new String[0];
			if (parts.sharedStrings() != null) {
				try (BoundedPartStream in = PackageParts.open(zip, parts.sharedStrings(), limits, total, true)) {
					strings = SharedStringsReader.read(in, parts.sharedStrings(), limits);
				}
			}
			InputStream sheet = PackageParts.open(zip, parts.sheet(), limits, total, false);
			return new XlsxRowStream(zip, parts.sheetName(), new SheetScanner(sheet, strings, limits, parts.sheet()), sheet);
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex instanceof IOException io ? io : new IOException("not a readable workbook: " + ex, ex);
		}
	}

	@Override
	public String sheetName() {
		return sheetName;
	}

	@Override
	public int rowNumber() {
		return scanner.rowNumber();
	}

	@Override
	public int width() {
		return scanner.width();
	}

	@Override
	public String value(int column) {
		return scanner.value(column);
	}

	@Override
	public boolean next() throws IOException {
		try {
			return scanner.next();
		}
		catch (RuntimeException ex) {
			// a scanner bug must not pass for anything but an unreadable sheet
			throw new IOException("the sheet's XML cannot be read near row " + scanner.rowNumber() + ": " + ex, ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			sheet.close();
		}
		finally {
			zip.close();
		}
	}
}
