package th.itabatch.workbook.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.workbook.LimitExceededException;
import th.itabatch.workbook.WorkbookLimits;

/** CSV files as forms and spreadsheets save them, read as rows; and what stops one at a limit. */
class CsvRowStreamTests {

	@TempDir
	Path folder;

	/** Each row read as "number:value;value;", a null value as "null". */
	private static String read(Path file, WorkbookLimits limits) throws IOException {
		StringBuilder all = new StringBuilder();
		try (RowStream rows = RowStreams.open(file, limits)) {
			assertThat(rows).isInstanceOf(CsvRowStream.class);
			while (rows.next()) {
				all.append(rows.rowNumber()).append(':');
				for (int c = 0; c < rows.width(); c++) {
					all.append(rows.value(c)).append(';');
				}
				all.append('\n');
			}
		}
		return all.toString();
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}

	@Test
	void quotedValuesHoldSeparatorsQuotesAndLineBreaksAndEachRecordIsARow() throws Exception {
		Path file = write("ผลตอบ.csv", ("\"ประทับเวลา\",\"I1 ข้อคำถาม, \"\"ตามที่รับรู้\"\"\nโปรดตอบ\",หน่วยงาน\r\n"
				+ "2024/06/14 10:23:11 AM GMT+7,มากที่สุด,\"กองคลัง \"\r\n"
				+ "\r\n"
				+ ",,\n"
				+ "2024/06/14 10:25:00 AM GMT+7,,กค.").getBytes(StandardCharsets.UTF_8));

		try (RowStream rows = RowStreams.open(file, WorkbookLimits.DEFAULTS)) {
			assertThat(rows.sheetName()).as("the file's name without .csv").isEqualTo("ผลตอบ");
		}
		// Rows without values are passed over and keep their numbers, as a spreadsheet shows the file.
		assertThat(read(file, WorkbookLimits.DEFAULTS)).isEqualTo("""
				1:ประทับเวลา;I1 ข้อคำถาม, "ตามที่รับรู้"
				โปรดตอบ;หน่วยงาน;
				2:2024/06/14 10:23:11 AM GMT+7;มากที่สุด;กองคลัง ;
				5:2024/06/14 10:25:00 AM GMT+7;null;กค.;
				""");
	}

	@Test
	void theSeparatorIsTheOneTheFirstLineUses() throws Exception {
		assertThat(read(write("semicolons.csv", "I1;I2;\"a;b\"\n1;2;3".getBytes(StandardCharsets.UTF_8)),
				WorkbookLimits.DEFAULTS)).isEqualTo("1:I1;I2;a;b;\n2:1;2;3;\n");
		assertThat(read(write("tabs.csv", "I1\tI2, I3\n1\t2".getBytes(StandardCharsets.UTF_8)), WorkbookLimits.DEFAULTS))
			.isEqualTo("1:I1;I2, I3;\n2:1;2;\n");
	}

	@Test
	void utf8WithItsMarkUtf16AndThaiWindowsAreEachRead() throws Exception {
		byte[] text = "หน่วยงาน,I1\nกองคลัง,มาก".getBytes(StandardCharsets.UTF_8);
		byte[] marked = new byte[text.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(text, 0, marked, 3, text.length);
		String expected = "1:หน่วยงาน;I1;\n2:กองคลัง;มาก;\n";
		assertThat(read(write("utf8-bom.csv", marked), WorkbookLimits.DEFAULTS)).isEqualTo(expected);
		byte[] utf16 = "\uFEFFหน่วยงาน\tI1\nกองคลัง\tมาก".getBytes(StandardCharsets.UTF_16LE);
		assertThat(read(write("unicode.txt", utf16), WorkbookLimits.DEFAULTS)).as("Excel's Unicode text").isEqualTo(expected);
		byte[] thai = "หน่วยงาน,I1\nกองคลัง,มาก".getBytes(Charset.forName("x-windows-874"));
		assertThat(read(write("windows.csv", thai), WorkbookLimits.DEFAULTS)).as("Thai Windows' CSV").isEqualTo(expected);
	}

	@Test
	void otherTextIsNoCsvAndAWorkbookIsAWorkbook() throws Exception {
		byte[] html = "<html><table><tr><td>I1</td></tr></table></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(CsvRowStream.isText(html, html.length)).isFalse();
		byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(CsvRowStream.isText(pdf, pdf.length)).isFalse();
		byte[] binary = { 'I', '1', 0, 1, 2 };
		assertThat(CsvRowStream.isText(binary, binary.length)).isFalse();
		assertThat(RowStreams.isWorkbook(write("a.csv", "I1,I2".getBytes(StandardCharsets.UTF_8)))).isFalse();
		assertThat(RowStreams.isWorkbook(write("a.xlsx", new byte[] { 'P', 'K', 3, 4 }))).isTrue();
	}

	@Test
	void aValueTooLongOrARecordTooWideStopsTheReadingAtItsLimit() throws Exception {
		WorkbookLimits d = WorkbookLimits.DEFAULTS;
		WorkbookLimits small = new WorkbookLimits(d.maxFileBytes(), d.maxZipEntries(), d.maxPartBytes(), d.maxTotalBytes(),
				d.maxExpansionRatio(), d.ratioCheckedFromBytes(), d.maxCells(), d.maxWholeReadBytes(), d.maxSharedStrings(),
				d.maxSharedStringChars(), 100, 20, 3);
		// An opening quote never closed: without the limit, the whole file would be one value.
		Path unclosed = write("unclosed.csv", ("I1,\"" + "ก".repeat(500)).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(unclosed, small)).isInstanceOf(LimitExceededException.class)
			.hasMessageContaining("100 characters");
		Path wide = write("wide.csv", ",".repeat(30).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(wide, small)).isInstanceOf(LimitExceededException.class)
			.hasMessageContaining("20 values");
		Path rows = write("rows.csv", "a\nb\nc\nd\n".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(rows, small)).isInstanceOf(LimitExceededException.class)
			.hasMessageContaining("more than 3 records");
	}
}
