package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Both engines save their documents' XML deflated at zlib's fastest level and their pictures as they are. */
class PackageZipStreamTests {

	private static final String TEXT = "ร้อยละของกิจกรรมที่ดำเนินการแล้วเสร็จ";

	/** Every part of the package, checked against deflating its content at the level it should have. */
	private static void assertDeflatedFast(byte[] document) throws Exception {
		try (ZipFile zip = ZipFile.builder().setByteArray(document).get()) {
			List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
			assertThat(entries).isNotEmpty();
			for (ZipArchiveEntry entry : entries) {
				byte[] content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.DEFLATED);
				if (PackageZipStream.compressed(entry.getName())) {
					// Stored blocks: the picture as it is, behind a few bytes of headers.
					assertThat(entry.getCompressedSize()).as(entry.getName()).isBetween(entry.getSize(), entry.getSize() + 64);
				}
				else {
					assertThat(entry.getCompressedSize()).as(entry.getName())
						.isEqualTo(Deflated.size(content, Deflater.BEST_SPEED));
				}
			}
			// Not true of every part at the default level: the test tells the levels apart.
			assertThat(entries.stream().anyMatch(entry -> entry.getCompressedSize() != Deflated.size(content(zip, entry),
					Deflater.DEFAULT_COMPRESSION))).isTrue();
		}
	}

	private static byte[] content(ZipFile zip, ZipArchiveEntry entry) {
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readAllBytes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theExcelEnginesDocumentIsDeflatedFastAndOpens() throws Exception {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("รายงาน");
			sheet.createRow(0).createCell(0).setCellValue("${text}");
			Drawing<?> drawing = sheet.createDrawingPatriarch();
			ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
			Comment area = drawing.createCellComment(anchor);
			area.setString(workbook.getCreationHelper().createRichTextString("jx:area(lastCell=\"A1\")"));
			sheet.getRow(0).getCell(0).setCellComment(area);
			workbook.write(template);
		}
		ByteArrayOutputStream filled = new ByteArrayOutputStream();
		new XlsxTemplateEngine().fill(new ByteArrayInputStream(template.toByteArray()), Map.of("text", TEXT), filled);

		assertDeflatedFast(filled.toByteArray());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled.toByteArray()))) {
			assertThat(workbook.getSheet("รายงาน").getRow(0).getCell(0).getStringCellValue()).isEqualTo(TEXT);
		}
	}

	@Test
	void theWordEnginesDocumentIsDeflatedFastWithItsChartStoredAndOpens() throws Exception {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("{{text}}");
			document.createParagraph().createRun().setText("{{@chart}}");
			// Enough text that some part deflates differently at the default level.
			for (int i = 0; i < 40; i++) {
				document.createParagraph().createRun().setText("ย่อหน้าที่ " + i + " " + TEXT);
			}
			document.write(template);
		}
		ByteArrayOutputStream filled = new ByteArrayOutputStream();
		IndicatorChart chart = new IndicatorChart(List.of("การรับรู้การปฏิบัติงาน", "การใช้งบประมาณ"),
				List.of(new BigDecimal("97.11"), new BigDecimal("85.40")), new BigDecimal("92.50"), List.of("97.11", "85.40"),
				"เป้าหมาย ร้อยละ 92.50");
		new DocxTemplateEngine().fill(new ByteArrayInputStream(template.toByteArray()), Map.of("text", TEXT, "chart", chart),
				filled);

		assertDeflatedFast(filled.toByteArray());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(filled.toByteArray()))) {
			List<String> paragraphs = new ArrayList<>();
			document.getParagraphs().forEach(paragraph -> paragraphs.add(paragraph.getText()));
			assertThat(paragraphs.get(0)).isEqualTo(TEXT);
			assertThat(document.getAllPictures()).singleElement()
				.satisfies(picture -> assertThat(picture.getData()).isEqualTo(chart.png()));
		}
	}
}
