package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.settings.ItaProperties;

/**
 * The department page through MockMvc, on a department of five units in three levels run through
 * the jobs ({@link ExampleDepartment}): the roll-up, the branches, the units sorted and filtered by
 * the query, another parent chosen, its report downloaded; and the unit page read from the stored
 * report.
 */
@ItaApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DepartmentPageTests {

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	private static final Pattern UNIT_CELL = Pattern.compile("<td class=\"unit\"><a [^>]*>([^<]+)</a>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ItaProperties properties;

	@Autowired
	private DepartmentRepository departments;

	@Autowired
	private th.itabatch.runs.RunCoordinator coordinator;

	@BeforeAll
	void runTheDepartment(@TempDir Path work) throws Exception {
		Path register = Files.createDirectories(work.resolve("register"));
		ExampleDepartment.writeRegister(register);
		oneShot.run(register, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));
		Path data = Files.createDirectories(work.resolve("data"));
		ExampleDepartment.writeData(data);
		// Into the application's output folder: downloads are served from there alone.
		oneShot.run(data, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> units(String page) {
		List<String> names = new ArrayList<>();
		Matcher m = UNIT_CELL.matcher(page);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static String figure(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as(id).isTrue();
		return m.group(1).strip();
	}

	/**
	 * What is kept for everyone reading a language is rendered in the language alone: a first
	 * reader asking for Thai digits in numbers (th-TH-u-nu-thai) does not give them to the others.
	 */
	@Test
	@Order(1)
	void keptHtmlIsRenderedInTheLanguageAloneWhateverTheFirstReadersLocale() throws Exception {
		page(get("/unit").param("name", "กลุ่มงานสอง").param("lang", "th-TH-u-nu-thai"));

		assertThat(page(get("/unit").param("name", "กลุ่มงานสอง"))).contains("ปีงบ 2564").doesNotContain("ปีงบ ๒๕๖๔");
	}

	@Test
	void theTopDepartmentOfTheLatestMonthWithReportsRollsUpItsUnits() throws Exception {
		// Today's deadline month has nothing: the page shows June 2564, the month the reports were made for.
		String page = page(get("/"));
		assertThat(page).contains("กรมทดสอบ · เดือนมิถุนายน 2564", "value=\"2564-06\"");
		assertThat(figure(page, "units-count")).isEqualTo("4");
		assertThat(figure(page, "scored-count")).isEqualTo("3");
		assertThat(figure(page, "passed-count")).as("กลุ่มงานสอง alone passes 92.50").isEqualTo("1 / 3");
		assertThat(figure(page, "mean")).as("(88 + 80 + 94) / 3").isEqualTo("87.33");
		assertThat(figure(page, "made-count")).isEqualTo("3 / 4");
		assertThat(page).contains("(กองว่าง)");
		assertThat(page).as("the branch with units below it, linked as a department of its own")
			.contains("<a href=\"/?dept=0102&amp;month=2021-06&amp;sort=rank&amp;dir=asc\">สำนักงานเลขานุการกรม</a>");
		assertThat(page).as("a division with no units below it is a branch too, linked to its own page")
			.contains("<a href=\"/unit?name=" + java.net.URLEncoder.encode("กองว่าง", java.nio.charset.StandardCharsets.UTF_8)
					+ "\">กองว่าง</a>");
		assertThat(units(page)).as("ranked by overall, the unit without scores last")
			.containsExactly("กลุ่มงานสอง", "กองคลัง", "กลุ่มงานหนึ่ง", "กองว่าง");
		assertThat(page).contains("ไม่มีรายงาน (เลยกำหนด)", "จัดทำหลังกำหนด", "การใช้อำนาจ</span> <b>70.00</b>");
	}

	@Test
	void aPageNumberThatIsNoneOrPastTheLastShowsAPageOfUnits() throws Exception {
		// A trial: ?page=abc gave a bare 400 (and a warning naming the exception), ?page=99 no unit.
		assertThat(units(page(get("/").param("page", "abc")))).hasSize(4);
		assertThat(units(page(get("/").param("page", "99")))).hasSize(4);
		assertThat(page(get("/"))).as("no share done is said, as the report does").contains("<td class=\"num\">-</td>");
	}

	@Test
	void theRunsPageNamesADepartmentReportsJobAndItsDepartment() throws Exception {
		String page = page(get("/runs"));
		assertThat(page).as("a trial saw ??runs.job.departmentReportJob_th??")
			.contains("จัดทำรายงานหน่วยงานในสังกัด", "กรมทดสอบ")
			.doesNotContain("??")
			.as("a tasklet's step without its 0/1 counts, which read as unfinished")
			.doesNotContain("เขียนรายงานหน่วยงานในสังกัด 0/1");
	}

	@Test
	void theKeptContentIsEachLanguagesOwnAndEachTablesOwn() throws Exception {
		assertThat(page(get("/"))).contains("ผ่านค่าเป้าหมาย").doesNotContain("Pass the round target");
		assertThat(page(get("/").param("lang", "en"))).contains("Pass the round target").doesNotContain("ผ่านค่าเป้าหมาย");
		assertThat(page(get("/").param("lang", "th"))).as("the Thai content again, not the English kept")
			.contains("ผ่านค่าเป้าหมาย");
		assertThat(units(page(get("/").param("sort", "unit").param("dir", "desc"))))
			.isNotEqualTo(units(page(get("/").param("sort", "unit").param("dir", "asc"))));
	}

	@Test
	void eachColumnSortsBothWaysAndUnitsWithoutTheValueStayLast() throws Exception {
		assertThat(units(page(get("/").param("sort", "overall").param("dir", "asc"))))
			.containsExactly("กลุ่มงานหนึ่ง", "กองคลัง", "กลุ่มงานสอง", "กองว่าง");
		assertThat(units(page(get("/").param("sort", "overall").param("dir", "desc"))))
			.containsExactly("กลุ่มงานสอง", "กองคลัง", "กลุ่มงานหนึ่ง", "กองว่าง");
		assertThat(units(page(get("/").param("sort", "weakest").param("dir", "asc"))))
			.as("weakest indicators 70, 75, 90").containsExactly("กองคลัง", "กลุ่มงานหนึ่ง", "กลุ่มงานสอง", "กองว่าง");
		assertThat(units(page(get("/").param("sort", "status"))))
			.as("a trial: the first click put 'made late' first and the missing last").startsWith("กองว่าง");
		assertThat(units(page(get("/").param("sort", "status").param("dir", "asc")))).endsWith("กองว่าง");
		assertThat(units(page(get("/").param("sort", "level")))).as("as the overall: the best first")
			.isEqualTo(units(page(get("/").param("sort", "overall"))));
		String page = page(get("/").param("sort", "overall").param("dir", "desc"));
		assertThat(page).as("the header links the other way round, keeping the rest")
			.contains("href=\"/?dept=01&amp;month=2021-06&amp;sort=overall&amp;dir=asc\"")
			.contains("aria-sort=\"descending\"");
		assertThat(units(page(get("/").param("sort", "nonsense"))))
			.as("an unknown column sorts by rank").startsWith("กลุ่มงานสอง");
	}

	@Test
	void theUnitsAreFilteredByNameAndByStatus() throws Exception {
		assertThat(units(page(get("/").param("q", "กลุ่มงาน")))).containsExactly("กลุ่มงานสอง", "กลุ่มงานหนึ่ง");
		// By the other names and the code the register gives a unit too (a trial's search for "กค." found nothing).
		assertThat(units(page(get("/").param("q", "กค.")))).containsExactly("กองคลัง");
		assertThat(units(page(get("/").param("q", "010201")))).containsExactly("กลุ่มงานหนึ่ง");
		assertThat(units(page(get("/").param("show", "failing")))).containsExactly("กองคลัง", "กลุ่มงานหนึ่ง");
		assertThat(units(page(get("/").param("show", "silent")))).containsExactly("กองว่าง");
		String noPlan = page(get("/").param("show", "noPlan"));
		assertThat(units(noPlan))
			.as("a trial: units that sent scores and nothing else were found by no filter; the narrative asks their plan")
			.containsExactly("กลุ่มงานสอง", "กลุ่มงานหนึ่ง");
		assertThat(noPlan).as("a trial: the form offered no such choice, and showed 'all' while it filtered")
			.containsPattern("<option value=\"noPlan\" selected=\"selected\">");
		assertThat(units(page(get("/").param("show", "noProgress"))))
			.as("กองคลัง sent its plan and June's progress; the others no plan to report progress against")
			.isEmpty();
		assertThat(units(page(get("/").param("show", "missing")))).containsExactly("กองว่าง");
		String none = page(get("/").param("q", "ไม่มีชื่อนี้"));
		assertThat(units(none)).isEmpty();
		assertThat(none).contains("id=\"no-rows\"", "id=\"clear\"");
		assertThat(figure(none, "units-count")).as("the roll-up is the department's, whatever the filter").isEqualTo("4");
	}

	@Test
	void theDepartmentReportsPdfIsOfferedOnceLibreOfficeHasMadeIt() throws Exception {
		String page = page(get("/").param("q", "กลุ่มงาน")); // a search: rendered anew, not kept
		Matcher link = Pattern.compile("href=\"/departments/reports/(\\d+)/file/1\">ITA-department_กรมทดสอบ").matcher(page);
		assertThat(link.find()).isTrue();
		long id = Long.parseLong(link.group(1));
		String pdfLink = "/departments/reports/" + id + "/file/1/pdf";
		assertThat(page).as("no PDF made: none offered").doesNotContain(pdfLink);
		mvc.perform(get(pdfLink).with(VIEWER)).andExpect(status().isNotFound());

		// What LibreOffice leaves beside the run's copy (the PDF test makes a real one).
		Path pdf = PdfCopies.pdfOf(Path.of(departments.documents(id).get(0).historyFile()));
		Files.write(pdf, "%PDF-1.4 the department".getBytes(StandardCharsets.US_ASCII));
		try {
			assertThat(page(get("/").param("q", "กลุ่มงาน"))).contains("href=\"" + pdfLink + "\"");
			byte[] served = mvc.perform(get(pdfLink).with(VIEWER))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(new String(served, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 the department");
			mvc.perform(get("/departments/reports/" + id + "/file/9/pdf").with(VIEWER)).andExpect(status().isNotFound());
		}
		finally {
			Files.delete(pdf);
		}
	}

	@Test
	void aRegisteredUnitThatSentNothingHasItsPageAndAnUnknownNameNone() throws Exception {
		assertThat(page(get("/"))).as("the department page links it").contains("href=\"/unit?name=");
		// A trial found the link to a silent unit answered 404.
		assertThat(page(get("/unit").param("name", "กองว่าง"))).contains("id=\"no-report\"", "กองว่าง");
		mvc.perform(get("/unit").param("name", "ไม่มีหน่วยงานนี้").with(VIEWER)).andExpect(status().isNotFound());
		// Another name or the code of a registered unit is not a page of its own: it leads to the unit's, and
		// a misspelt name offers the near ones (a trial's were each answered "page not found" alone).
		mvc.perform(get("/unit").param("name", "กค.").with(VIEWER))
			.andExpect(redirectedUrl("/unit?name=%E0%B8%81%E0%B8%AD%E0%B8%87%E0%B8%84%E0%B8%A5%E0%B8%B1%E0%B8%87"));
		mvc.perform(get("/unit").param("name", "0101").with(VIEWER)).andExpect(status().is3xxRedirection());
		String misspelt = mvc.perform(get("/unit").param("name", "กองคลงั").with(VIEWER))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(misspelt).contains("id=\"unit-unknown\"", "ไม่พบหน่วยงานชื่อ &quot;กองคลงั&quot;", "id=\"unit-closest\"",
				"href=\"/unit?name=", ">กองคลัง</a>");
		// A code a slip from a registered one is offered by code and name, linked to the unit's page (a review).
		String coded = mvc.perform(get("/unit").param("name", "0104").with(VIEWER)).andReturn().getResponse()
			.getContentAsString();
		assertThat(coded).contains(">0101 กองคลัง</a>")
			.doesNotContain("name=0101");
	}

	@Test
	void aParentBelowTheTopIsChosenWithItsOwnRollUp() throws Exception {
		String page = page(get("/").param("dept", "0102").param("month", "มิ.ย. 2564"));
		assertThat(page).contains("สำนักงานเลขานุการกรม · เดือนมิถุนายน 2564");
		assertThat(figure(page, "units-count")).isEqualTo("2");
		assertThat(figure(page, "mean")).as("(80 + 94) / 2").isEqualTo("87.00");
		assertThat(units(page)).containsExactly("กลุ่มงานสอง", "กลุ่มงานหนึ่ง");
		assertThat(page).as("a trial: the green box of a month with every report made said '1,668 days overdue'")
			.contains("id=\"all-made\">จัดทำรายงานครบทุกหน่วยงานแล้ว<")
			.doesNotContain("เลยกำหนด 1");
		assertThat(page).as("another trial: that box was green over reports made years after their deadline")
			.contains("class=\"deadline made-late\"")
			.doesNotContain("class=\"deadline ok\"");
		assertThat(page(get("/").param("dept", "01").param("month", "มิ.ย. 2564"))).doesNotContain("id=\"all-made\"");
		assertThat(page).as("the choice lists the parents, indented below theirs")
			.contains("<option value=\"01\">กรมทดสอบ (4)</option>")
			.contains("<option value=\"0102\" selected=\"selected\">\u00a0\u00a0\u00a0สำนักงานเลขานุการกรม (2)</option>");
	}

	@Test
	void aMonthThatCannotBeReadIsSaidAndAMonthWithoutDataShowsEveryUnitSilent() throws Exception {
		assertThat(page(get("/").param("month", "เดือนหน้า"))).contains("id=\"month-error\"", "อ่านเดือน &quot;เดือนหน้า&quot; ไม่ได้");
		String unknown = page(get("/").param("dept", "99999"));
		assertThat(unknown).as("a trial: a code of no department showed the top one without a word")
			.contains("id=\"dept-unknown\"", "ไม่พบหน่วยงานต้นสังกัดรหัส &quot;99999&quot;");
		assertThat(figure(unknown, "units-count")).isEqualTo("4");
		assertThat(page(get("/").param("dept", "0102"))).doesNotContain("dept-unknown");
		String empty = page(get("/").param("month", "2560-01"));
		assertThat(figure(empty, "units-count")).as("the register's units, none of which has anything").isEqualTo("4");
		assertThat(figure(empty, "made-count")).isEqualTo("0 / 4");
	}

	@Test
	void theDepartmentReportIsDownloadedByItsStoredId() throws Exception {
		String page = page(get("/"));
		Matcher link = Pattern.compile("href=\"(/departments/reports/\\d+/file/1)\">(ITA-department_กรมทดสอบ[^<]*)<")
			.matcher(page);
		assertThat(link.find()).as("the department report's link").isTrue();
		byte[] file = mvc.perform(get(link.group(1)).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getSheet("สรุป").getRow(1).getCell(0).getStringCellValue()).isEqualTo("กรมทดสอบ");
		}
		long id = Long.parseLong(link.group(1).split("/")[3]);
		mvc.perform(get("/departments/reports/" + id + "/file/9").with(VIEWER)).andExpect(status().isNotFound());
		mvc.perform(get("/departments/reports/123456/file/1").with(VIEWER)).andExpect(status().isNotFound());
		mvc.perform(get(link.group(1))).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theReportsPageListsTheDepartmentReportsToDownload() throws Exception {
		String page = page(get("/reports"));
		String departments = page.substring(page.indexOf("id=\"department-history\""), page.indexOf("id=\"report-history\""));
		assertThat(departments).as("a trial: the reports page listed the units' reports alone")
			.contains("<td>กรมทดสอบ</td>", "<td>สำนักงานเลขานุการกรม</td>", "มิถุนายน 2564");
		Matcher link = Pattern.compile("<td>กรมทดสอบ</td>.*?href=\"(/departments/reports/\\d+/file)\"", Pattern.DOTALL)
			.matcher(departments);
		assertThat(link.find()).isTrue();
		byte[] file = mvc.perform(get(link.group(1)).with(VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getSheet("สรุป").getRow(1).getCell(0).getStringCellValue()).isEqualTo("กรมทดสอบ");
		}
		assertThat(page(get("/reports").param("lang", "en"))).contains("Department reports", "Monthly reports of units");
		assertThat(page).as("a trial: PDFs switched off were said to want LibreOffice installed")
			.contains("การทำไฟล์ PDF ของรายงานปิดอยู่")
			.doesNotContain("ยังไม่ได้ติดตั้ง LibreOffice");
	}

	@Test
	void englishPagesLabelTheTable() throws Exception {
		assertThat(page(get("/").param("lang", "en"))).contains("Units followed", "Weakest indicator", "missing, overdue",
				"Use of power</span> <b>70.00</b>");
	}

	@Test
	void theUnitPageShowsItsStoredReport() throws Exception {
		String page = page(get("/unit").param("name", "กองคลัง"));
		assertThat(page).contains("88.00", "70.00", "การใช้อำนาจ", "มิถุนายน 2564").doesNotContain("id=\"no-report\"");
		assertThat(page).as("a trial: the unit page said neither its code nor its สังกัด, and led back nowhere")
			.containsPattern("<span>รหัส 0101</span> · <span>สังกัด</span>\\s*<a href=\"/\\?dept=01\">กรมทดสอบ</a>");
		assertThat(page).as("the month the reports follow (June 2564), not today's, as the department page does")
			.contains("รายงานประจำเดือน มิถุนายน 2564 กำหนดส่งภายในวันที่ 10 กรกฎาคม 2564")
			.as("a trial: a report made years late was a green box, 'overdue 1,972 days, report made'")
			.containsPattern("class=\"deadline made-late\"")
			.containsPattern("มีรายงานแล้ว จัดทำหลังกำหนด [0-9,]+ วัน")
			.doesNotContain("เลยกำหนด");
		assertThat(figure(page, "score-round")).as("a trial: the page said neither the round nor whose target")
			.isEqualTo("ผลปีงบประมาณ 2564 รอบที่ 2 (5 เดือนหลัง) เทียบกับค่าเป้าหมายของรอบ (ร้อยละ 92.50)");
		assertThat(figure(page(get("/unit").param("name", "กองคลัง").param("lang", "en")), "score-round"))
			.isEqualTo("FY 2564 round 2 (last 5 months) against the round&#39;s target (92.50 %)");
	}

	/**
	 * A unit's figures are kept as HTML by their report and the unit's scores: changed in the
	 * database in place (which no run does) they still show as kept, while the downloads around them
	 * are read for every view; the unit's new scores, reported, show at once, and another unit's
	 * page stays as kept through a run that changed nothing of it.
	 */
	/**
	 * A workbook refused is no data of the deadline's month: a trial's refused upload turned the page
	 * to that month, empty, every unit "sent nothing". Its typo is told for what it is.
	 */
	/**
	 * A trial: "run now" of one unit for an earlier month turned the department page, and every unit's
	 * deadline, to that month (two units "with scores" of sixty). The pages follow the month the data
	 * choose.
	 */
	@Test
	@Order(Integer.MAX_VALUE - 3)
	void aRunOfOneUnitForAnEarlierMonthLeavesThePagesOnTheMonthOfTheData() throws Exception {
		coordinator.run(new th.itabatch.runs.RunRequest(th.itabatch.runs.RunTrigger.MANUAL,
				Optional.of(ExampleDepartment.MONTH.minusMonths(1)), List.of("กองคลัง"), null, properties.outputDir()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ita_report WHERE unit = 'กองคลัง' AND report_month = ?")
			.param(ExampleDepartment.MONTH.minusMonths(1).toString())
			.query(Long.class)
			.single()).as("the earlier month's report was made").isEqualTo(1);

		assertThat(page(get("/"))).contains("กรมทดสอบ · เดือนมิถุนายน 2564");
		assertThat(page(get("/unit").param("name", "กลุ่มงานสอง"))).contains("มิถุนายน 2564").doesNotContain("พฤษภาคม 2564");
		assertThat(page(get("/runs"))).containsPattern("id=\"last-manual\">[^<]*: 1 หน่วยงาน ทำรายงานใหม่ 1 ");

		// The same again: nothing to make, no job on the page, and said so (a trial's left no trace).
		coordinator.run(new th.itabatch.runs.RunRequest(th.itabatch.runs.RunTrigger.MANUAL,
				Optional.of(ExampleDepartment.MONTH.minusMonths(1)), List.of("กองคลัง"), null, properties.outputDir()));
		assertThat(page(get("/runs"))).containsPattern(
				"id=\"last-manual\">[^<]*: 1 หน่วยงาน ทำรายงานใหม่ 0 ข้อมูลไม่เปลี่ยนตั้งแต่รายงานครั้งก่อนจึงไม่ต้องทำใหม่ 1 ");
	}

	@Test
	@Order(Integer.MAX_VALUE - 2)
	void aRefusedWorkbookLeavesThePageOnTheMonthReported(@TempDir Path work) throws Exception {
		Path broken = Files.createDirectories(work.resolve("broken"));
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder sheet = new SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		sheet.row("A2", "กค.", 2564, 2, 1, "๙๕.๕o");
		ExampleWorkbooks.write(scores, broken.resolve("scores-typo.xlsx"));

		var refused = oneShot.run(broken, properties.outputDir(), Optional.empty());

		assertThat(refused.messages().values().stream().flatMap(List::stream))
			.singleElement()
			.satisfies(m -> assertThat(m.code()).isEqualTo("SCORE_LETTER_FOR_DIGIT"))
			.satisfies(m -> assertThat(m.thai()).contains("\"๙๕.๕๐\""));
		assertThat(page(get("/"))).contains("กรมทดสอบ · เดือนมิถุนายน 2564");
		// Its unit's page gives the refused workbook's error first, its report made again for it.
		assertThat(page(get("/unit").param("name", "กองคลัง"))).contains("scores-typo.xlsx", "SCORE_LETTER_FOR_DIGIT");
	}

	@Test
	@Order(Integer.MAX_VALUE - 1)
	void aUnitsFiguresAreKeptUntilItsReportOrScoresChangeWhileItsDownloadsAreReadForEveryView(@TempDir Path work)
			throws Exception {
		// Its latest report is June's, made again by the test before for the workbook of กค. refused there:
		// round 2's 88.00 (May's, the test before that's, has round 1's 80.00).
		assertThat(figure(page(get("/unit").param("name", "กองคลัง")), "overall")).isEqualTo("88.00");
		String other = figure(page(get("/unit").param("name", "กลุ่มงานสอง")), "overall");
		jdbc.sql("UPDATE ita_indicator_result SET score = 11.11").update();
		jdbc.sql("UPDATE ita_report_file SET template_name = 'แม่แบบที่เปลี่ยนชื่อ'").update();

		String same = page(get("/unit").param("name", "กองคลัง"));
		assertThat(figure(same, "overall")).isEqualTo("88.00");
		assertThat(same).doesNotContain("11.11").contains("title=\"แม่แบบที่เปลี่ยนชื่อ\"");
		assertThat(page(get("/unit").param("name", "กองคลัง").param("lang", "en"))).as("each language its own")
			.contains("Overall");

		// New scores of กองคลัง alone, received and reported.
		Path newer = Files.createDirectories(work.resolve("newer"));
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder sheet = new SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			sheet.row("A" + (indicator + 1), "กค.", 2564, 2, indicator, 60 + indicator);
		}
		ExampleWorkbooks.write(scores, newer.resolve("scores-corrected.xlsx"));
		oneShot.run(newer, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));

		assertThat(figure(page(get("/unit").param("name", "กองคลัง")), "overall")).isEqualTo("63.00");
		String kept = page(get("/unit").param("name", "กลุ่มงานสอง"));
		assertThat(figure(kept, "overall")).isEqualTo(other);
		assertThat(kept).doesNotContain("11.11");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void aUnitWithDataButNoStoredReportIsSaidPlainly() throws Exception {
		jdbc.sql("DELETE FROM ita_report WHERE unit = 'กลุ่มงานหนึ่ง'").update();
		String page = page(get("/unit").param("name", "กลุ่มงานหนึ่ง"));
		assertThat(page).contains("id=\"no-report\"", "ยังไม่มีรายงานที่จัดทำของหน่วยงานนี้");
	}
}
