package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.tables.TestTables;
import th.itabatch.workbook.InputDefaults;

/** Templates are a configured list: a second document is a line of configuration, not code. */
class ReportTemplatesTests {

	private static final ReportProperties.Template SECOND = new ReportProperties.Template("copy-for-meeting",
			"templates/monthly-report.xlsx", ReportTemplates.UNIT_MONTH, "KPI-meeting_{unit}_{year}{month}.xlsx");

	@TempDir
	Path out;

	private static ReportProperties properties(List<ReportProperties.Template> templates) {
		return new ReportProperties(templates, true, "KPI 3.2", RoundComparator.Goal.NEXT_ROUND, 10);
	}

	@Test
	void withoutConfigurationTheMonthlyAndTheDepartmentWorkbooksAreMade() {
		ReportTemplates templates = new ReportTemplates(properties(null), List.of(new XlsxTemplateEngine()));

		assertThat(templates.of(ReportTemplates.UNIT_MONTH)).extracting(ReportTemplate::name).containsExactly("monthly");
		assertThat(templates.of(ReportTemplates.DEPARTMENT_MONTH)).extracting(ReportTemplate::name)
			.containsExactly("department");
	}

	@Test
	void aSecondConfiguredTemplateMakesASecondDocumentNamedByItsPattern() throws Exception {
		ReportProperties properties = properties(List.of(ReportProperties.MONTHLY, SECOND));
		ReportTemplates templates = new ReportTemplates(properties, List.of(new XlsxTemplateEngine()));
		List<ScoreEntry> scores = TestTables.reader(InputDefaults.none())
			.read("scores.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()))
			.rows(ScoreEntry.class);
		MonthlyReport report = new MonthlyReportAssembler(TestCatalog.shipped(), properties).assemble("กองคลัง",
				YearMonth.of(2021, 6), scores, null, List.of(), List.of());
		Map<String, Object> variables = ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.now());
		Map<String, String> names = ReportFiles.unitMonth("กองคลัง", 2564, YearMonth.of(2021, 6));

		List<ReportTemplate> documents = templates.of(ReportTemplates.UNIT_MONTH);
		for (ReportTemplate template : documents) {
			template.write(variables, out.resolve(template.fileName(names)));
		}

		assertThat(documents).extracting(t -> t.fileName(names))
			.containsExactly("ITA-report_กองคลัง_FY2564_2564-06.xlsx", "KPI-meeting_กองคลัง_256406.xlsx");
		try (InputStream in = Files.newInputStream(out.resolve("KPI-meeting_กองคลัง_256406.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(texts(workbook.getSheetAt(0))).contains("กองคลัง", "การใช้ทรัพย์สินของราชการ");
		}
	}

	@Test
	void aTemplateNoEngineFillsIsRefusedAtStartWithItsName() {
		ReportProperties.Template brief = new ReportProperties.Template("brief", "templates/brief.odt",
				ReportTemplates.UNIT_MONTH, "brief_{unit}.odt");

		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportTemplates(properties(List.of(brief)), List.of(new XlsxTemplateEngine())))
			.withMessageContaining("brief.odt")
			.withMessageContaining("brief");
	}

	@Test
	void aTemplatePathMistypedStopsTheStartWithThePathAsConfigured() {
		ReportProperties.Template absolute = new ReportProperties.Template("monthly", "/srv/ita/templates/my-reprot.xlsx",
				ReportTemplates.UNIT_MONTH, "ITA-report_{unit}.xlsx");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportTemplates(properties(List.of(absolute)), List.of(new XlsxTemplateEngine())))
			.withMessage("ita.report.templates: template monthly: no file /srv/ita/templates/my-reprot.xlsx, and none of"
					+ " that name comes with the application")
			.satisfies(ex -> assertThat(th.itabatch.validation.PlainReason.of(ex)).as("told with its path, a retrial's was (…)")
				.isEqualTo(ex.getMessage()));
		ReportProperties.Template typo = new ReportProperties.Template("monthly", "templates/my-reprot.xlsx",
				ReportTemplates.UNIT_MONTH, "ITA-report_{unit}.xlsx");

		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportTemplates(properties(List.of(typo)), List.of(new XlsxTemplateEngine())))
			.withMessage("ita.report.templates: template monthly: no file templates/my-reprot.xlsx in the working folder,"
					+ " and none of that name comes with the application");
	}

	/** A trial's restyled brief printed {{report.overall}} as "92.51" among the text's ๙๒.๕๑. */
	@Test
	void aNumberABriefPrintsIsInTheDigitsOfTheTextAroundIt() throws Exception {
		java.io.ByteArrayOutputStream template = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
			document.createParagraph().createRun().setText("ภาพรวม {{report.overall}} จาก {{report.indicatorCount}} ตัวชี้วัด");
			document.write(template);
		}
		java.io.ByteArrayOutputStream filled = new java.io.ByteArrayOutputStream();
		new DocxTemplateEngine().fill(new java.io.ByteArrayInputStream(template.toByteArray()),
				Map.of(ReportTemplateModel.THAI_DIGITS, true, "report", Map.of("overall", new java.math.BigDecimal("92.51"),
						"indicatorCount", 5)),
				filled);
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(filled.toByteArray()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("ภาพรวม ๙๒.๕๑ จาก ๕ ตัวชี้วัด");
		}
	}

	@Test
	void anUnknownPlaceholderInAFileNameIsNamed() {
		ReportProperties.Template odd = new ReportProperties.Template("odd", "templates/monthly-report.xlsx",
				ReportTemplates.UNIT_MONTH, "report_{division}.xlsx");
		ReportTemplate template = new ReportTemplates(properties(List.of(odd)), List.of(new XlsxTemplateEngine()))
			.of(ReportTemplates.UNIT_MONTH)
			.get(0);

		assertThatIllegalStateException()
			.isThrownBy(() -> template.fileName(ReportFiles.unitMonth("กองคลัง", 2564, YearMonth.of(2021, 6))))
			.withMessageContaining("{division}");
	}

	@Test
	void aTemplateWithoutAFileNameStopsTheStart() {
		ReportProperties.Template nameless = new ReportProperties.Template("meeting", "templates/monthly-report.xlsx",
				ReportTemplates.UNIT_MONTH, null);

		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportTemplates(properties(List.of(ReportProperties.MONTHLY, nameless)),
					List.of(new XlsxTemplateEngine())))
			.withMessage("ita.report.templates: template meeting has no file-name, the name of each file made, such as "
					+ ReportProperties.MONTHLY.fileName());
	}

	@Test
	void aTypoInTheModelOrTwoTemplatesOfOneNameStopTheStart() {
		ReportProperties.Template typo = new ReportProperties.Template("brief", "templates/monthly-report.xlsx",
				"unit_month", "brief_{unit}.xlsx");
		ReportProperties.Template twin = new ReportProperties.Template("twin", "templates/monthly-report.xlsx",
				ReportTemplates.UNIT_MONTH, ReportProperties.MONTHLY.fileName());

		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportTemplates(properties(List.of(typo)), List.of(new XlsxTemplateEngine())))
			.withMessageContaining("unit_month");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportTemplates(properties(List.of(ReportProperties.MONTHLY, twin)),
					List.of(new XlsxTemplateEngine())))
			.withMessageContaining("twin");
	}

	private static List<String> texts(XSSFSheet sheet) {
		DataFormatter formatter = new DataFormatter();
		return java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
			.flatMap(row -> java.util.stream.StreamSupport.stream(((Row) row).spliterator(), false))
			.map(formatter::formatCellValue)
			.toList();
	}
}
