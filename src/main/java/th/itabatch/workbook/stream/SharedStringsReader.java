package th.itabatch.workbook.stream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;

import th.itabatch.workbook.WorkbookLimits;

/**
 * Reads a workbook's shared-strings table into an array, holding it to the limits while it reads:
 * the number of entries and all their characters are counted as they come (the declared
 * {@code count} and {@code uniqueCount} are never trusted to size anything), and a string longer
 * than a cell may hold stops the reading, so no table, however it was crafted, can fill the memory.
 */
final class SharedStringsReader {

	private SharedStringsReader() {
	}

	static String[] read(BoundedPartStream in, String part, WorkbookLimits limits) throws IOException {
		List<String> strings = new ArrayList<>();
		long chars = 0;
		try {
			XMLStreamReader2 xml = StaxInput.reader(in);
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
						if (text.length() > limits.maxCellChars()) {
							throw Exceeded.cellChars("in shared string " + Exceeded.number(strings.size() + 1L), limits);
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if ("si".equals(name)) {
						if (strings.size() >= limits.maxSharedStrings()) {
							throw Exceeded.sharedStrings(limits);
						}
						chars += text.length();
						if (chars > limits.maxSharedStringChars()) {
							throw Exceeded.sharedStringChars(limits);
						}
						strings.add(EscapedText.decode(text.toString()));
					}
					else if ("rPh".equals(name)) {
						phonetic--;
					}
				}
			}
			xml.closeCompletely();
		}
		catch (XMLStreamException ex) {
			throw StaxInput.failure(ex, in, part);
		}
		return strings.toArray(String[]::new);
	}
}
