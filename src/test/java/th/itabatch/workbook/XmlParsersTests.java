package th.itabatch.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/** POI's parts parsed with one parser per thread: the same results, the same refusals, on any thread. */
class XmlParsersTests {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@BeforeAll
	static void reuse() {
		XmlParsers.reusePerThread();
	}

	private static String sheet(String text) {
		return "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
				+ "</t></is></c></row></sheetData></worksheet>";
	}

	private static String firstText(String xml) throws XmlException {
		return WorksheetDocument.Factory.parse(xml, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
			.getWorksheet()
			.getSheetData()
			.getRowArray(0)
			.getCArray(0)
			.getIs()
			.getT();
	}

	@Test
	void aDoctypeIsRefusedAndTheThreadsParserStillWorksAfterIt() throws Exception {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
		assertThatThrownBy(() -> firstText(xxe + sheet("&xxe;"))).isInstanceOf(XmlException.class)
			.hasMessageContaining("DOCTYPE");
		assertThat(firstText(sheet("กองคลัง"))).isEqualTo("กองคลัง");
		assertThatThrownBy(() -> firstText(sheet("unclosed") + "<")).isInstanceOf(XmlException.class);
		assertThat(firstText(sheet("กองคลัง 2"))).isEqualTo("กองคลัง 2");
	}

	@Test
	void threadsParsingAtOnceEachGetTheirOwnDocument() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String text = "หน่วยงาน " + i;
				results.add(pool.submit((Callable<String>) () -> firstText(sheet(text))));
			}
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).isEqualTo("หน่วยงาน " + i);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theThreadsParserForgetsTheNamesOfEachDocumentItRead() throws Exception {
		assertThat(firstText(sheet("กองคลัง"))).isEqualTo("กองคลัง");
		assertThat(POIXMLTypeLoader.DEFAULT_XML_OPTIONS.getLoadUseXMLReader().getFeature(XmlParsers.RESET_NAMES))
			.as("a hostile workbook's millions of names are not kept by the thread").isTrue();
	}

	@Test
	void callingItAgainChangesNothing() {
		Object reader = POIXMLTypeLoader.DEFAULT_XML_OPTIONS.getLoadUseXMLReader();
		XmlParsers.reusePerThread();
		assertThat(POIXMLTypeLoader.DEFAULT_XML_OPTIONS.getLoadUseXMLReader()).isNotNull().isSameAs(reader);
	}
}
