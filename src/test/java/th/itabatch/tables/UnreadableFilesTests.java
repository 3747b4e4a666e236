package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.WorkbookOpener;

/** Files that are no workbook, or cannot be read as one, each told apart in its message. */
class UnreadableFilesTests {

	private final WorkbookContentReader reader = TestTables.reader(InputDefaults.none());

	private Message only(String name, byte[] bytes) {
		WorkbookContent content = reader.read(name, bytes);
		assertThat(content.messages()).hasSize(1);
		Message message = content.messages().get(0);
		assertThat(message.isError()).isTrue();
		assertThat(message.sheet()).isNull();
		return message;
	}

	@Test
	void aCsvFileOfScoresIsNotAWorkbookAndOnlyASurveysCsvIsRead() {
		Message message = only("scores.xlsx", "ตัวชี้วัด,คะแนน\nการปฏิบัติหน้าที่,97.11\n".getBytes(StandardCharsets.UTF_8));
		assertThat(message.code()).isEqualTo("FILE_FORMAT");
		assertThat(message.english()).isEqualTo("this file is not an Excel workbook "
				+ "(a CSV that is no survey export; save it as .xlsx); only .xlsx, .xlsm and .xls are accepted (and a survey's "
				+ "responses as CSV)");
	}

	@Test
	void anEmptyFileAndAPdfAreNotWorkbooks() {
		assertThat(only("empty.xlsx", new byte[0]).english()).contains("empty file");
		assertThat(only("report.xls", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).english()).contains("PDF");
	}

	@Test
	void aPasswordProtectedWorkbookIsToldApart() throws Exception {
		assertThat(only("scores.xlsx", encrypted()).code()).isEqualTo("FILE_ENCRYPTED");
	}

	@Test
	void anExcel95WorkbookIsToldToBeSavedAsXlsx() throws Exception {
		assertThat(only("scores.xls", excel95()).english()).contains("Excel 5.0/95");
	}

	@Test
	void anUploadIsRefusedAtTheDoorOnlyWhenItIsNoWorkbookAtAll() throws Exception {
		byte[] plain = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		assertThat(WorkbookOpener.notAWorkbook(plain)).isEmpty();
		// Damaged and protected workbooks are taken in, to get their located messages in the inbox.
		assertThat(WorkbookOpener.notAWorkbook(Arrays.copyOf(plain, plain.length / 2))).isEmpty();
		assertThat(WorkbookOpener.notAWorkbook(encrypted())).isEmpty();
		assertThat(WorkbookOpener.notAWorkbook("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
			.hasValueSatisfying(kind -> assertThat(kind).contains("เอกสาร PDF", "PDF document"));
		assertThat(WorkbookOpener.notAWorkbook(zip("word/document.xml", "<w/>")))
			.hasValueSatisfying(kind -> assertThat(kind).contains("Word document (.docx)"));
		assertThat(WorkbookOpener.notAWorkbook(excel95())).hasValueSatisfying(kind -> assertThat(kind).contains("Excel 5.0/95"));
	}

	private static byte[] encrypted() throws Exception {
		byte[] plain = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("secret");
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain);
			}
			fs.writeFilesystem(encrypted);
		}
		return encrypted.toByteArray();
	}

	/** An OLE2 file with the "Book" stream Excel 5.0/95 wrote, where Excel 97 and later write "Workbook". */
	private static byte[] excel95() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(new byte[64]), "Book");
			fs.writeFilesystem(out);
		}
		return out.toByteArray();
	}

	@Test
	void aTruncatedWorkbookIsCorrupt() {
		byte[] plain = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		assertThat(only("scores.xlsx", Arrays.copyOf(plain, plain.length / 2)).code()).isEqualTo("FILE_CORRUPT");
	}

	@Test
	void otherZipDocumentsAreNamed() throws Exception {
		assertThat(only("scores.xlsx", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")).english())
			.contains("OpenDocument spreadsheet");
		assertThat(only("scores.xlsx", zip("word/document.xml", "<w/>")).english()).contains("Word");
	}

	private static byte[] zip(String entry, String content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
