package th.itabatch.workbook.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming readers forgive what real writers save: ISO dates in {@code t="d"} cells, Excel's
 * {@code _xHHHH_} escapes, parts in folders of the writer's choosing, Strict OOXML, and {@code .xls}
 * formula results of every type, numbers to their full precision.
 */
class RowStreamFormatsTests {

	@TempDir
	Path folder;

	/** Each row as "row: value | value | …", an empty cell as "-". */
	private static List<String> rows(Path file) throws IOException {
		List<String> rows = new ArrayList<>();
		try (RowStream stream = RowStreams.open(file)) {
			while (stream.next()) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < stream.width(); c++) {
					values.add(stream.value(c) == null ? "-" : stream.value(c));
				}
				rows.add(stream.rowNumber() + ": " + String.join(" | ", values));
			}
		}
		return rows;
	}

	@Test
	void isoDateCellsReadAsTheirExcelSerialNumber() throws Exception {
		Path file = folder.resolve("dates.xlsx");
		RawXlsx.transitional().write(file, """
				<row r="1"><c r="A1" t="d"><v>2021-06-14T08:00:07Z</v></c><c r="B1" t="d"><v>2021-06-14</v></c>\
				<c r="C1" t="d"><v>2021-06-14T12:00:00+07:00</v></c><c r="D1" t="d"><v>12:00:00</v></c>\
				<c r="E1" t="d"><v>1850-01-01</v></c><c r="F1" t="d"><v>not a date</v></c></row>""");

		assertThat(rows(file)).containsExactly(
				"1: 44361.33341435185 | 44361 | 44361.5 | 0.5 | 1850-01-01 | not a date");
		// as a timestamp column is read by the survey scorer
		assertThat(DateUtil.getLocalDateTime(Double.parseDouble("44361.33341435185")))
			.isEqualTo(LocalDateTime.of(2021, 6, 14, 8, 0, 7));
	}

	@Test
	void excelEscapesAreDecodedInSharedInlineAndFormulaStrings() throws Exception {
		Path file = folder.resolve("escapes.xlsx");
		RawXlsx.transitional()
			.sharedStrings("<si><t>line_x000D__x000A_next</t></si><si><t>_x005F_x000D_ stays, _x00e9_, _xZZZZ_, _x12_</t></si>")
			.write(file, """
					<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
					<c r="C1" t="inlineStr"><is><t>a_x0009_b</t></is></c><c r="D1" t="str"><f>"x"</f><v>x_x000D_</v></c>\
					<c r="E1" t="inlineStr"><is><t><![CDATA[<b> & _x0041_]]></t></is></c></row>""");

		assertThat(rows(file)).containsExactly(
				"1: line\r\nnext | _x000D_ stays, é, _xZZZZ_, _x12_ | a\tb | x\r | <b> & A");
	}

	@Test
	void partsAreFoundThroughThePackagesRelationshipsInAnyFolder() throws Exception {
		Path file = folder.resolve("folders.xlsx");
		RawXlsx.inFolder("book/data/")
			.sharedStrings("<si><t>มากที่สุด</t></si>")
			.write(file, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>4</v></c></row>");

		try (RowStream rows = RowStreams.open(file)) {
			assertThat(rows.sheetName()).isEqualTo("คำตอบ");
		}
		assertThat(rows(file)).containsExactly("1: มากที่สุด | 4");
	}

	@Test
	void strictOoxmlIsRead() throws Exception {
		Path file = folder.resolve("strict.xlsx");
		RawXlsx.strict()
			.sharedStrings("<si><t>I1 ความพึงพอใจ</t></si><si><t>มาก</t></si>")
			.write(file, """
					<row r="1"><c r="A1" t="s"><v>0</v></c></row>\
					<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="d"><v>2021-06-14</v></c></row>""");

		assertThat(rows(file)).containsExactly("1: I1 ความพึงพอใจ", "2: มาก | 44361");
	}

	@Test
	void xlsFormulaResultsAndNumbersReadAsExcelShowsThem() throws Exception {
		Path file = folder.resolve("results.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("ผล");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellFormula("1=1");
			row.createCell(1).setCellFormula("1=2");
			row.createCell(2).setCellFormula("1/0");
			row.createCell(3).setCellFormula("NA()");
			row.createCell(4).setCellFormula("\"a\"&\"b\"");
			row.createCell(5).setCellFormula("0.1+0.2");
			Row values = sheet.createRow(2);
			values.createCell(0).setCellValue(true);
			values.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
			values.createCell(2).setCellValue(0.1 + 0.2);
			values.createCell(3).setCellValue(1234567.891234567);
			values.createCell(4).setCellValue(5);
			values.createCell(5).setCellValue(1e20);
			values.createCell(6).setCellValue(-0.000123);
			workbook.createSheet("อื่น").createRow(0).createCell(0).setCellValue("not read");
			HSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			workbook.write(out);
		}

		assertThat(rows(file)).containsExactly("1: TRUE | FALSE | #DIV/0! | #N/A | ab | 0.30000000000000004",
				"3: TRUE | #REF! | 0.30000000000000004 | 1234567.891234567 | 5 | 100000000000000000000 | -0.000123");
	}
}
