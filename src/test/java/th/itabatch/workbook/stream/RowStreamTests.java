package th.itabatch.workbook.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SurveyExports;

/** The streaming reader gives the same values as POI's usermodel, whichever program wrote the file. */
class RowStreamTests {

	@TempDir
	Path folder;

	/** Every row as "row:col=value;…", numbers in one canonical form. */
	private static List<String> viaStream(Path file) throws Exception {
		List<String> rows = new ArrayList<>();
		try (RowStream stream = RowStreams.open(file)) {
			while (stream.next()) {
				StringBuilder row = new StringBuilder(stream.rowNumber() + ":");
				for (int c = 0; c < stream.width(); c++) {
					String value = stream.value(c);
					if (value != null && !value.isEmpty()) {
						row.append(c).append('=').append(canonical(value)).append(';');
					}
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	private static List<String> viaUsermodel(Path file) throws Exception {
		List<String> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				StringBuilder text = new StringBuilder((row.getRowNum() + 1) + ":");
				boolean any = false;
				for (Cell cell : row) {
					// A formula saved without its result (openpyxl) holds no value; POI would say 0.
					if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xssf && cell.getCellType() == CellType.FORMULA
							&& (!xssf.getCTCell().isSetV() || xssf.getCTCell().getV().isEmpty())) {
						continue;
					}
					CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
					String value = switch (type) {
						case NUMERIC -> Double.toString(cell.getNumericCellValue());
						case STRING -> cell.getStringCellValue();
						case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
						default -> "";
					};
					if (!value.isEmpty()) {
						text.append(cell.getColumnIndex()).append('=').append(canonical(value)).append(';');
						any = true;
					}
				}
				if (any) {
					rows.add(text.toString());
				}
			}
		}
		return rows;
	}

	private static String canonical(String value) {
		try {
			return Double.toString(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "openpyxl-scores.xlsx", "openpyxl-plan.xlsx", "libreoffice-scores.xlsx",
			"libreoffice-plan.xlsx", "libreoffice-scores.xls", "libreoffice-plan.xls" })
	void workbooksFromOtherProgramsReadTheSame(String name) throws Exception {
		Path file = folder.resolve(name);
		try (InputStream in = getClass().getResourceAsStream("/workbooks/" + name)) {
			Files.copy(in, file);
		}
		assertThat(viaStream(file)).isEqualTo(viaUsermodel(file)).isNotEmpty();
	}

	@Test
	void sharedAndInlineStringExportsReadTheSame() throws Exception {
		Path shared = folder.resolve("shared.xlsx");
		Path inline = folder.resolve("inline.xlsx");
		SurveyExports.write(shared, 300, true, 7);
		SurveyExports.write(inline, 300, false, 7);

		List<String> rows = viaStream(shared);

		assertThat(rows).hasSize(301).isEqualTo(viaUsermodel(shared)).isEqualTo(viaStream(inline));
	}

	@Test
	void theExampleWorkbooksReadTheSame() throws Exception {
		Path plan = folder.resolve("plan.xlsx");
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), plan);
		assertThat(viaStream(plan)).isEqualTo(viaUsermodel(plan));
	}

	/**
	 * A sheet written by hand as some exporters do: prefixed element names, rows and cells without
	 * references, entities, rich-text and phonetic runs in shared strings, a formula's cached text,
	 * booleans, an empty self-closed cell.
	 */
	@Test
	void unusualButValidMarkupIsRead() throws Exception {
		Path file = folder.resolve("hand.xlsx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
			put(zip, "_rels/.rels", """
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			put(zip, "xl/workbook.xml", """
					<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<x:sheets><x:sheet name="ซ่อน" sheetId="1" state="hidden" r:id="rId2"/><x:sheet name="คำตอบ" sheetId="2" r:id="rId1"/></x:sheets></x:workbook>""");
			put(zip, "xl/_rels/workbook.xml.rels", """
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/answers.xml"/>
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/hidden.xml"/>
					<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
					</Relationships>""");
			put(zip, "xl/strings.xml", """
					<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
					<si><t>มากที่สุด</t></si>
					<si><r><rPr><b/></rPr><t>มาก</t></r><r><t xml:space="preserve">ที่สุด </t></r><rPh><t>phonetic</t></rPh></si>
					<si><t>A &amp; B &lt;x&gt; &#3585;</t></si>
					</sst>""");
			put(zip, "xl/worksheets/hidden.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>9</v></c></row></sheetData></worksheet>");
			put(zip, "xl/worksheets/answers.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- comment <row> -->
					<x:sheetData>
					<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>
					<x:row><x:c t="inlineStr"><x:is><x:t>in</x:t><x:r><x:t>line &quot;q&quot;</x:t></x:r></x:is></x:c><x:c s="3"/><x:c t="b"><x:v>1</x:v></x:c></x:row>
					<x:row r="5"><x:c r="B5" t="str"><x:f>A1&amp;"x"</x:f><x:v>มากที่สุดx</x:v></x:c><x:c r="AA5"><x:v>97.11</x:v></x:c><x:c r="AB5" t="s"><x:v>2</x:v></x:c></x:row>
					<x:row r="6" spans="1:3"/>
					</x:sheetData></x:worksheet>""");
		}

		try (RowStream rows = RowStreams.open(file)) {
			assertThat(rows.sheetName()).isEqualTo("คำตอบ");
			assertThat(rows.next()).isTrue();
			assertThat(rows.rowNumber()).isEqualTo(1);
			assertThat(rows.value(0)).isEqualTo("มากที่สุด");
			assertThat(rows.value(1)).isNull();
			assertThat(rows.value(2)).isEqualTo("มากที่สุด ");
			assertThat(rows.next()).isTrue();
			assertThat(rows.rowNumber()).isEqualTo(2);
			assertThat(rows.value(0)).isEqualTo("inline \"q\"");
			assertThat(rows.value(1)).isNull();
			assertThat(rows.value(2)).isEqualTo("TRUE");
			assertThat(rows.next()).isTrue();
			assertThat(rows.rowNumber()).isEqualTo(5);
			assertThat(rows.value(1)).isEqualTo("มากที่สุดx");
			assertThat(rows.value(26)).isEqualTo("97.11");
			assertThat(rows.value(27)).isEqualTo("A & B <x> ก");
			assertThat(rows.next()).as("a row without cells is passed over, the sheet ends").isFalse();
		}
	}

	private static void put(ZipOutputStream zip, String name, String content) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
