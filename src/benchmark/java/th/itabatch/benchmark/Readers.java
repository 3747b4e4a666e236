package th.itabatch.benchmark;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import th.itabatch.workbook.stream.RowStream;
import th.itabatch.workbook.stream.RowStreams;

/**
 * The readers compared, each reading a sheet to the same per-row values: text as it is, numbers as
 * {@code Double.toString}. A {@link Values} sink checksums them, so that all can be checked to agree.
 */
enum Readers {

	/** ITA Batch's {@link RowStream}: shared strings read once, the sheet through a byte scanner. */
	OURS {
		@Override
		void read(Path file, Values sink) throws Exception {
			try (RowStream rows = RowStreams.open(file)) {
				while (rows.next()) {
					sink.row(rows.rowNumber());
					for (int c = 0; c < rows.width(); c++) {
						String value = rows.value(c);
						if (value != null) {
							sink.cell(c, value, true);
						}
					}
				}
			}
		}
	},

	/** POI's usermodel: the whole workbook in memory. */
	POI_USERMODEL {
		@Override
		void read(Path file, Values sink) throws Exception {
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
					XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
				cells(workbook.getSheetAt(0), sink);
				pkg.revert();
			}
		}
	},

	/** POI's event API: XSSFSheetXMLHandler on a SAX parser, shared strings read-only. */
	POI_EVENT {
		@Override
		void read(Path file, Values sink) throws Exception {
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				XSSFReader reader = new XSSFReader(pkg);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
				DataFormatter raw = new DataFormatter() {
					@Override
					public String formatRawCellContents(double value, int formatIndex, String formatString) {
						return Double.toString(value);
					}
				};
				XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
					@Override
					public void startRow(int rowNum) {
						sink.row(rowNum + 1);
					}

					@Override
					public void endRow(int rowNum) {
					}

					@Override
					public void cell(String reference, String value, XSSFComment comment) {
						sink.cell(th.itabatch.workbook.CellRefs.column(reference), value, true);
					}
				};
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler, raw, false));
				try (InputStream sheet = reader.getSheetsData().next()) {
					parser.parse(new InputSource(sheet));
				}
				pkg.revert();
			}
		}
	},

	/** pjfanning's excel-streaming-reader: the usermodel interfaces over a streaming pass. */
	PJFANNING {
		@Override
		void read(Path file, Values sink) throws Exception {
			try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(65536).open(file.toFile())) {
				cells(workbook.getSheetAt(0), sink);
			}
		}
	},

	/** dhatim's fastexcel-reader: aalto StAX, a stream of rows. */
	DHATIM {
		@Override
		void read(Path file, Values sink) throws Exception {
			try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
					file.toFile()); var rows = workbook.getFirstSheet().openStream()) {
				rows.forEach(row -> {
					sink.row(row.getRowNum());
					for (int c = 0; c < row.getCellCount(); c++) {
						org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
						if (cell == null || cell.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
							continue;
						}
						if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
							sink.cell(c, Double.toString(cell.asNumber().doubleValue()), false);
						}
						else {
							sink.cell(c, cell.getText(), true);
						}
					}
				});
			}
		}
	},

	/** The floor: a bare aalto StAX pass over the sheet XML that only counts cells. */
	FLOOR {
		@Override
		void read(Path file, Values sink) throws Exception {
			XMLInputFactory factory = new InputFactoryImpl();
			try (ZipFile zip = new ZipFile(file.toFile());
					InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
				XMLStreamReader xml = factory.createXMLStreamReader(in);
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
						sink.count();
					}
				}
				xml.close();
			}
		}
	};

	abstract void read(Path file, Values sink) throws Exception;

	private static void cells(Sheet sheet, Values sink) {
		for (Row row : sheet) {
			sink.row(row.getRowNum() + 1);
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.NUMERIC) {
					sink.cell(cell.getColumnIndex(), Double.toString(cell.getNumericCellValue()), false);
				}
				else if (cell.getCellType() == CellType.STRING) {
					sink.cell(cell.getColumnIndex(), cell.getStringCellValue(), true);
				}
			}
		}
	}

	/** Takes the values read: counts them and checksums them, numbers in one canonical form. */
	static final class Values {

		long rows;

		long cells;

		long checksum;

		private long row;

		void row(int number) {
			rows++;
			row = number;
		}

		void count() {
			cells++;
		}

		void cell(int column, String value, boolean mayBeNumber) {
			cells++;
			String canonical = value;
			if (mayBeNumber && !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == '-')) {
				try {
					canonical = Double.toString(Double.parseDouble(value));
				}
				catch (NumberFormatException ex) {
					// text that starts with a digit
				}
			}
			checksum += (row * 131 + column) * 1_000_003L ^ canonical.hashCode();
		}
	}
}
