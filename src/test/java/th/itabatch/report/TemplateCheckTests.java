package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.tables.TestTables;
import th.itabatch.tables.WorkbookContent;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;

/**
 * A restyled template is read before it is filled, for the mistakes a trial made in each (a typo,
 * a deleted comment, a table's lastCell left behind, an old .xls): each said at its sheet and cell
 * or tag; the shipped templates pass for every kind of unit, so no report is refused for nothing.
 */
class TemplateCheckTests {

	private static final ReportProperties PROPERTIES = new ReportProperties(null, true, "KPI 3.2",
			RoundComparator.Goal.NEXT_ROUND, 10);

	private static final Path MONTHLY = Path.of("templates/monthly-report.xlsx");

	private static final Path BRIEF = Path.of("templates/monthly-brief.docx");

	private static final Path DEPARTMENT = Path.of("templates/department-report.xlsx");

	static Map<String, Object> unitWithEverything() throws IOException {
		List<ScoreEntry> scores = TestTables.reader(InputDefaults.none())
			.read("scores.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()))
			.rows(ScoreEntry.class);
		WorkbookContent plan = TestTables.reader(new InputDefaults("กองคลัง", null))
			.read("plan.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.plan()));
		MonthlyReport report = new MonthlyReportAssembler(TestCatalog.shipped(), PROPERTIES).assemble("กองคลัง",
				YearMonth.of(2021, 6), scores, plan.rows(ActionPlan.class).get(0), plan.rows(ProgressEntry.class), List.of());
		return ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.now());
	}

	static Map<String, Object> unitWithNothing() {
		MonthlyReport report = new MonthlyReportAssembler(TestCatalog.shipped(), PROPERTIES).assemble("กองใหม่",
				YearMonth.of(2021, 6), List.of(), null, List.of(), List.of());
		return ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.now());
	}

	static Map<String, Object> department() {
		UnitRegister register = new UnitRegister(List.of(new RegisteredUnit("1", "กรม", List.of(), null, null, null, null),
				new RegisteredUnit("11", "กองหนึ่ง", List.of(), "1", null, null, null),
				new RegisteredUnit("12", "กองสอง", List.of(), "1", null, null, null)));
		Map<Integer, UnitStanding.IndicatorStanding> scores = new java.util.TreeMap<>();
		for (int i = 1; i <= 5; i++) {
			scores.put(i, new UnitStanding.IndicatorStanding(i, new BigDecimal("90"), true, "A", new BigDecimal("85")));
		}
		UnitStanding one = new UnitStanding("กองหนึ่ง", 1L, null, 2564, 2, new BigDecimal("90"), new BigDecimal("92.50"), false,
				"A", null, null, null, null, null, scores, new UnitStanding.Arrivals(true, false, false, false));
		Department top = Departments.of(register, 2, java.util.Set.of("กองหนึ่ง"), "ทุกหน่วยงาน").get(0);
		DepartmentReport report = new DepartmentReportAssembler(TestCatalog.shipped().indicators().all(), PROPERTIES)
			.assemble(top, YearMonth.of(2021, 6), Map.of("กองหนึ่ง", one), Map.of(), LocalDate.of(2021, 7, 1));
		return DepartmentTemplateModel.of(report, "KPI", new ThaiFormat(true), LocalDateTime.now());
	}

	@Test
	void theShippedTemplatesPassForAUnitWithAndWithoutDataAndForADepartment() throws IOException {
		for (Map<String, Object> unit : List.of(unitWithEverything(), unitWithNothing())) {
			assertThat(XlsxTemplateCheck.check(Files.readAllBytes(MONTHLY), "monthly-report.xlsx", unit)).isEmpty();
			assertThat(DocxTemplateCheck.check(Files.readAllBytes(BRIEF), "monthly-brief.docx", unit)).isEmpty();
		}
		assertThat(XlsxTemplateCheck.check(Files.readAllBytes(DEPARTMENT), "department-report.xlsx", department())).isEmpty();
	}

	@Test
	void aUnitWithoutScoresOrPlanHasEveryNameAUnitWithThemHas() throws IOException {
		Map<String, Object> full = unitWithEverything();
		Map<String, Object> empty = unitWithNothing();
		assertThat(keys(empty, "report")).as("a template naming one is checked against both").containsAll(keys(full, "report"));
		assertThat(keys(empty, "brief")).containsAll(keys(full, "brief"));
	}

	@Test
	void mistakesInARestyledWorkbookAreSaidAtTheirCell() throws IOException {
		Map<String, Object> unit = unitWithEverything();

		assertThat(problems(unit, sheet -> sheet.getRow(1).getCell(2).setCellValue("${report.unti}")))
			.containsExactly("รายงาน › C2 · TEMPLATE_NAME_UNKNOWN · ไม่มี ${report.unti} ในข้อมูลของรายงานนี้ ช่องนี้จะว่างเปล่า"
					+ " (น่าจะเป็น ${report.unit}) / this report's data have no ${report.unti}: it would be printed blank"
					+ " (did you mean ${report.unit}?)");
		assertThat(problems(unit, sheet -> sheet.getRow(8).getCell(2).setCellValue("${report.overall +}")))
			.singleElement().asString().startsWith("รายงาน › C9 · TEMPLATE_EXPRESSION · นิพจน์ ${report.overall +}");
		assertThat(problems(unit, sheet -> sheet.getCellComment(new CellAddress("A1")).setString("ITA")))
			.as("a deleted jx:area: the sheet would print as the template, once said")
			.singleElement().asString().startsWith("รายงาน › A8 · TEMPLATE_OUTSIDE_AREA · jx:each อยู่นอกพื้นที่");
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace("items=\"indicators\"", "items=\"indicator\""))))
			.singleElement().asString().startsWith("รายงาน › A8 · TEMPLATE_LIST_UNKNOWN").contains("did you mean \"indicators\"?");
		assertThat(problems(unit, sheet -> sheet.shiftRows(7, sheet.getLastRowNum(), 3))).as("rows inserted above the table, lastCell left as it was").anySatisfy(
				p -> assertThat(p).startsWith("รายงาน › A11 · TEMPLATE_LAST_CELL").contains("lastCell=\"K8\""));
	}

	/** What JXLS fails on with a message of its own, in English and naming no template, is said at its cell first. */
	@Test
	void aCommandJxlsCannotReadIsSaidAtItsCellRatherThanFailingTheFill() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		Consumer<XSSFSheet> unclosed = sheet -> comment(sheet, "A8", c -> c.substring(0, c.lastIndexOf(')')));
		Consumer<XSSFSheet> noLastCell = sheet -> comment(sheet, "A8", c -> c.replace(" lastCell=\"K8\"", ""));
		Consumer<XSSFSheet> notACell = sheet -> comment(sheet, "A1", c -> c.replace("K38", "K"));

		assertThat(problems(unit, unclosed)).containsExactly("รายงาน › A8 · TEMPLATE_COMMAND_UNCLOSED · ความเห็น jx:each ที่เซลล์นี้"
				+ "ไม่มีวงเล็บปิด ) ท้ายคำสั่ง หรือมีเครื่องหมายคำพูดที่ไม่ได้ปิด JXLS จึงเติมไม่ได้ หรืออ่านคำสั่งถัดไปรวมเข้าไปด้วย"
				+ " ให้ตรวจว่าค่าทุกค่าอยู่ในเครื่องหมายคำพูดคู่หนึ่ง และมี ) ต่อจากค่าสุดท้าย / the jx:each comment on this cell has no closing"
				+ " bracket ) after its values, or a quote left open, so JXLS fails on it or reads the next command into it: see that each"
				+ " value is between one pair of quotes and that ) follows the last");
		assertThat(problems(unit, noLastCell)).singleElement().asString()
			.startsWith("รายงาน › A8 · TEMPLATE_LAST_CELL_MISSING · ความเห็น jx:each ที่เซลล์นี้ไม่มี lastCell ที่ระบุเซลล์ จึง");
		assertThat(problems(unit, notACell)).as("the area's own cell first, then what it no longer covers").first().asString()
			.startsWith("รายงาน › A1 · TEMPLATE_LAST_CELL_MISSING · ความเห็น jx:area ที่เซลล์นี้ไม่มี lastCell ที่ระบุเซลล์ (lastCell=\"K\")");
		for (Consumer<XSSFSheet> mistake : List.of(unclosed, noLastCell, notACell)) {
			assertThatThrownBy(() -> filled(restyled(mistake), unit)).as("what JXLS does with it").isNotNull();
		}
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> "jx:params(defaultValue=\"0\")\n" + c)))
			.as("jx:params, the cell's settings and no command to JXLS").isEmpty();
	}

	@Test
	void aCommandJxlsDoesNotKnowOrAnExpressionOfOneThatDoesNotParseIsSaidAtItsCell() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		Consumer<XSSFSheet> misspelt = sheet -> comment(sheet, "A8", c -> c.replace("jx:each", "jx:eachh"));
		Consumer<XSSFSheet> badSelect = sheet -> comment(sheet, "A8", c -> c.replace(" lastCell", " select=\"r.score >\" lastCell"));

		assertThat(problems(unit, misspelt)).first().asString().isEqualTo("รายงาน › A8 · TEMPLATE_COMMAND_UNKNOWN · ความเห็นที่เซลล์นี้"
				+ "มีคำสั่ง jx:eachh ซึ่ง JXLS ไม่รู้จัก (น่าจะเป็น jx:each) จึงเติมรายงานไม่ได้ (คำสั่งที่มี: area, areaColumnMerge, autoRowHeight,"
				+ " each, grid, if, image, mergeCells, updateCell) / the comment on this cell has the command jx:eachh, which JXLS does not know"
				+ " (did you mean jx:each?), so the report cannot be filled (the commands are: area, areaColumnMerge, autoRowHeight, each,"
				+ " grid, if, image, mergeCells, updateCell)");
		assertThat(problems(unit, badSelect)).singleElement().asString()
			.startsWith("รายงาน › A8 · TEMPLATE_EXPRESSION · นิพจน์ select=\"r.score >\" เขียนไม่ถูกต้อง");
		for (Consumer<XSSFSheet> mistake : List.of(misspelt, badSelect)) {
			assertThatThrownBy(() -> filled(restyled(mistake), unit)).as("what JXLS does with it").isNotNull();
		}
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace("K8", "ZZZZ8"))))
			.as("a lastCell beyond Excel's columns, which JXLS fills").isEmpty();
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace("\"K8\"", "\u2033K8\u2033"))))
			.as("a value between primes, which JXLS takes for quotes").isEmpty();
		// A review's: commands the POI builder adds, and a stray quote before the bracket, all of which JXLS fills.
		for (java.util.function.UnaryOperator<String> filled : List.<java.util.function.UnaryOperator<String>>of(
				c -> c + "\njx:autoRowHeight(lastCell=\"K8\")", c -> c + "\njx:areaColumnMerge(lastCell=\"A8\")",
				c -> c.replace("\"K8\")", "\"K8\"\")"))) {
			assertThat(problems(unit, sheet -> comment(sheet, "A8", filled))).as(filled.apply("jx:each(lastCell=\"K8\")")).isEmpty();
			assertThat(cells(filled(restyled(sheet -> comment(sheet, "A8", filled)), unit))).isEqualTo(cells(filled(restyled(sheet -> {
			}), unit)));
		}
		assertThat(problems(unit, sheet -> sheet.getCellComment(new CellAddress("A1")).setString(
				sheet.getCellComment(new CellAddress("A1")).getString().getString() + "\njx:mergeCells(lastCell=\"A2\" rows=\"1\" cols=\"2\")")))
			.as("jx:mergeCells").isEmpty();
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace(" lastCell", " select=\"r.score > 91;\" lastCell"))))
			.as("an expression JXLS's evaluator cannot take, though a script could").singleElement().asString()
			.startsWith("รายงาน › A8 · TEMPLATE_EXPRESSION");
	}

	/**
	 * A mistake the check does not know fails the report as the check's do, naming the template and,
	 * in JXLS's words, the sheet and cell: the run said "Value of var 'x' must implement
	 * CellDataUpdater!" alone.
	 */
	@Test
	void aTemplateJxlsCannotFillForAMistakeTheCheckDoesNotKnowIsSaidOfItsFile() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		byte[] template = restyled(sheet -> comment(sheet, "A33", c -> "jx:updateCell(lastCell=\"J33\" updater=\"report\")"));
		assertThat(XlsxTemplateCheck.check(template, "templates/monthly-report.xlsx", unit)).as("passed by the check").isEmpty();
		Path file = Files.write(Files.createTempDirectory("template").resolve("monthly-report.xlsx"), template);
		ReportTemplate restyled = new ReportTemplate(new ReportProperties.Template("report", file.toString(), ReportTemplates.UNIT_MONTH, "{unit}.xlsx"),
				new XlsxTemplateEngine());

		assertThatThrownBy(() -> restyled.fill(new java.util.HashMap<>(unit), new ByteArrayOutputStream()))
			.isInstanceOf(TemplateProblems.class)
			.hasMessageContaining(file + " · TEMPLATE_NOT_FILLED · เติมข้อมูลลงแม่แบบนี้ไม่ได้ ให้ตรวจคำสั่ง jx: ในความเห็นของเซลล์")
			.hasMessageContaining("this template could not be filled; check the jx: command in a cell's note")
			.hasMessageContaining("must implement CellDataUpdater");
	}

	/**
	 * A table a user sorts ({@code orderBy}) is printed sorted, and the model keeps its order for the
	 * unit's other templates: JXLS sorts the list it is given in place, and the brief filled after the
	 * workbook listed the indicators by score instead of by their numbers.
	 */
	@Test
	void aTableAUserSortsLeavesTheModelInItsOrder() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> indicators = (List<Map<String, Object>>) unit.get("indicators");
		List<Map<String, Object>> inOrder = List.copyOf(indicators);
		List<Map<String, Object>> byScore = new java.util.ArrayList<>(indicators);
		byScore.sort(java.util.Comparator.comparing(r -> (Comparable) r.get("score"), java.util.Comparator.reverseOrder()));
		assertThat(byScore).as("a model whose order sorting changes").isNotEqualTo(inOrder);
		Map<String, Object> sortedUnit = new java.util.HashMap<>(unit);
		sortedUnit.put("indicators", byScore);

		byte[] sorted = filled(restyled(sheet -> comment(sheet, "A8", c -> c.replace(" lastCell", " orderBy=\"r.score DESC\" lastCell"))),
				unit);

		assertThat(cells(sorted)).as("printed by score").isEqualTo(cells(filled(restyled(sheet -> {
		}), sortedUnit)));
		assertThat(indicators).as("the model's own order").containsExactlyElementsOf(inOrder);
	}

	/** What JXLS fills as it stands is not refused (a review's list). */
	@Test
	void whatJxlsFillsIsNotRefused() throws IOException {
		Map<String, Object> unit = unitWithEverything();

		assertThat(problems(unit, sheet -> {
			comment(sheet, "A1", c -> c.replace('"', '\''));
			comment(sheet, "A8", c -> c.replace('"', '\''));
		})).as("attributes in single quotes").isEmpty();
		assertThat(problems(unit, sheet -> comment(sheet, "A8",
				c -> c.replace("items=\"indicators\"", "items=\"empty(indicators) ? trend : indicators\""))))
			.as("items given as an expression").isEmpty();
		assertThat(problems(unit, sheet -> comment(sheet, "A1", c -> c + "\nวิธีใช้: เช่น jx:each(items=\"x\" lastCell=\"A1\")")))
			.as("a command quoted in a comment's text, not at a line's start, is none").isEmpty();
		assertThat(problems(unit, sheet -> sheet.getRow(1).getCell(2).setCellValue("${report.unit.length() > 20 ? 'ยาว' : report.unit}")))
			.as("a method of a text, a condition").isEmpty();
	}

	/**
	 * A command broken over lines in its note, as a user makes a long one readable in Excel
	 * (Alt+Enter): JXLS reads a command's first line alone, and the report failed ("Failed to find
	 * attribute 'lastCell'"), where the check had read the whole command and said nothing.
	 */
	@Test
	void aCommandBrokenOverLinesInItsNoteIsFilledAsWrittenOnOne() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		byte[] broken = restyled(sheet -> {
			comment(sheet, "A1", c -> c.replace("(lastCell", "(\nlastCell"));
			comment(sheet, "A8", c -> c.replace(" var=", "\r\n  var=").replace(" lastCell=", "\nlastCell="));
			// A note's own line after a whole command stays a line of its own.
			comment(sheet, "A33", c -> c + "\nย่อหน้าของบทสรุป");
		});

		assertThat(XlsxTemplateCheck.check(broken, "templates/monthly-report.xlsx", unit)).isEmpty();
		byte[] report = filled(broken, unit);
		byte[] asWritten = filled(restyled(sheet -> {
		}), unit);
		Map<String, String> filled = cells(report);
		assertThat(filled).as("the report as the template written on one line each fills it").isEqualTo(cells(asWritten));
		assertThat(chartRanges(report)).as("the chart's series on the rows written, as from one line each")
			.isEqualTo(chartRanges(asWritten))
			.anySatisfy(range -> assertThat(range).matches(".*\\$K\\$8:\\$K\\$\\d+"));
		assertThat(filled.values()).as("the indicators' table filled").contains(
				((Map<?, ?>) ((List<?>) unit.get("indicators")).get(0)).get("name").toString());
	}

	/** Breaks a reviewer tried: before a command's bracket, after an attribute's "=", within its quotes around a bracket. */
	@Test
	void aCommandBrokenAnywhereBeforeItsBracketClosesFillsAsOnOneLineChartsToo() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		byte[] asWritten = filled(restyled(sheet -> {
		}), unit);
		for (java.util.function.UnaryOperator<String> breakIt : List.<java.util.function.UnaryOperator<String>>of(
				c -> c.replace("jx:each(", "jx:each\n("), c -> c.replace("lastCell=", "lastCell=\n"),
				c -> c.replace(" lastCell", " select=\"r.name != null && (true\n)\" lastCell"))) {
			byte[] broken = restyled(sheet -> comment(sheet, "A8", breakIt));
			assertThat(XlsxTemplateCheck.check(broken, "templates/monthly-report.xlsx", unit)).isEmpty();
			byte[] report = filled(broken, unit);
			assertThat(cells(report)).isEqualTo(cells(asWritten));
			assertThat(chartRanges(report)).isEqualTo(chartRanges(asWritten));
		}
	}

	/**
	 * A select after a break: JXLS stuck the break's marker to its name and dropped it with a warning,
	 * printing every indicator where the select kept none (a review).
	 */
	@Test
	void aSelectAfterABreakFiltersTheTableAsOnOneLine() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		byte[] oneLine = filled(restyled(sheet -> comment(sheet, "A8", c -> c.replace(" lastCell", " select=\"r.name == '-'\" lastCell"))),
				unit);
		byte[] broken = filled(restyled(sheet -> comment(sheet, "A8", c -> c.replace(" lastCell", "\nselect=\"r.name == '-'\" lastCell"))),
				unit);
		String firstIndicator = ((Map<?, ?>) ((List<?>) unit.get("indicators")).get(0)).get("name").toString();

		assertThat(cells(oneLine).values()).as("the select keeps no indicator").doesNotContain(firstIndicator);
		assertThat(cells(broken)).isEqualTo(cells(oneLine));
	}

	/** A fourth review's: what the third's mends let through or broke. */
	@Test
	void whatJxlsReadsOnPastAStrayQuoteOrABracketAtALinesEndIsSaidOrFilledAsMeant() throws IOException {
		Map<String, Object> unit = unitWithEverything();

		assertThat(problems(unit, sheet -> {
			comment(sheet, "A8", c -> c + "\njx:autoRowHeight(lastCell=\"K8\")");
			sheet.getRow(7).getCell(2).setCellValue("${r.scroe}");
		})).as("a name under jx:autoRowHeight is the data's, checked").singleElement().asString()
			.startsWith("รายงาน › C8 · TEMPLATE_NAME_UNKNOWN");
		assertThat(problems(unit, sheet -> comment(sheet, "A8",
				c -> c.replace("\"K8\")", "\"K8\"\")") + "\njx:if(condition=\"r.score > 95\" lastCell=\"K8\")")))
			.as("a stray quote, JXLS taking the next command into this one").singleElement().asString()
			.startsWith("รายงาน › A8 · TEMPLATE_COMMAND_UNCLOSED");
		for (String next : List.of("\njx:if\n(condition=\"r.score > 95\" lastCell=\"K8\")", "\nและ jx:if(condition=\"r.score > 95\" lastCell=\"K8\")")) {
			assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace("\"K8\")", "\"K8\"\")") + next)))
				.as("a stray quote, the next command's bracket on its own line or within words (a fifth review)").singleElement().asString()
				.startsWith("รายงาน › A8 · TEMPLATE_COMMAND_UNCLOSED");
		}
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace("\"K8\")", "\"K8\"\")") + "\njx:params(defaultValue=\"-\")")))
			.as("a stray quote, then jx:params, which JXLS reads apart").isEmpty();
		assertThat(problems(unit, sheet -> comment(sheet, "A8", c -> c.replace("\"K8\"", "\" K8 \""))))
			.as("a lastCell with spaces, on which JXLS fails").singleElement().asString()
			.startsWith("รายงาน › A8 · TEMPLATE_LAST_CELL_MISSING");
		java.util.function.UnaryOperator<String> select = c -> c.replace(" lastCell", " select=\"(r.score > 90)\n|| (r.level == 'AA')\" lastCell");
		assertThat(problems(unit, sheet -> comment(sheet, "A8", select))).as("a select broken after a bracket within its quotes").isEmpty();
		assertThat(cells(filled(restyled(sheet -> comment(sheet, "A8", select)), unit))).isEqualTo(cells(filled(restyled(
				sheet -> comment(sheet, "A8", c -> c.replace(" lastCell", " select=\"(r.score > 90) || (r.level == 'AA')\" lastCell"))), unit)));
	}

	@Test
	void aJxParamsLeftOpenOverLinesIsSaidAtItsCellAsJxlsReadsItFromTheNote() throws IOException {
		Map<String, Object> unit = unitWithEverything();
		Consumer<XSSFSheet> open = sheet -> comment(sheet, "A8", c -> "jx:params(\ndefaultValue=\"0\")\n" + c);

		assertThat(problems(unit, open)).singleElement().asString().startsWith("รายงาน › A8 · TEMPLATE_COMMAND_UNCLOSED · ความเห็น jx:params");
		assertThatThrownBy(() -> filled(restyled(open), unit)).as("what JXLS does with it").isNotNull();
	}

	@Test
	void aLineContinuesTheCommandAboveItWhileItsBracketIsOpen() {
		assertThat(TemplateCommand.oneLineEach("jx:each(items=\"rows\"\r\n   var=\"r\"\nlastCell=\"D5\")"))
			.isEqualTo("jx:each(items=\"rows\" var=\"r\" lastCell=\"D5\")");
		assertThat(TemplateCommand.oneLineEach("jx:each(items=\"rows\" select=\"r.score > (90\n)\" var=\"r\" lastCell=\"D5\")"))
			.as("a bracket within quotes, the line broken in them").isEqualTo("jx:each(items=\"rows\" select=\"r.score > (90 )\" var=\"r\" lastCell=\"D5\")");
		assertThat(TemplateCommand.oneLineEach("jx:area(lastCell=\"K38\")\njx:each(items=\"rows\"\nlastCell=\"K8\")\nคะแนนรายตัวชี้วัด"))
			.as("commands on lines of their own, a note's line after them").isEqualTo(
					"jx:area(lastCell=\"K38\")\njx:each(items=\"rows\" lastCell=\"K8\")\nคะแนนรายตัวชี้วัด");
		assertThat(TemplateCommand.oneLineEach("jx:each(items=\"rows\"\njx:area(lastCell=\"K38\")"))
			.as("a command never closed: the next command is not taken into it").isEqualTo("jx:each(items=\"rows\"\njx:area(lastCell=\"K38\")");
		assertThat(TemplateCommand.oneLineEach("ผู้จัดทำ: กองแผนงาน\nโทร 1234")).as("a note of text alone").isEqualTo("ผู้จัดทำ: กองแผนงาน\nโทร 1234");
		assertThat(TemplateCommand.oneLineEach("jx:each\n(items=\"rows\" lastCell=\"D5\")")).as("the bracket on the next line")
			.isEqualTo("jx:each (items=\"rows\" lastCell=\"D5\")");
		assertThat(TemplateCommand.oneLineEach("jx:params(\ndefaultValue=\"0\")")).as("jx:params, which JXLS reads from the note")
			.isEqualTo("jx:params(\ndefaultValue=\"0\")");
	}

	@Test
	void aFileThatIsNoWorkbookIsSaidForWhatItIs() {
		assertThat(XlsxTemplateCheck.check(new byte[0], "templates/monthly-report.xlsx", Map.of()))
			.extracting(Message::toString)
			.containsExactly("templates/monthly-report.xlsx · TEMPLATE_UNREADABLE · เปิดแม่แบบนี้ไม่ได้: ไฟล์ว่างเปล่า (0 ไบต์)"
					+ " / this template cannot be opened: the file is empty (0 bytes)");
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(XlsxTemplateCheck.check(xls, "monthly-report.xlsx", Map.of())).singleElement().asString()
			.contains("Excel 97–2003 (.xls)", "save it as Excel Workbook (.xlsx)");
	}

	@Test
	void mistakesInARestyledBriefAreSaidByTheirTag() throws IOException {
		Map<String, Object> unit = unitWithEverything();

		assertThat(briefProblems(unit, document -> {
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					String text = run.getText(0);
					if (text != null && text.contains("{{brief.unit}}")) {
						run.setText(text.replace("{{brief.unit}}", "{{brief.unti}}"), 0);
					}
				}
			}
		})).contains("templates/monthly-brief.docx › {{brief.unti}} · TEMPLATE_NAME_UNKNOWN · ไม่มี {{brief.unti}}"
				+ " ในข้อมูลของรายงานนี้ ช่องนี้จะว่างเปล่า (น่าจะเป็น {{brief.unit}}) / this report's data have no"
				+ " {{brief.unti}}: it would be printed blank (did you mean {{brief.unit}}?)");
		assertThat(briefProblems(unit, document -> {
			XWPFTable scores = document.getTables().stream()
				.filter(t -> t.getText().contains("{{brief.scores}}"))
				.findFirst()
				.orElseThrow();
			scores.removeRow(scores.getRows().size() - 1);
		})).as("the row repeated for each score deleted: poi-tl failed with a class name")
			.singleElement().asString()
			.startsWith("templates/monthly-brief.docx › {{brief.scores}} · TEMPLATE_TABLE_ROW");
	}

	private static byte[] restyled(Consumer<XSSFSheet> restyle) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(MONTHLY))) {
			restyle.accept(workbook.getSheet("รายงาน"));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static byte[] filled(byte[] template, Map<String, Object> variables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxTemplateEngine().fill(new java.io.ByteArrayInputStream(template), new java.util.HashMap<>(variables), out);
		return out.toByteArray();
	}

	/** Every chart's series' ranges (categories and values), in the report's order. */
	private static List<String> chartRanges(byte[] report) throws IOException {
		List<String> ranges = new java.util.ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(report))) {
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				for (var chart : sheet.createDrawingPatriarch().getCharts()) {
					for (var data : chart.getChartSeries()) {
						for (int i = 0; i < data.getSeriesCount(); i++) {
							ranges.add(String.valueOf(data.getSeries(i).getCategoryData().getDataRangeReference()));
							ranges.add(String.valueOf(data.getSeries(i).getValuesData().getDataRangeReference()));
						}
					}
				}
			}
		}
		return ranges;
	}

	/** Every cell's formatted value, by sheet and address. */
	private static Map<String, String> cells(byte[] report) throws IOException {
		Map<String, String> cells = new java.util.TreeMap<>();
		org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(report))) {
			for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
				for (org.apache.poi.ss.usermodel.Row row : sheet) {
					for (org.apache.poi.ss.usermodel.Cell cell : row) {
						cells.put(sheet.getSheetName() + "!" + cell.getAddress(), format.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

	private static List<String> problems(Map<String, Object> variables, Consumer<XSSFSheet> restyle) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(MONTHLY))) {
			restyle.accept(workbook.getSheet("รายงาน"));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return XlsxTemplateCheck.check(bytes.toByteArray(), "templates/monthly-report.xlsx", variables)
				.stream()
				.map(m -> m.toString().substring("templates/monthly-report.xlsx › ".length()))
				.toList();
		}
	}

	private static List<String> briefProblems(Map<String, Object> variables, Consumer<XWPFDocument> restyle)
			throws IOException {
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(BRIEF))) {
			restyle.accept(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.write(bytes);
			return DocxTemplateCheck.check(bytes.toByteArray(), "templates/monthly-brief.docx", variables)
				.stream()
				.map(Message::toString)
				.toList();
		}
	}

	private static java.util.Set<String> keys(Map<String, Object> variables, String name) {
		java.util.Set<String> keys = new java.util.TreeSet<>();
		((Map<?, ?>) variables.get(name)).keySet().forEach(k -> keys.add(String.valueOf(k)));
		return keys;
	}

	private static void comment(XSSFSheet sheet, String cell, java.util.function.UnaryOperator<String> edit) {
		var comment = sheet.getCellComment(new CellAddress(cell));
		comment.setString(edit.apply(comment.getString().getString()));
	}
}
