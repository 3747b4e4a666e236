package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.report.DocxTemplateEngine;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportFiles;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportTemplateModel;
import th.itabatch.report.ReportTemplates;
import th.itabatch.report.TemplateProblems;
import th.itabatch.report.ThaiFormat;
import th.itabatch.report.XlsxTemplateEngine;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.tables.TestTables;
import th.itabatch.workbook.InputDefaults;

/**
 * A unit's documents: where a restyled template is wrong, none is written (the output folder keeps
 * one run's set) and the report fails saying where.
 */
class ReportDocumentsTests {

	@TempDir
	Path folder;

	@Test
	void aBriefRestyledWronglyIsSaidWhereAndLeavesTheOutputFolderAsItWas() throws Exception {
		Path brief = folder.resolve("my-brief.docx");
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(Path.of("templates/monthly-brief.docx")))) {
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					String text = run.getText(0);
					if (text != null && text.contains("{{brief.unit}}")) {
						run.setText(text.replace("{{brief.unit}}", "{{brief.unti}}"), 0);
					}
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.write(bytes);
			Files.write(brief, bytes.toByteArray());
		}
		ReportProperties properties = new ReportProperties(List.of(ReportProperties.MONTHLY,
				new ReportProperties.Template("brief", brief.toString(), ReportTemplates.UNIT_MONTH, "ITA-brief_{unit}.docx")),
				true, "KPI 3.2", RoundComparator.Goal.NEXT_ROUND, 10);
		ReportTemplates templates = new ReportTemplates(properties, List.of(new XlsxTemplateEngine(), new DocxTemplateEngine()));
		List<ScoreEntry> scores = TestTables.reader(InputDefaults.none())
			.read("scores.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()))
			.rows(ScoreEntry.class);
		MonthlyReport report = new MonthlyReportAssembler(TestCatalog.shipped(), properties).assemble("กองคลัง",
				YearMonth.of(2021, 6), scores, null, List.of(), List.of());
		Map<String, Object> variables = ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.now());
		Path out = folder.resolve("out");

		assertThatThrownBy(() -> ReportDocuments.write(templates.of(ReportTemplates.UNIT_MONTH), variables,
				ReportFiles.unitMonth("กองคลัง", 2564, YearMonth.of(2021, 6)), out, 7L))
			.isInstanceOf(TemplateProblems.class)
			.hasMessageContaining(brief + " › {{brief.unti}} · TEMPLATE_NAME_UNKNOWN")
			.hasMessageContaining("(did you mean {{brief.unit}}?)");

		assertThat(out).as("no document of this run beside the last run's others").doesNotExist();

		// Corrected, the same call makes both.
		Files.copy(Path.of("templates/monthly-brief.docx"), brief, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		ReportDocuments.write(templates.of(ReportTemplates.UNIT_MONTH), variables,
				ReportFiles.unitMonth("กองคลัง", 2564, YearMonth.of(2021, 6)), out, 8L);
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
					"ITA-report_กองคลัง_FY2564_2564-06.xlsx", "ITA-brief_กองคลัง.docx", ReportDocuments.HISTORY);
		}
		try (InputStream in = Files.newInputStream(out.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("รายงาน").getRow(1).getCell(2).getStringCellValue()).isEqualTo("กองคลัง");
		}
	}
}
