package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.common.CellData;
import org.jxls.transform.poi.PoiTransformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transformers that read each sheet's comments once find JXLS's commands where JXLS's own do, in the same order. */
class CommentsOnceTransformerFactoryTests {

	@ParameterizedTest
	@ValueSource(strings = { "templates/monthly-report.xlsx", "templates/department-report.xlsx" })
	void theShippedTemplatesCommandsAreFoundAsJxlsFindsThem(String template) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of(template));
		List<String> jxls = commented(new PoiTransformer(open(bytes), false).getCommentedCells());
		List<String> once = commented(new CommentsOnceTransformerFactory.CommentsOnceTransformer(open(bytes), TemplateComments.NONE_TAKEN_OUT).getCommentedCells());
		assertThat(jxls).as("the template has commands").anyMatch(c -> c.contains("jx:area"));
		assertThat(once).isEqualTo(jxls);
	}

	@Test
	void commentsOfSeveralRowsAndColumnsComeInRowThenColumnOrder() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			comments(workbook.createSheet("หนึ่ง"), new int[][] { { 5, 3 }, { 0, 0 }, { 5, 1 }, { 2, 7 } });
			comments(workbook.createSheet("สอง"), new int[][] { { 1, 1 } });
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			bytes = out.toByteArray();
		}
		List<String> jxls = commented(new PoiTransformer(open(bytes), false).getCommentedCells());
		List<String> once = commented(new CommentsOnceTransformerFactory.CommentsOnceTransformer(open(bytes), TemplateComments.NONE_TAKEN_OUT).getCommentedCells());
		assertThat(once).isEqualTo(jxls)
			.containsExactly("'หนึ่ง'!A1 r0c0", "'หนึ่ง'!H3 r2c7", "'หนึ่ง'!B6 r5c1", "'หนึ่ง'!D6 r5c3", "สอง!B2 r1c1");
	}

	private static void comments(XSSFSheet sheet, int[][] cells) {
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		for (int[] at : cells) {
			(sheet.getRow(at[0]) == null ? sheet.createRow(at[0]) : sheet.getRow(at[0])).createCell(at[1]).setCellValue("x");
			ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
			anchor.setRow1(at[0]);
			anchor.setCol1(at[1]);
			anchor.setRow2(at[0] + 2);
			anchor.setCol2(at[1] + 2);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(new XSSFRichTextString("r" + at[0] + "c" + at[1]));
			comment.setRow(at[0]);
			comment.setColumn(at[1]);
		}
	}

	private static XSSFWorkbook open(byte[] bytes) throws IOException {
		try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> commented(List<CellData> cells) {
		return cells.stream().map(c -> c.getCellRef().getCellName() + " " + c.getCellComment()).toList();
	}
}
