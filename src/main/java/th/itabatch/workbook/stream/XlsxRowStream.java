package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * Reads the rows of an {@code .xlsx} sheet in one pass: the package's parts are located from its
 * relationships (whatever program wrote it) and the shared strings read once into an array with
 * the aalto StAX parser; the sheet itself, by far the largest part, goes through
 * {@link SheetScanner}, and each row's values are handed out by reference, so memory does not grow
 * with the number of rows and almost nothing is allocated per cell.
 */
public final class XlsxRowStream implements RowStream {

	private static final XMLInputFactory2 FACTORY = factory();

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final ZipFile zip;

	private final String sheetName;

	private final String[] sharedStrings;

	private final InputStream sheet;

	private final SheetScanner scanner;

	private XlsxRowStream(ZipFile zip, String sheetName, String[] sharedStrings, InputStream sheet) {
		this.zip = zip;
		this.sheetName = sheetName;
		this.sharedStrings = sharedStrings;
		this.sheet = sheet;
		this.scanner = new SheetScanner(sheet, sharedStrings);
	}

	private static XMLInputFactory2 factory() {
		XMLInputFactory2 factory = new InputFactoryImpl();
		factory.configureForSpeed();
		// A workbook has no business with DTDs or external entities.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	/** Opens the first visible sheet. */
	public static XlsxRowStream open(Path file) throws IOException {
		ZipFile zip = new ZipFile(file.toFile());
		try {
			Parts parts = Parts.of(zip);
			String[] strings = parts.sharedStrings == null ? new String[0] : sharedStrings(zip, parts.sharedStrings);
			return new XlsxRowStream(zip, parts.sheetName, strings, zip.getInputStream(entry(zip, parts.sheet)));
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			zip.close();
			throw ex instanceof IOException io ? io : new IOException("not a readable workbook: " + ex.getMessage(), ex);
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
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
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

	private static String[] sharedStrings(ZipFile zip, String path) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		try (InputStream in = zip.getInputStream(entry(zip, path))) {
			XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
			StringBuilder text = new StringBuilder();
			int phonetic = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if ("si".equals(name)) {
						text.setLength(0);
					}
					else if ("rPh".equals(name)) {
						phonetic++;
					}
					else if ("t".equals(name) && phonetic == 0) {
						text.append(xml.getElementText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if ("si".equals(name)) {
						strings.add(text.toString());
					}
					else if ("rPh".equals(name)) {
						phonetic--;
					}
				}
			}
			xml.closeCompletely();
		}
		return strings.toArray(String[]::new);
	}

	private static ZipEntry entry(ZipFile zip, String path) throws IOException {
		ZipEntry entry = zip.getEntry(path);
		if (entry == null) {
			throw new IOException("the workbook has no part " + path);
		}
		return entry;
	}

	/** Where the first visible sheet and the shared strings are, from the package's relationships. */
	private record Parts(String sheet, String sheetName, String sharedStrings) {

		static Parts of(ZipFile zip) throws IOException, XMLStreamException {
			String workbook = target(relationships(zip, "_rels/.rels"), "/officeDocument", "", "xl/workbook.xml");
			String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
			String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
			Map<String, String[]> relations = relationships(zip, rels);
			String sheetId = null;
			String sheetName = null;
			try (InputStream in = zip.getInputStream(entry(zip, workbook))) {
				XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
				while (xml.hasNext() && sheetId == null) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
						String state = xml.getAttributeValue(null, "state");
						if (state == null || state.equals("visible")) {
							sheetId = xml.getAttributeValue(RELATIONSHIPS, "id");
							sheetName = xml.getAttributeValue(null, "name");
						}
					}
				}
				xml.closeCompletely();
			}
			if (sheetId == null || !relations.containsKey(sheetId)) {
				throw new IOException("the workbook has no visible sheet");
			}
			String sheet = resolve(folder, relations.get(sheetId)[1]);
			String strings = target(relations, "/sharedStrings", folder, null);
			return new Parts(sheet, sheetName, strings);
		}

		private static String target(Map<String, String[]> relations, String typeSuffix, String folder, String fallback) {
			for (String[] relation : relations.values()) {
				if (relation[0].endsWith(typeSuffix)) {
					return resolve(folder, relation[1]);
				}
			}
			return fallback;
		}

		private static String resolve(String folder, String target) {
			return target.startsWith("/") ? target.substring(1) : folder + target;
		}

		/** Relationship id → { type, target }. */
		private static Map<String, String[]> relationships(ZipFile zip, String path) throws IOException, XMLStreamException {
			Map<String, String[]> relations = new HashMap<>();
			ZipEntry entry = zip.getEntry(path);
			if (entry == null) {
				return relations;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
						relations.put(xml.getAttributeValue(null, "Id"),
								new String[] { xml.getAttributeValue(null, "Type"), xml.getAttributeValue(null, "Target") });
					}
				}
				xml.closeCompletely();
			}
			return relations;
		}
	}
}
