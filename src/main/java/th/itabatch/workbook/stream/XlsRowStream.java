package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;

import th.itabatch.workbook.LimitExceededException;
import th.itabatch.workbook.WorkbookLimits;

/**
 * The rows of the first sheet of an Excel 97 ({@code .xls}) workbook, read with POI's event API.
 * The format holds at most 65,536 rows, so the sheet's values are collected in one pass (as plain
 * strings, shared ones by reference) and then handed out row by row; the reading stops at the end
 * of that sheet. Values are as the {@code .xlsx} reader gives them: numbers as the shortest decimal
 * of the stored double (not rounded to 15 digits by a format), TRUE / FALSE, error texts such as
 * {@code #N/A}, also for a formula's cached result.
 */
public final class XlsRowStream implements RowStream {

	private final String sheetName;

	private final List<Integer> rowNumbers;

	private final List<String[]> rows;

	private int index = -1;

	private XlsRowStream(String sheetName, TreeMap<Integer, String[]> rows) {
		this.sheetName = sheetName;
		this.rowNumbers = new ArrayList<>(rows.keySet());
		this.rows = new ArrayList<>(rows.values());
	}

	/** Opens the first sheet, held to the default limits. */
	public static XlsRowStream open(Path file) throws IOException {
		return open(file, WorkbookLimits.DEFAULTS);
	}

	/** Opens the first sheet, held to the limits. */
	public static XlsRowStream open(Path file, WorkbookLimits limits) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw new IOException("the workbook is password-protected (encrypted)");
			}
			if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK")) {
				throw new IOException("not an Excel 97–2003 workbook (no Workbook stream)");
			}
			String stream = root.hasEntry("Workbook") ? "Workbook" : "WORKBOOK";
			try (DocumentInputStream globals = fs.createDocumentInputStream(stream)) {
				checkSharedStringCount(globals, limits);
			}
			try (InputStream workbook = fs.createDocumentInputStream(stream)) {
				Collector collector = new Collector(limits);
				HSSFRequest request = new HSSFRequest();
				request.addListenerForAllRecords(collector);
				new HSSFEventFactory().abortableProcessEvents(request, workbook);
				if (collector.exceeded != null) {
					throw collector.exceeded;
				}
				return new XlsRowStream(collector.sheetName, collector.rows);
			}
		}
		catch (EncryptedDocumentException ex) {
			throw new IOException("the workbook is password-protected (encrypted)", ex);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// POI's record parsers fail on a damaged file with runtime exceptions of all kinds
			throw new IOException("not a readable Excel 97–2003 workbook: " + ex, ex);
		}
	}

	@Override
	public boolean next() {
		return ++index < rows.size();
	}

	@Override
	public int rowNumber() {
		return rowNumbers.get(index) + 1;
	}

	@Override
	public int width() {
		return rows.get(index).length;
	}

	@Override
	public String value(int column) {
		String[] row = rows.get(index);
		return column < row.length ? row[column] : null;
	}

	@Override
	public String sheetName() {
		return sheetName;
	}

	@Override
	public void close() {
		// everything was read when opened
	}

	/**
	 * Refuses a table of shared strings declaring more entries than the limit, from the record
	 * headers alone, before POI builds it: POI builds no more strings than declared, so the declared
	 * count, though it sizes nothing here, bounds what reading the table can cost.
	 */
	private static void checkSharedStringCount(DocumentInputStream in, WorkbookLimits limits) throws IOException {
		while (in.available() >= 4) {
			int sid = in.readUShort();
			int length = in.readUShort();
			if (sid == FilePassRecord.sid || sid == EOFRecord.sid) {
				return; // encrypted data (POI decrypts what it can), or the globals ended without a table
			}
			if (sid == SSTRecord.sid && length >= 8) {
				in.readInt(); // the total count of string cells
				long unique = in.readInt() & 0xFFFFFFFFL;
				if (unique > limits.maxSharedStrings()) {
					throw Exceeded.sharedStrings(limits);
				}
				return;
			}
			in.skip(length);
		}
	}

	/** The shortest decimal that reads back as the double, as the {@code .xlsx} reader gives numbers. */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Collects the first worksheet's cell values, and stops the reading at its end or at a limit. */
	private static final class Collector extends AbortableHSSFListener {

		final TreeMap<Integer, String[]> rows = new TreeMap<>();

		String sheetName;

		LimitExceededException exceeded;

		private final WorkbookLimits limits;

		private final List<String> sheetNames = new ArrayList<>();

		private SSTRecord strings;

		private int worksheet = -1;

		/** Substreams open: the workbook's globals, a worksheet, a chart inside it. */
		private int depth;

		private FormulaRecord pendingString;

		Collector(WorkbookLimits limits) {
			this.limits = limits;
		}

		@Override
		public short abortableProcessRecord(Record record) {
			try {
				return process(record) ? (short) 0 : (short) 1;
			}
			catch (LimitExceededException ex) {
				exceeded = ex;
				return 1;
			}
		}

		/** False once the first worksheet has been read. */
		private boolean process(Record record) throws LimitExceededException {
			if (record instanceof BOFRecord bof) {
				depth++;
				if (depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
					worksheet++;
					if (worksheet == 0 && !sheetNames.isEmpty()) {
						sheetName = sheetNames.get(0);
					}
				}
				return true;
			}
			if (record instanceof EOFRecord) {
				depth--;
				return !(depth == 0 && worksheet == 0);
			}
			if (record instanceof BoundSheetRecord sheet) {
				sheetNames.add(sheet.getSheetname());
			}
			else if (record instanceof SSTRecord sst) {
				strings = checked(sst);
			}
			if (worksheet != 0) {
				return true;
			}
			if (record instanceof LabelSSTRecord label) {
				put(label.getRow(), label.getColumn(), strings.getString(label.getSSTIndex()).getString());
			}
			else if (record instanceof LabelRecord label) {
				put(label.getRow(), label.getColumn(), label.getValue());
			}
			else if (record instanceof NumberRecord number) {
				put(number.getRow(), number.getColumn(), number(number.getValue()));
			}
			else if (record instanceof BoolErrRecord cell) {
				put(cell.getRow(), cell.getColumn(),
						cell.isBoolean() ? bool(cell.getBooleanValue()) : error(cell.getErrorValue()));
			}
			else if (record instanceof FormulaRecord formula) {
				formula(formula);
			}
			else if (record instanceof StringRecord text && pendingString != null) {
				put(pendingString.getRow(), pendingString.getColumn(), text.getString());
				pendingString = null;
			}
			return true;
		}

		/** A formula's cached result, of whichever type it is. */
		private void formula(FormulaRecord formula) throws LimitExceededException {
			if (formula.hasCachedResultString()) {
				pendingString = formula; // the text follows in a StringRecord
				return;
			}
			switch (formula.getCachedResultTypeEnum()) {
				case NUMERIC -> put(formula.getRow(), formula.getColumn(), number(formula.getValue()));
				case BOOLEAN -> put(formula.getRow(), formula.getColumn(), bool(formula.getCachedBooleanValue()));
				case ERROR -> put(formula.getRow(), formula.getColumn(), error(formula.getCachedErrorValue()));
				default -> {
					// an empty text result: no value
				}
			}
		}

		private SSTRecord checked(SSTRecord sst) throws LimitExceededException {
			// as many strings as were declared (checked before) or fewer, when the data ran out
			long chars = 0;
			try {
				for (int i = 0; i < sst.getNumUniqueStrings(); i++) {
					chars += sst.getString(i).getCharCount();
					if (chars > limits.maxSharedStringChars()) {
						throw Exceeded.sharedStringChars(limits);
					}
				}
			}
			catch (IndexOutOfBoundsException ex) {
				// fewer than declared: all of them counted
			}
			return sst;
		}

		private static String bool(boolean value) {
			return value ? "TRUE" : "FALSE";
		}

		private static String error(int code) {
			return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
		}

		private void put(int row, int column, String value) throws LimitExceededException {
			if (row < 0 || row >= limits.maxRows()) {
				throw Exceeded.rows("row " + Exceeded.number(row + 1L) + " in the sheet " + sheetName, limits);
			}
			if (column < 0 || column >= limits.maxColumns()) {
				throw Exceeded.columns("a cell in column " + Exceeded.number(column + 1L) + " at row " + (row + 1)
						+ " in the sheet " + sheetName, limits);
			}
			if (value.length() > limits.maxCellChars()) {
				throw Exceeded.cellChars("at row " + (row + 1) + " of the sheet " + sheetName, limits);
			}
			String[] values = rows.get(row);
			if (values == null || values.length <= column) {
				String[] grown = new String[column + 1];
				if (values != null) {
					System.arraycopy(values, 0, grown, 0, values.length);
				}
				values = grown;
				rows.put(row, values);
			}
			values[column] = value;
		}
	}
}
