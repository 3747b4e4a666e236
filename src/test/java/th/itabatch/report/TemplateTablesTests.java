package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Where a template's tables land, read from their commands as JXLS reads them. */
class TemplateTablesTests {

	private static final Map<String, Object> THREE_ROWS = Map.of("rows", List.of("ก", "ข", "ค"), "cols", List.of("ก", "ข", "ค"));

	@Test
	void aTableGrowingDownMovesWhatIsBelowItHoweverItsCommandIsWritten() {
		for (String command : List.of("jx:each(items=\"rows\" var=\"r\" lastCell=\"B3\")",
				"jx:each( items = 'rows' var='r' lastCell='b3' )", "jx:each(items=\"rows\" var=\"r\" select=\"r != ')'\" lastCell=\"B3\")",
				"jx:each(items=\"rows\"\nvar=\"r\"\nlastCell=\"B3\")", "jx:each(items=\"rows\" var=\"r\" lastCell=\"B3\"\")")) {
			assertThat(tables(command).shift("ตาราง", 5)).as(command).isEqualTo(2);
		}
	}

	/** A review: read more widely, a table growing right was taken for one growing down, moving colour scales and charts. */
	@Test
	void aTableGrowingRightOrOverAnExpressionMovesNothing() {
		for (String command : List.of("jx:each(items='cols' var='c' direction='RIGHT' lastCell='B3')",
				"jx:each(items=\"empty(rows) ? cols : rows\" var=\"r\" lastCell=\"B3\")",
				"jx:each(items=\"rows.subList(0, 2)\" var=\"r\" lastCell=\"B3\")")) {
			TemplateTables tables = tables(command);
			assertThat(tables.shift("ตาราง", 5)).as(command).isZero();
			assertThat(tables.writtenRows("ตาราง", 2)).as(command).isEmpty();
		}
	}

	private static TemplateTables tables(String command) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("ตาราง");
			sheet.createRow(2).createCell(0).setCellValue("${r}");
			var drawing = sheet.createDrawingPatriarch();
			ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
			anchor.setRow1(2);
			anchor.setCol1(0);
			anchor.setRow2(5);
			anchor.setCol2(3);
			var comment = drawing.createCellComment(anchor);
			comment.setString(command);
			sheet.getRow(2).getCell(0).setCellComment(comment);
			TemplateTables tables = new TemplateTables(THREE_ROWS);
			tables.read(workbook, TemplateComments.NONE_TAKEN_OUT);
			return tables;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
