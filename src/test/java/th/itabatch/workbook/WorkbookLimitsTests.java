package th.itabatch.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.examples.ExampleWorkbooks;

/** The limits are checked before POI builds anything, and a file over one is told which and how to raise it. */
class WorkbookLimitsTests {

	private static final WorkbookLimits SMALL = new WorkbookLimits(10_000_000L, 50, 2_000_000L, 3_000_000L, 100, 100_000L,
			1_000L, 33_554_432L, 1_000, 100_000L, 32_767, 16_384, 1_048_576);

	@TempDir
	Path work;

	@Test
	void aRealWorkbookKeepsTheLimits() throws Exception {
		Path file = work.resolve("scores.xlsx");
		Files.write(file, ExampleWorkbooks.bytes(ExampleWorkbooks.scores()));

		WorkbookOpener.check(file, WorkbookLimits.DEFAULTS);
		WorkbookOpener.check(file, SMALL);
		WorkbookOpener.open(Files.readAllBytes(file), SMALL).close();
	}

	@Test
	void cellsAreCountedWithoutBuildingTheWorkbook() throws Exception {
		Path dense = work.resolve("dense.xlsx");
		Files.write(dense, workbook(sheet(2_000)));

		assertThatExceptionOfType(UnreadableWorkbookException.class).isThrownBy(() -> WorkbookOpener.check(dense, SMALL))
			.satisfies(ex -> {
				assertThat(ex.reason()).isEqualTo(UnreadableWorkbookException.Reason.TOO_LARGE);
				assertThat(ex.detail()).contains("2,000 cells", "ita.limits.max-cells");
			});
		assertThat(WorkbookOpener.notAWorkbook(Files.readAllBytes(dense))).as("the upload check only lists parts").isEmpty();
	}

	@Test
	void partsAreCountedAsTheyInflateNotAsTheZipDeclares() throws Exception {
		Path big = work.resolve("big.xlsx");
		// Three megabytes of spaces in one part: a few KB on disk, over the part limit once inflated.
		Files.write(big, workbook(RawSheet.START + " ".repeat(3_000_000) + RawSheet.END));

		assertThatExceptionOfType(UnreadableWorkbookException.class).isThrownBy(() -> WorkbookOpener.check(big, SMALL))
			.satisfies(ex -> assertThat(ex.detail()).contains("ita.limits.max-part-bytes"));
	}

	@Test
	void tooManyPartsAndTooLargeFilesAreRefused() throws Exception {
		ByteArrayOutputStream many = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(many)) {
			for (int i = 0; i < 60; i++) {
				zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
				zip.closeEntry();
			}
		}
		Path parts = work.resolve("parts.xlsx");
		Files.write(parts, many.toByteArray());
		Path large = work.resolve("large.xls");
		Files.write(large, new byte[64_000]);

		assertThatExceptionOfType(UnreadableWorkbookException.class).isThrownBy(() -> WorkbookOpener.check(parts, SMALL))
			.satisfies(ex -> assertThat(ex.detail()).contains("ita.limits.max-zip-entries"));
		WorkbookLimits tiny = new WorkbookLimits(1_000L, 50, 2_000_000L, 3_000_000L, 100, 100_000L, 1_000L, 33_554_432L, 1_000, 100_000L,
				32_767, 16_384, 1_048_576);
		assertThatExceptionOfType(UnreadableWorkbookException.class).isThrownBy(() -> WorkbookOpener.check(large, tiny))
			.satisfies(ex -> assertThat(ex.detail()).contains("ita.limits.max-file-bytes"));
	}

	private static String sheet(int cells) {
		StringBuilder xml = new StringBuilder(RawSheet.START);
		for (int r = 1; r <= cells / 10; r++) {
			xml.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < 10; c++) {
				xml.append("<x:c><x:v>1</x:v></x:c>");
			}
			xml.append("</row>");
		}
		return xml.append(RawSheet.END).toString();
	}

	private static byte[] workbook(String sheet) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(sheet.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** The frame of a worksheet's XML, with a namespace prefix as some writers use. */
	private static final class RawSheet {

		static final String START = "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>";

		static final String END = "</x:sheetData></x:worksheet>";
	}
}
