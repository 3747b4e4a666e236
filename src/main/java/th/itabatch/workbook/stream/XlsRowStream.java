package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The rows of the first sheet of an Excel 97 ({@code .xls}) workbook, read with POI's event API.
 * The format holds at most 65,536 rows, so the sheet's values are collected in one pass (as plain
 * strings, shared ones by reference) and then handed out row by row.
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

	public static XlsRowStream open(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				InputStream workbook = fs.createDocumentInputStream(
						fs.getRoot().hasEntry("Workbook") ? "Workbook" : "WORKBOOK")) {
			Collector collector = new Collector();
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(collector);
			new HSSFEventFactory().processEvents(request, workbook);
			return new XlsRowStream(collector.sheetName, collector.rows);
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

	/** Collects the first worksheet's cell values. */
	private static final class Collector implements HSSFListener {

		final TreeMap<Integer, String[]> rows = new TreeMap<>();

		String sheetName;

		private final List<String> sheetNames = new ArrayList<>();

		private SSTRecord strings;

		private int worksheet = -1;

		private FormulaRecord pendingString;

		@Override
		public void processRecord(Record record) {
			if (record instanceof BoundSheetRecord sheet) {
				sheetNames.add(sheet.getSheetname());
			}
			else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
				worksheet++;
				if (worksheet == 0 && !sheetNames.isEmpty()) {
					sheetName = sheetNames.get(0);
				}
			}
			else if (record instanceof SSTRecord sst) {
				strings = sst;
			}
			if (worksheet != 0) {
				return;
			}
			if (record instanceof LabelSSTRecord label) {
				put(label.getRow(), label.getColumn(), strings.getString(label.getSSTIndex()).getString());
			}
			else if (record instanceof LabelRecord label) {
				put(label.getRow(), label.getColumn(), label.getValue());
			}
			else if (record instanceof NumberRecord number) {
				put(number.getRow(), number.getColumn(), NumberToTextConverter.toText(number.getValue()));
			}
			else if (record instanceof BoolErrRecord bool && bool.isBoolean()) {
				put(bool.getRow(), bool.getColumn(), bool.getBooleanValue() ? "TRUE" : "FALSE");
			}
			else if (record instanceof FormulaRecord formula) {
				if (formula.hasCachedResultString()) {
					pendingString = formula; // the text follows in a StringRecord
				}
				else {
					put(formula.getRow(), formula.getColumn(), NumberToTextConverter.toText(formula.getValue()));
				}
			}
			else if (record instanceof StringRecord text && pendingString != null) {
				put(pendingString.getRow(), pendingString.getColumn(), text.getString());
				pendingString = null;
			}
		}

		private void put(int row, int column, String value) {
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
