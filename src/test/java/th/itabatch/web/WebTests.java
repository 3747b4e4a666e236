package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.itabatch.ItaApplicationTest;
import th.itabatch.TestFolders;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.StoredInput;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.settings.ItaProperties;

/** The pages through MockMvc: who may do what, uploads, downloads, escaping, language. */
@ItaApplicationTest
class WebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private ItaProperties properties;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions;

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	private static final RequestPostProcessor EDITOR = user("editor").roles("VIEWER", "EDITOR");

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM ita_report").update();
		jdbc.sql("DELETE FROM ita_input").update();
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("files", name, "application/octet-stream", bytes);
	}

	@Test
	void strangersAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/reports/0/file")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("_csrf")));
	}

	@Test
	void theConfiguredUsersLogInWithTheirPasswords() throws Exception {
		mvc.perform(post("/login").param("username", "editor").param("password", "editor-pw").with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").param("username", "editor").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theInputsListCountsEachOnesWarningsAndPagesOnPastTwoHundred() throws Exception {
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < InputController.LISTED + 3; i++) {
			ids.add(inputs.insert(String.format("%064d", i), "scores-" + i + ".xlsx", th.itabatch.inputs.InputSource.UPLOAD,
					"scores-" + i + ".xlsx", "archive/" + i, 10, "editor").id());
		}
		long misspelt = ids.get(ids.size() - 1);
		inputs.recordRead(misspelt, 1L, List.of("SCORES"), List.of(new th.itabatch.validation.Message(
				th.itabatch.validation.Severity.WARNING, "UNIT_UNKNOWN", "scores.xlsx", "คะแนน", "A44", 44, "หน่วยงานไม่อยู่ในทะเบียน",
				"unit not in the register", null)));
		inputs.setStatus(misspelt, th.itabatch.inputs.InputStatus.USED);

		String page = mvc.perform(get("/inputs").with(VIEWER)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).as("a trial: a workbook whose unit was misspelt stood green as 'used', its warning one click away")
			.containsPattern("ใช้แล้ว</span> · <a class=\"warnings\" href=\"/inputs/" + misspelt + "\">คำเตือน 1 รายการ</a>");
		assertThat(page).as("a trial: the page showed the latest 200 of every input, saying nothing")
			.contains("แสดง 200 ไฟล์ จากทั้งหมด " + inputs.count() + " ไฟล์")
			.contains("href=\"/inputs?before=" + ids.get(3) + "\"")
			.doesNotContain("scores-2.xlsx");
		String older = mvc.perform(get("/inputs").param("before", String.valueOf(ids.get(3))).with(VIEWER))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(older).contains("scores-0.xlsx", "scores-2.xlsx").doesNotContain("scores-3.xlsx").doesNotContain("id=\"older\"");
		String lastFull = mvc.perform(get("/inputs").param("before", String.valueOf(ids.get(InputController.LISTED))).with(VIEWER))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(lastFull).as("a review: exactly a page left, and the link led to an empty page").contains("scores-0.xlsx")
			.doesNotContain("id=\"older\"");
		// Read by no run: the rows stand for inputs whose files were never archived.
		jdbc.sql("DELETE FROM ita_input").update();
	}

	/** A trial: the English page said "upload · upload", and on a phone a message's code broke letter by letter. */
	@Test
	void anInputsPageSaysItsSourceOnceAndBreaksACodeOnlyAfterItsUnderscores() throws Exception {
		long uploaded = inputs.insert("d".repeat(64), "scores.xlsx", th.itabatch.inputs.InputSource.UPLOAD, "upload",
				"archive/d", 10, "editor").id();
		inputs.recordRead(uploaded, 1L, List.of("SCORES"), List.of(new th.itabatch.validation.Message(
				th.itabatch.validation.Severity.WARNING, "UNIT_UNKNOWN", "scores.xlsx", "คะแนน", "A44", 44, "หน่วยงานไม่อยู่ในทะเบียน",
				"unit not in the register", null)));
		long dropped = inputs.insert("e".repeat(64), "plan.xlsx", th.itabatch.inputs.InputSource.FOLDER, "/srv/ita/input/plan.xlsx",
				"archive/e", 10, null).id();

		String english = mvc.perform(get("/inputs/" + uploaded).param("lang", "en").with(VIEWER)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("<dd>upload</dd>").doesNotContain("upload · upload")
			.contains("UNIT_<wbr>UNKNOWN");
		String folder = mvc.perform(get("/inputs/" + dropped).with(VIEWER)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(folder).as("a dropped file's page still says where it lay").contains("โฟลเดอร์นำเข้า · /srv/ita/input/plan.xlsx");
	}

	/** A trial: a refused file stayed "rejected" beside its corrected one, used, with no word between them. */
	@Test
	void aRefusedFileSentAgainUnderItsNameLinksToTheNewOne() throws Exception {
		long refused = inputs.insert("a".repeat(64), "คะแนน ITA.xlsx", th.itabatch.inputs.InputSource.UPLOAD, "คะแนน ITA.xlsx",
				"archive/a", 10, "editor").id();
		inputs.setStatus(refused, th.itabatch.inputs.InputStatus.REJECTED);
		long other = inputs.insert("b".repeat(64), "แผน ITA.xlsx", th.itabatch.inputs.InputSource.UPLOAD, "แผน ITA.xlsx",
				"archive/b", 10, "editor").id();
		inputs.setStatus(other, th.itabatch.inputs.InputStatus.REJECTED);
		long corrected = inputs.insert("c".repeat(64), "คะแนน ITA.xlsx", th.itabatch.inputs.InputSource.UPLOAD, "คะแนน ITA.xlsx",
				"archive/c", 10, "editor").id();
		inputs.setStatus(corrected, th.itabatch.inputs.InputStatus.USED);

		String page = mvc.perform(get("/inputs").with(VIEWER)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("<a class=\"sent-again\" href=\"/inputs/" + corrected + "\">ส่งไฟล์ชื่อนี้ใหม่แล้ว (#" + corrected + ")</a>");
		assertThat(page.split("class=\"sent-again\"", -1)).as("the plan refused and not sent again has none").hasSize(2);
		jdbc.sql("DELETE FROM ita_input").update();
	}

	@Test
	void aViewerSeesButMayNotUploadOrRun() throws Exception {
		mvc.perform(get("/").with(VIEWER)).andExpect(status().isOk());
		mvc.perform(get("/inputs").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"upload\""))));
		mvc.perform(multipart("/inputs").file(file("a.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores())))
			.with(VIEWER)
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/runs").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
		assertThat(inputs.recent(10)).isEmpty();
	}

	@Test
	void everyPagesHeaderNamesTheSignedInUserBesideTheirLogoutButton() throws Exception {
		for (String path : List.of("/", "/inputs", "/runs", "/reports")) {
			assertThat(mvc.perform(get(path).with(EDITOR)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.as(path)
				.contains("<span class=\"who\">editor</span>")
				.containsPattern("<form action=\"/logout\" method=\"post\" class=\"inline\"><input type=\"hidden\" name=\"_csrf\"");
		}
	}

	@Test
	void formsNeedTheirCsrfToken() throws Exception {
		mvc.perform(multipart("/inputs").file(file("a.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores())))
			.with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(post("/runs").with(EDITOR)).andExpect(status().isForbidden());
	}

	/**
	 * A trial: an upload sent after the session expired was answered "you may not do this (editors
	 * only)". It leads to the login page, which says so, and after logging in back to the page.
	 */
	@Test
	void aFormSentAfterItsSessionExpiredLeadsToTheLoginPageAndBack() throws Exception {
		jakarta.servlet.http.Cookie session = mvc
			.perform(multipart("/inputs").file(file("a.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores())))
				.with(csrf().useInvalidToken()))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString())
			.contains("id=\"expired\"", "การเข้าสู่ระบบหมดอายุแล้ว");

		String back = mvc.perform(post("/login").cookie(session).param("username", "editor").param("password", "editor-pw")
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(back).startsWith("http://localhost/inputs?expired");
		assertThat(mvc.perform(get("/inputs").param("expired", "").with(EDITOR)).andReturn().getResponse().getContentAsString())
			.contains("ยังไม่ได้อัปโหลด: การเข้าสู่ระบบหมดอายุก่อนส่งไฟล์");
		mvc.perform(post("/runs").with(EDITOR).with(csrf().useInvalidToken())).andExpect(status().isForbidden());

		// A review: the login form itself left open too long is sent back to it, not made a page to return to.
		jakarta.servlet.http.Cookie stale = mvc
			.perform(post("/login").param("username", "editor").param("password", "editor-pw").with(csrf().useInvalidToken()))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(stale).as("no page saved to return to, so no session made for it").isNull();
	}

	/**
	 * A trial: after an instance was killed, its unit's job (finished by the run after it) was listed
	 * as failed "while processing". A cut-short execution a later one of its job finished says so.
	 */
	@Test
	void aRunCutShortThatALaterOneFinishedIsSaidSo() throws Exception {
		jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (990001, 0, 'monthlyReportJob', 'k990001')")
			.update();
		String execution = "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME,"
				+ " END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE, LAST_UPDATED) VALUES (?, 1, 990001, CURRENT_TIMESTAMP,"
				+ " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, CURRENT_TIMESTAMP)";
		try {
			jdbc.sql(execution).params(990001, "FAILED", "FAILED", "").update();
			jdbc.sql(execution).params(990002, "FAILED", "FAILED", "java.nio.file.AccessDeniedException: /srv/ita/output").update();
			jdbc.sql(execution).params(990003, "COMPLETED", "COMPLETED", "").update();

			String page = mvc.perform(get("/runs").with(VIEWER)).andReturn().getResponse().getContentAsString();

			assertThat(page).contains("<tr class=\"run-RECOVERED\">", "หยุดกลางคัน แล้วงานถัดไปทำต่อจนเสร็จ")
				.as("one that failed of itself and was run again keeps its reason")
				.contains("<tr class=\"run-FAILED\">", "ไม่มีสิทธิ์อ่านหรือเขียนไฟล์");
		}
		finally {
			jdbc.sql("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = 990001").update();
			jdbc.sql("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = 990001").update();
		}
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSaveIt() {
		// Through the interface: the repository's session class is not public.
		org.springframework.session.SessionRepository<org.springframework.session.Session> repository =
				(org.springframework.session.SessionRepository) sessions;
		org.springframework.session.Session session = repository.createSession();
		repository.save(session);
		org.springframework.session.Session first = repository.findById(session.getId());
		org.springframework.session.Session second = repository.findById(session.getId());
		first.setAttribute("uploaded", "first");
		second.setAttribute("uploaded", "second");

		repository.save(first);
		// A trial: the second INSERT failed on the attributes' key, a bare HTTP 500 for a received file.
		repository.save(second);

		assertThat((String) repository.findById(session.getId()).getAttribute("uploaded")).isEqualTo("second");
		repository.deleteById(session.getId());
	}

	/** The files uploaded by an editor in one form, and what the page was told of each. */
	private List<?> uploaded(MockMultipartFile... files) throws Exception {
		var upload = multipart("/inputs");
		for (MockMultipartFile one : files) {
			upload.file(one);
		}
		return (List<?>) mvc.perform(upload.with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/inputs"))
			.andReturn()
			.getFlashMap()
			.get("uploaded");
	}

	@Test
	void aFileOfNoBytesIsAnsweredAndTheFormsEmptyFieldIsNot() throws Exception {
		List<?> uploaded = uploaded(file("คะแนน-ว่าง.xlsx", new byte[0]),
				new MockMultipartFile("files", "", "application/octet-stream", new byte[0]));
		assertThat(uploaded).as("a trial: an empty file uploaded had no word, where dropped in the folder it is refused")
			.singleElement()
			.asString()
			.contains("คะแนน-ว่าง.xlsx", "REFUSED", "ไฟล์ว่าง / empty file");
		InputController.UploadResult refused = (InputController.UploadResult) uploaded.get(0);
		assertThat(refused.detailIn(java.util.Locale.forLanguageTag("th"))).as("a trial: both languages, brackets in brackets")
			.isEqualTo("ไฟล์ว่าง");
		assertThat(refused.detailIn(java.util.Locale.ENGLISH)).isEqualTo("empty file");
	}

	/** Google Forms' CSV download is taken at the door (the ingest reads it as a survey export); a PDF is not. */
	@Test
	void aSurveysCsvIsTakenAndAPdfIsRefused() throws Exception {
		String csv = th.itabatch.examples.SmallSurvey.csv(th.itabatch.examples.SmallSurvey.ALL_HIGHEST);
		List<?> uploaded = uploaded(file("IIT - การตอบแบบฟอร์ม 1.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				file("รายงาน.pdf", "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		assertThat(uploaded).hasSize(2);
		assertThat(uploaded.get(0)).asString().contains("IIT - การตอบแบบฟอร์ม 1.csv", "NEW");
		assertThat(uploaded.get(1)).asString().contains("รายงาน.pdf", "REFUSED", "PDF");
	}

	/** A trial: a copy uploaded under another name was answered with the first file's name; no file chosen, with nothing. */
	@Test
	void aCopyUnderAnotherNameIsNamedAsChosenAndNoFileIsSaid() throws Exception {
		byte[] scores = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		mvc.perform(multipart("/inputs").file(file("คะแนน 2564.xlsx", scores)).with(EDITOR).with(csrf()));
		List<?> again = (List<?>) mvc
			.perform(multipart("/inputs").file(file("คะแนน 2564 (1).xlsx", scores)).with(EDITOR).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("uploaded");
		InputController.UploadResult copy = (InputController.UploadResult) again.get(0);
		assertThat(copy.file()).isEqualTo("คะแนน 2564 (1).xlsx");
		assertThat(copy.outcome()).isEqualTo("KNOWN");
		assertThat(copy.detailIn(java.util.Locale.forLanguageTag("th"))).startsWith("เนื้อหาเดียวกับ คะแนน 2564.xlsx (#");
		// The same file sent again under its own name is named by its number too (a trial's was not).
		List<?> same = (List<?>) mvc.perform(multipart("/inputs").file(file("คะแนน 2564.xlsx", scores)).with(EDITOR).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("uploaded");
		assertThat(((InputController.UploadResult) same.get(0)).detailIn(java.util.Locale.ENGLISH))
			.startsWith("same content as คะแนน 2564.xlsx (#");
		// Excel's lock file, uploaded by mistake beside its workbook: said to be one, with the file to send.
		List<?> lock = (List<?>) mvc
			.perform(multipart("/inputs").file(file("~$คะแนน 2564.xlsx", new byte[] { 7, 'u', 's', 'e', 'r' })).with(EDITOR).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("uploaded");
		InputController.UploadResult locked = (InputController.UploadResult) lock.get(0);
		assertThat(locked.outcome()).isEqualTo("IGNORED");
		assertThat(locked.detailIn(java.util.Locale.forLanguageTag("th")))
			.isEqualTo("ไฟล์ล็อกของโปรแกรมที่เปิดไฟล์อยู่ ให้ปิดโปรแกรมแล้วอัปโหลดไฟล์ \"คะแนน 2564.xlsx\" แทน");

		Object noFile = mvc
			.perform(multipart("/inputs").file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.with(EDITOR)
				.with(csrf()))
			.andExpect(redirectedUrl("/inputs"))
			.andReturn()
			.getFlashMap()
			.get("noFile");
		assertThat(noFile).isEqualTo(true);
	}

	@Test
	void anEditorUploadsAndTheDashboardAndDownloadShowTheReport() throws Exception {
		mvc.perform(multipart("/inputs").file(file("scores.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores())))
			.file(file("plan.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.plan())))
			.file(file("report.pdf.xlsx", "%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII)))
			.with(EDITOR)
			.with(csrf())).andExpect(redirectedUrl("/inputs"));
		assertThat(inputs.recent(10)).extracting(StoredInput::fileName).containsExactlyInAnyOrder("scores.xlsx", "plan.xlsx");
		assertThat(inputs.recent(10)).allSatisfy(i -> assertThat(i.receivedBy()).isEqualTo("editor"));

		coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, properties.outputDir()));

		mvc.perform(get("/unit").param("name", "กองคลัง").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("97.11"), Matchers.containsString("87.99"),
					Matchers.containsString("92.51"), Matchers.containsString("การใช้ทรัพย์สินของราชการ"),
					// Located and coded as everywhere (file › sheet › cell · code · text); a warning about a
					// whole sheet had shown "› ·" and none had its code.
					Matchers.containsString("scores.xlsx › คะแนน › C11</span> · <code>OVERALL_MISMATCH</code> · "))));
		long reportId = jdbc.sql("SELECT id FROM ita_report").query(Long.class).single();
		byte[] report = mvc.perform(get("/reports/" + reportId + "/file").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
			assertThat(workbook.getSheetAt(0).getRow(10).getCell(2).getNumericCellValue()).isEqualTo(87.99);
		}
		mvc.perform(get("/runs").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("COMPLETED")));
	}

	@Test
	void aUnitsPageShowsItsTrendRoundByRoundAsATableAndALineChart() throws Exception {
		mvc.perform(multipart("/inputs").file(file("scores.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores())))
			.file(file("scores-2563.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.previousYearScores())))
			.with(EDITOR)
			.with(csrf())).andExpect(redirectedUrl("/inputs"));
		coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, properties.outputDir()));

		String page = unitPage("กองคลัง");

		String table = page.substring(page.indexOf("<table id=\"trend-table\">"));
		table = table.substring(0, table.indexOf("</table>"));
		// Oldest first; FY 2563 round 2 states no overall: the mean 88.80, marked as computed.
		assertThat(table.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).contains(
				"ปีงบ 2563 รอบ 1 84.69 85.00 88.10 85.20 86.00 80.15 84.00",
				"ปีงบ 2563 รอบ 2 88.80 (คำนวณ) 92.50 92.00 88.50 90.00 84.50 89.00",
				"ปีงบ 2564 รอบ 1 92.51 85.00 97.11 90.08 91.04 87.99 91.81");
		assertThat(page).as("the round the bars are and the round whose target they are held against, as the report compares")
			.contains("<p class=\"muted\" id=\"score-round\">ผลปีงบประมาณ 2564 รอบที่ 1 (5 เดือนแรก) "
					+ "เทียบกับค่าเป้าหมายของปีงบประมาณ 2564 รอบที่ 2 (ร้อยละ 92.50)</p>");
		String overallRound = page.substring(page.indexOf("<tr class=\"total\" id=\"overall-round\">"));
		assertThat(overallRound.substring(0, overallRound.indexOf("</tr>")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
			.as("a trial: the dashboard said ผ่าน by the round's own target, the page only ไม่ผ่าน by the next's")
			.contains("ภาพรวม เทียบเป้าหมายของรอบ 92.51 85.00 +7.51 ผ่าน");
		assertThat(table.indexOf("ปีงบ 2563 รอบ 1")).isLessThan(table.indexOf("ปีงบ 2563 รอบ 2"));
		assertThat(table.indexOf("ปีงบ 2563 รอบ 2")).isLessThan(table.indexOf("ปีงบ 2564 รอบ 1"));
		assertThat(page).containsPattern("<polyline class=\"trend\" points=\"[\\d.]+,[\\d.]+ [\\d.]+,[\\d.]+ [\\d.]+,[\\d.]+\"")
			.contains("<circle class=\"dot computed\"");
		assertThat(page).as("three rounds drawn three rounds wide, at that size in pixels: a phone only shrinks it")
			.contains("viewBox=\"0 0 380 245\" width=\"380\" height=\"245\">");
		assertThat(mvc.perform(get("/unit").param("name", "กองคลัง").param("lang", "en").with(VIEWER))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Trend by round", "FY 2563", "round 2");
	}

	private String unitPage(String unit) throws Exception {
		return mvc.perform(get("/unit").param("name", unit).with(VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aUnitsWholeItaIsNamedTheWeightedTotalOnItsPage() throws Exception {
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder sheet = new SheetBuilder(scores.createSheet("คะแนน"));
		sheet.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		int[] values = { 92, 90, 93, 88, 91, 94, 89, 91, 85, 88 };
		for (int i = 0; i < values.length; i++) {
			sheet.row("A" + (i + 2), "กองคลัง", 2564, 2, i + 1, values[i]);
		}
		mvc.perform(multipart("/inputs").file(file("scores.xlsx", ExampleWorkbooks.bytes(scores))).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/inputs"));
		coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, properties.outputDir()));

		String page = unitPage("กองคลัง");

		// 0.3 × 90.80 + 0.3 × 91.33 + 0.4 × 86.50 = 89.24; the ten's mean is 90.10. A trial's page said "ภาพรวม".
		String total = page.substring(page.indexOf("<tr class=\"total\">"));
		assertThat(total.substring(0, total.indexOf("</tr>")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
			.contains("ภาพรวม ITA ถ่วงน้ำหนัก 89.24");
	}

	@Test
	void aDownloadNeverReachesOutsideTheOutputFolder() throws Exception {
		jdbc.sql("""
				INSERT INTO ita_report (job_instance_id, inputs, unit, fiscal_year, report_month, file_path, history_path,
				  narrative, created_at)
				VALUES (999, '', 'x', 2564, '2021-06', '/etc/passwd', ?, '', CURRENT_TIMESTAMP)""")
			.param(TestFolders.shared().resolve("data").resolve("db").resolve("ita.script").toString())
			.update();
		long id = jdbc.sql("SELECT id FROM ita_report WHERE job_instance_id = 999").query(Long.class).single();

		mvc.perform(get("/reports/" + id + "/file").with(VIEWER)).andExpect(status().isNotFound());
		mvc.perform(get("/reports/12345/file").with(VIEWER)).andExpect(status().isNotFound());
		mvc.perform(get("/inputs/12345/annotated").with(VIEWER)).andExpect(status().isNotFound());
	}

	@Test
	void textFromWorkbooksIsEscaped() throws Exception {
		XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook();
		new SheetBuilder(workbook.getSheetAt(0)).text("B8", "<script>alert('x')</script>");
		mvc.perform(multipart("/inputs").file(file("R&D คะแนน.xlsx", ExampleWorkbooks.bytes(workbook)))
			.with(EDITOR)
			.with(csrf())).andExpect(redirectedUrl("/inputs"));
		coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, properties.outputDir()));
		long id = inputs.recent(1).get(0).id();

		String page = mvc.perform(get("/inputs/" + id).with(VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("INDICATOR_<wbr>UNKNOWN", "&lt;script&gt;").doesNotContain("<script>alert");
		assertThat(page).as("what it holds and who sent it, which a phone's list of inputs leaves out")
			.contains("<dd id=\"by\">editor</dd>");
		assertThat(mvc.perform(get("/inputs").with(VIEWER)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("R&amp;D คะแนน.xlsx")
			.doesNotContain("R&D คะแนน")
			.as("a viewer is told why there is no upload form (a trial found it only missing)")
			.contains("id=\"editors-upload\"")
			.as("the tables a file holds in words, not codes (SCORES, PLAN,PROGRESS)")
			.contains("<span>ผลคะแนน</span>");
		assertThat(mvc.perform(get("/inputs").with(EDITOR)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"upload\"")
			.doesNotContain("id=\"editors-upload\"");
	}

	@Test
	void pagesAreThaiUnlessEnglishIsAskedFor() throws Exception {
		mvc.perform(get("/").with(VIEWER)).andExpect(content().string(Matchers.containsString("ภาพรวมหน่วยงาน")));
		mvc.perform(get("/").param("lang", "en").with(VIEWER))
			.andExpect(content().string(Matchers.containsString("Units")))
			.andExpect(header().string("Set-Cookie", Matchers.containsString("ita-lang=en")));
	}
}
