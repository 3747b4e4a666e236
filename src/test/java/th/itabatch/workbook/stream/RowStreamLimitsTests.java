package th.itabatch.workbook.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.itabatch.workbook.LimitExceededException;
import th.itabatch.workbook.WorkbookLimits;

/**
 * Hostile files stop the streaming readers at a limit, with a {@link LimitExceededException} naming
 * its setting, before the memory or the time they ask for is spent: bombs of a few hundred KB that
 * inflate to hundreds of MB, references outside the grid, counts no one should trust.
 */
class RowStreamLimitsTests {

	private static final long HUNDRED_MB = 100L << 20;

	@TempDir
	Path folder;

	private static String read(Path file) throws IOException {
		return read(file, WorkbookLimits.DEFAULTS);
	}

	/** Every value read, for a reading that should have stopped. */
	private static String read(Path file, WorkbookLimits limits) throws IOException {
		StringBuilder all = new StringBuilder();
		try (RowStream rows = RowStreams.open(file, limits)) {
			while (rows.next()) {
				all.append(rows.rowNumber()).append(':');
				for (int c = 0; c < rows.width(); c++) {
					all.append(rows.value(c)).append(';');
				}
			}
		}
		return all.toString();
	}

	private static WorkbookLimits limits(int maxRows, int maxZipEntries, long maxFileBytes) {
		WorkbookLimits d = WorkbookLimits.DEFAULTS;
		return new WorkbookLimits(maxFileBytes, maxZipEntries, d.maxPartBytes(), d.maxTotalBytes(), d.maxExpansionRatio(),
				d.ratioCheckedFromBytes(), d.maxCells(), d.maxWholeReadBytes(), d.maxSharedStrings(), d.maxSharedStringChars(), d.maxCellChars(),
				d.maxColumns(), maxRows);
	}

	private static WorkbookLimits partLimits(long maxPartBytes, int maxExpansionRatio, long ratioCheckedFromBytes) {
		WorkbookLimits d = WorkbookLimits.DEFAULTS;
		return new WorkbookLimits(d.maxFileBytes(), d.maxZipEntries(), maxPartBytes, d.maxTotalBytes(), maxExpansionRatio,
				ratioCheckedFromBytes, d.maxCells(), d.maxWholeReadBytes(), d.maxSharedStrings(), d.maxSharedStringChars(), d.maxCellChars(),
				d.maxColumns(), d.maxRows());
	}

	private void assertLimit(Path file, String setting) {
		assertLimit(file, WorkbookLimits.DEFAULTS, setting);
	}

	private void assertLimit(Path file, WorkbookLimits limits, String setting) {
		assertThatThrownBy(() -> read(file, limits)).isInstanceOf(LimitExceededException.class)
			.hasMessageContaining(setting)
			.satisfies(ex -> assertThat(((LimitExceededException) ex).setting()).isEqualTo(setting));
	}

	@Test
	void aHundredMillionEmptySharedStringsStopAtTheirLimit() throws Exception {
		Path file = folder.resolve("strings-bomb.xlsx");
		RawXlsx.transitional()
			.sharedStrings(out -> RawXlsx.repeat(out, "<si/>", 100_000_000L))
			.write(file, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");

		assertThat(Files.size(file)).isLessThan(4L << 20);
		assertLimit(file, "ita.limits.max-shared-strings");
	}

	@Test
	void eightyMegabytesOfUniqueSharedStringsStopAtTheirLimit() throws Exception {
		// 2,000,000 strings of 40 characters: 80 million, over the 64 million a million-row export needs.
		Path file = folder.resolve("strings-chars.xlsx");
		RawXlsx.transitional().sharedStrings(out -> {
			for (int i = 0; i < 1_900_000; i++) {
				out.write("<si><t>");
				out.write(String.format("%040d", i));
				out.write("</t></si>");
			}
		}).write(file, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");

		assertLimit(file, "ita.limits.max-shared-string-chars");
	}

	@Test
	void aSharedStringLongerThanACellMayHoldIsRefused() throws Exception {
		Path file = folder.resolve("long-string.xlsx");
		RawXlsx.transitional()
			.sharedStrings("<si><t>ok</t></si><si><r><t>" + "ก".repeat(20_000) + "</t></r><r><t>" + "ข".repeat(20_000)
					+ "</t></r></si>")
			.write(file, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");

		assertLimit(file, "ita.limits.max-cell-chars");
	}

	@Test
	void aHundredMegabyteSharedStringIsRefusedBeforeTheParserBuffersIt() throws Exception {
		Path file = folder.resolve("huge-string.xlsx");
		RawXlsx.transitional()
			.sharedStrings(out -> {
				out.write("<si><t>");
				RawXlsx.repeat(out, "A", HUNDRED_MB);
				out.write("</t></si>");
			})
			.write(file, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");

		assertThat(Files.size(file)).isLessThan(2L << 20);
		assertLimit(file, "ita.limits.max-cell-chars");
	}

	@Test
	void theDeclaredCountOfSharedStringsSizesNothing() throws Exception {
		Path file = folder.resolve("declared.xlsx");
		// RawXlsx declares count and uniqueCount of 2,147,483,647 for a table of two
		RawXlsx.transitional()
			.sharedStrings("<si><t>มาก</t></si><si><t>น้อย</t></si>")
			.write(file, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>99999999999999</v></c></row>");

		assertThat(read(file)).isEqualTo("1:น้อย;");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "inline string,<c r=\"A1\" t=\"inlineStr\"><is><t>,</t></is></c>",
			"value,<c r=\"A1\"><v>,</v></c>",
			"formula's text result,<c r=\"A1\" t=\"str\"><f>1</f><v>,</v></c>" })
	void aHundredMegabyteCellValueIsRefusedBeforeItIsBuffered(String kind, String before, String after) throws Exception {
		Path file = folder.resolve("cell-bomb.xlsx");
		RawXlsx.transitional().write(file, out -> {
			out.write("<row r=\"1\">" + before);
			RawXlsx.repeat(out, "A", HUNDRED_MB);
			out.write(after + "</row>");
		});

		assertThat(Files.size(file)).isLessThan(2L << 20);
		assertLimit(file, "ita.limits.max-cell-chars");
	}

	@Test
	void aCellTextLongerThanExcelAllowsIsRefused() throws Exception {
		Path file = folder.resolve("long-cell.xlsx");
		RawXlsx.transitional()
			.write(file, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(32_767) + "</t></is></c></row>"
					+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(32_768) + "</t></is></c></row>");

		try (RowStream rows = RowStreams.open(file)) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.value(0)).hasSize(32_767);
			assertThatThrownBy(rows::next).isInstanceOf(LimitExceededException.class)
				.hasMessageContaining("ita.limits.max-cell-chars")
				.hasMessageContaining("A2");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "tag name|<row r=\"1\"><c", "attribute value|<row r=\"1\"><c r=\"A1\" s=\"1",
			"formula text|<row r=\"1\"><c r=\"A1\"><f>1" })
	void aHundredMegabyteTagIsRefusedBeforeItIsBuffered(String kind, String before) throws Exception {
		Path file = folder.resolve("tag-bomb.xlsx");
		RawXlsx.transitional().write(file, out -> {
			out.write(before);
			RawXlsx.repeat(out, kind.equals("tag name") ? "c" : "1", HUNDRED_MB);
			out.write(kind.equals("formula text") ? "</f><v>1</v></c></row>" : "\"/></row>");
		});

		if (kind.equals("formula text")) {
			// a formula's text is passed over without being kept, however long
			assertThat(read(file)).isEqualTo("1:1;");
		}
		else {
			assertLimit(file, "ita.limits.max-cell-chars");
		}
	}

	@Test
	void aHundredMegabyteTagNameInTheWorkbookPartIsRefused() throws Exception {
		Path file = folder.resolve("workbook-bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook><".getBytes(StandardCharsets.US_ASCII));
			byte[] name = "w".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < HUNDRED_MB / name.length; i++) {
				zip.write(name);
			}
			zip.write("/></workbook>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}

		assertLimit(file, "ita.limits.max-cell-chars");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ZZZZZZ1,ita.limits.max-columns", "XFE1,ita.limits.max-columns", "ZZZZZZZZZZZZZZZZ1,ita.limits.max-columns" })
	void aCellReferenceOutsideTheGridIsRefused(String reference, String setting) throws Exception {
		Path file = folder.resolve("outside.xlsx");
		RawXlsx.transitional().write(file, "<row r=\"1\"><c r=\"" + reference + "\"><v>1</v></c></row>");

		assertLimit(file, setting);
	}

	@Test
	void theGridsLastCellIsRead() throws Exception {
		Path file = folder.resolve("last.xlsx");
		RawXlsx.transitional()
			.write(file, "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>");

		try (RowStream rows = RowStreams.open(file)) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.rowNumber()).isEqualTo(1_048_576);
			assertThat(rows.width()).isEqualTo(16_384);
			assertThat(rows.value(16_383)).isEqualTo("7");
		}
	}

	@ParameterizedTest(name = "row {0}")
	@CsvSource({ "1048577", "99999999999", "99999999999999999999999999999" })
	void aRowNumberOutsideTheGridIsRefused(String row) throws Exception {
		Path file = folder.resolve("row.xlsx");
		RawXlsx.transitional().write(file, "<row r=\"" + row + "\"><c><v>1</v></c></row>");

		assertLimit(file, "ita.limits.max-rows");
	}

	@ParameterizedTest(name = "row \"{0}\"")
	@CsvSource({ "-5", "0", "1x", "''" })
	void aRowNumberThatIsNoNumberIsRefused(String row) throws Exception {
		Path file = folder.resolve("row.xlsx");
		RawXlsx.transitional().write(file, "<row r=\"" + row + "\"><c><v>1</v></c></row>");

		assertThatThrownBy(() -> read(file)).isInstanceOf(IOException.class)
			.isNotInstanceOf(LimitExceededException.class)
			.hasMessageContaining("row numbered \"" + row + "\"");
	}

	@Test
	void aCellReferenceWithoutAColumnIsRefused() throws Exception {
		Path file = folder.resolve("no-column.xlsx");
		RawXlsx.transitional().write(file, "<row r=\"1\"><c r=\"15\"><v>1</v></c></row>");

		assertThatThrownBy(() -> read(file)).isInstanceOf(IOException.class).hasMessageContaining("\"15\"");
	}

	@Test
	void cellsWithoutReferencesStopAtTheGridsLastColumn() throws Exception {
		Path file = folder.resolve("many-cells.xlsx");
		RawXlsx.transitional().write(file, out -> {
			out.write("<row r=\"1\">");
			RawXlsx.repeat(out, "<c><v>1</v></c>", 16_385);
			out.write("</row>");
		});

		assertLimit(file, "ita.limits.max-columns");
	}

	@Test
	void repeatedCellsOfOneColumnStopAtTheGridsWidth() throws Exception {
		Path file = folder.resolve("same-cell.xlsx");
		RawXlsx.transitional().write(file, out -> {
			out.write("<row r=\"1\">");
			RawXlsx.repeat(out, "<c r=\"A1\"/>", 1_000_000);
			out.write("</row>");
		});

		assertLimit(file, "ita.limits.max-columns");
	}

	@Test
	void moreRowsThanTheGridHoldsAreRefused() throws Exception {
		Path file = folder.resolve("rows.xlsx");
		RawXlsx.transitional().write(file, out -> RawXlsx.repeat(out, "<row r=\"3\"/>", 11));

		assertLimit(file, limits(10, 10_000, 209_715_200L), "ita.limits.max-rows");
	}

	@Test
	void theDeclaredDimensionSizesNothing() throws Exception {
		Path file = folder.resolve("dimension.xlsx");
		RawXlsx.transitional()
			.write(file, "<dimension ref=\"A1:XFD1048576\"/><row r=\"2\" spans=\"1:16384\"><c r=\"B2\"><v>5</v></c></row>");
		try (RowStream rows = RowStreams.open(file)) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.width()).isEqualTo(2);
			assertThat(rows.value(1)).isEqualTo("5");
		}
	}

	@Test
	void aSheetLargerThanAPartMayBeIsStoppedWhereItGoesOver() throws Exception {
		Path file = folder.resolve("large-part.xlsx");
		RawXlsx.transitional().write(file, out -> RawXlsx.repeat(out, "<row><c><v>1</v></c></row>", 100_000));

		assertThat(read(file)).startsWith("1:1;");
		assertLimit(file, partLimits(1_000_000, 500, 104_857_600L), "ita.limits.max-part-bytes");
	}

	@Test
	void aSheetExpandingFurtherThanTheRatioIsStopped() throws Exception {
		Path file = folder.resolve("ratio.xlsx");
		// the same empty row a million times: a compression no real sheet reaches
		RawXlsx.transitional().write(file, out -> {
			out.write("<row r=\"1\"><c><v>1</v></c></row>");
			RawXlsx.repeat(out, "<row r=\"2\"/>", 1_000_000);
		});

		assertLimit(file, partLimits(4_294_967_296L, 50, 1_000_000), "ita.limits.max-expansion-ratio");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
		Path file = folder.resolve("big.xlsx");
		RawXlsx.transitional().write(file, "<row r=\"1\"><c><v>1</v></c></row>");

		assertLimit(file, limits(1_048_576, 10_000, 100), "ita.limits.max-file-bytes");
	}

	@Test
	void aPackageOfTooManyPartsIsRefused() throws Exception {
		Path file = folder.resolve("parts.xlsx");
		RawXlsx.transitional().write(file, "<row r=\"1\"><c><v>1</v></c></row>");

		assertLimit(file, limits(1_048_576, 3, 209_715_200L), "ita.limits.max-zip-entries");
	}

	@ParameterizedTest(name = "{0}")
	// Text is a CSV's (CsvRowStreamTests), not a web page's.
	@CsvSource({ "empty,''", "web page,<html><table><tr><td>I1</td></tr></table>", "PDF,%PDF-1.7 xxxxxxxx", "broken zip,PK\u0003\u0004garbage",
			"broken OLE2,\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1 garbage" })
	void aFileThatIsNoWorkbookIsRefusedWithAPlainIOException(String kind, String content) throws Exception {
		Path file = folder.resolve("not.xlsx");
		Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> RowStreams.open(file).close()).isInstanceOf(IOException.class)
			.isNotInstanceOf(LimitExceededException.class);
	}

	@Test
	void aZipThatIsNoWorkbookIsRefusedWithAPlainIOException() throws Exception {
		Path file = folder.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}

		assertThatThrownBy(() -> RowStreams.open(file).close()).isInstanceOf(IOException.class)
			.hasMessageContaining("no part xl/workbook.xml");
	}
}
