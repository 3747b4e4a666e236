package th.itabatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;

class AnnotatedCopyWriterTests {

	@TempDir
	Path folder;

	@Test
	void anExcel97WorkbookIsAnnotatedAsExcel97WithEveryMessageOnItsCell() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "ตัวชี้วัด", "รอบ 1");
		s.row("A2", "การปฏิบัติหน้าที่", 197.11);
		MessageLog log = new MessageLog("scores.xls");
		log.cell(MessageCode.SCORE_RANGE, "คะแนน", "B2", "197.11", "", "");
		log.cell(MessageCode.OVERALL_MISMATCH, "คะแนน", "B2", "1", "2", "3", "", "");
		log.file(MessageCode.NO_TABLE);

		Path copy = AnnotatedCopyWriter.write(folder, "scores-annotated", ExampleWorkbooks.bytes(workbook), log.messages())
			.orElseThrow();

		assertThat(copy.getFileName().toString()).isEqualTo("scores-annotated.xls");
		try (InputStream in = Files.newInputStream(copy); Workbook annotated = WorkbookFactory.create(in)) {
			Cell b2 = annotated.getSheet("คะแนน").getRow(1).getCell(1);
			assertThat(b2.getNumericCellValue()).isEqualTo(197.11);
			assertThat(b2.getCellComment().getString().getString()).contains("SCORE_RANGE", "OVERALL_MISMATCH");
			assertThat(b2.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(b2.getCellStyle().getFillForegroundColor()).as("an error outranks a warning")
				.isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(annotated.getSheet("คะแนน").getRow(0).getCell(0).getCellComment().getString().getString())
				.as("a message about the whole file goes to A1").contains("NO_TABLE");
		}
	}

	@Test
	void neighbouringCellsEachGetTheirOwnCommentWhateverTheOrder() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "ตัวชี้วัด", "รอบ 1", "รอบ 2", "รอบ 3");
		s.row("A2", "การปฏิบัติหน้าที่", 197.11, null, 180);
		MessageLog log = new MessageLog("scores.xlsx");
		// Each comment's box is drawn from the cell right of its own: C2's began where B2's would.
		log.cell(MessageCode.SCORE_MISSING, "คะแนน", "C2", "การปฏิบัติหน้าที่", "รอบ 2");
		log.cell(MessageCode.SCORE_RANGE, "คะแนน", "D2", "180", "", "");
		log.cell(MessageCode.SCORE_RANGE, "คะแนน", "B2", "197.11", "", "");
		log.cell(MessageCode.SCORE_MISSING, "คะแนน", "C2", "การปฏิบัติหน้าที่", "รอบ 2");

		Path copy = AnnotatedCopyWriter.write(folder, "scores-annotated", ExampleWorkbooks.bytes(workbook), log.messages())
			.orElseThrow();

		try (InputStream in = Files.newInputStream(copy); Workbook annotated = WorkbookFactory.create(in)) {
			var row = annotated.getSheet("คะแนน").getRow(1);
			assertThat(row.getCell(1).getCellComment().getString().getString()).contains("SCORE_RANGE", "197.11");
			assertThat(row.getCell(2).getCellComment().getString().getString()).contains("SCORE_MISSING")
				.doesNotContain("SCORE_RANGE");
			assertThat(row.getCell(3).getCellComment().getString().getString()).contains("SCORE_RANGE", "180");
		}
	}

	@Test
	void aFileThatIsNoWorkbookHasNoAnnotatedCopy() throws Exception {
		assertThat(AnnotatedCopyWriter.write(folder, "x", "a,b".getBytes(), List.of())).isEmpty();
		try (var files = Files.list(folder)) {
			assertThat(files).isEmpty();
		}
	}
}
