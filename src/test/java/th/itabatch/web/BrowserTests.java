package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputSource;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunOutcome;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;

/**
 * A person's afternoon with the page, in Debian's Chromium: log in, upload the example, start a
 * run, follow it, read the dashboard, download the report and read its cells; drop a new version
 * into the input folder and see a new report appear; and a viewer refused an editor's action. Then
 * an upload over the size limit and a unit whose report failed, as a person sees them. The browser
 * tests are skipped where chromium and chromedriver are not installed ({@code .ci/run} installs
 * them); the running server's own answers (a too large upload, the session cookie) are checked with
 * Java's HTTP client everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ita.security.users[0].username=viewer", "ita.security.users[0].password={noop}viewer-pw",
				"ita.security.users[0].role=VIEWER", "ita.security.users[1].username=editor",
				"ita.security.users[1].password={noop}editor-pw", "ita.security.users[1].role=EDITOR",
				"ita.inbox.enabled=true", "ita.inbox.settle-seconds=1", "ita.inbox.poll-seconds=1",
				"ita.schedule.enabled=true", "ita.schedule.debounce-seconds=1" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTests extends RunningServer {


	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path downloads;

	private WebDriver browser;

	@Autowired
	private Inbox inbox;

	@Autowired
	private RunCoordinator coordinator;

	private void assumeBrowser() throws Exception {
		assumeTrue(Chromium.installed(), Chromium.MISSING);
		browser = Chromium.start(null);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void logIn(String user, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login")).click();
		// Until the login is answered: a page asked for at once cancelled the form's post on a loaded
		// machine, and the test met the login page where it looked for the inputs page's form.
		new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100))
			.until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	private void screenshot(String name) throws Exception {
		Chromium.screenshot(browser, name);
	}

	/**
	 * The page's text; the runs page reloads itself while a run is on, and a form's answer replaces the
	 * page, so a read of a page being replaced (a stale element, or a node no longer in the document)
	 * is tried again.
	 */
	private String page() {
		for (int attempt = 0;; attempt++) {
			try {
				return browser.findElement(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	private void waitFor(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(200)).ignoring(
				org.openqa.selenium.WebDriverException.class).until(driver -> page().contains(text));
	}

	/** Reloads the page until its text contains what is awaited, as a person would. */
	private void reloadUntil(String path, String text, Duration limit) {
		new WebDriverWait(browser, limit, Duration.ofMillis(500)).until(driver -> {
			driver.get(url(path));
			return page().contains(text);
		});
	}

	private byte[] download(String href) throws Exception {
		Cookie session = browser.manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "SESSION=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	@Order(1)
	void anEditorUploadsRunsFollowsAndDownloadsAndAViewerIsRefused() throws Exception {
		assumeBrowser();
		Path upload = Files.createDirectories(downloads.resolve("to-upload"));
		ExampleWorkbooks.main(new String[] { upload.toString() });

		logIn("editor", "editor-pw");
		assertThat(page()).contains("ภาพรวมหน่วยงาน", "ยังไม่มีข้อมูล");
		browser.get(url("/inputs"));
		browser.findElement(By.id("files"))
			.sendKeys(upload.resolve(ExampleWorkbooks.SCORES_FILE) + "\n" + upload.resolve(ExampleWorkbooks.PLAN_FILE));
		browser.findElement(By.id("upload-button")).click();
		assertThat(browser.findElement(By.id("uploaded")).getText()).contains(ExampleWorkbooks.SCORES_FILE,
				ExampleWorkbooks.PLAN_FILE, "ได้รับแล้ว");
		screenshot("inputs");

		browser.get(url("/runs"));
		browser.findElement(By.id("run-now-button")).click();
		waitFor("เริ่มประมวลผลแล้ว");
		reloadUntil("/runs", "จัดทำรายงาน", Duration.ofSeconds(60));
		new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(500))
			.until(driver -> driver.findElements(By.cssSelector("#executions tr.run-COMPLETED")).size() >= 2);
		screenshot("runs");

		browser.get(url("/"));
		browser.findElement(By.linkText("กองคลัง")).click();
		assertThat(browser.findElement(By.id("overall")).getText()).isEqualTo("92.51");
		String indicators = browser.findElement(By.id("indicators")).getText();
		assertThat(indicators).contains("97.11", "90.08", "91.04", "87.99", "91.81", "-4.51");
		assertThat(browser.findElement(By.id("weakest")).getText()).contains("การใช้ทรัพย์สินของราชการ · 87.99",
				"การใช้งบประมาณ · 90.08");
		assertThat(browser.findElement(By.id("plan-progress")).getText()).contains("100.00%");
		assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar"))).hasSize(5);
		List<String> axis = browser.findElements(By.cssSelector("#score-chart text.axis")).stream()
			.map(WebElement::getText).toList();
		assertThat(axis).as("the value axis from 10 below the lowest score").startsWith("70").endsWith("100");
		assertThat(browser.findElements(By.cssSelector("#score-chart text.label")).stream()
			.map(label -> label.findElements(By.tagName("tspan")).stream().map(WebElement::getText)
				.collect(java.util.stream.Collectors.joining())))
			.as("the bars named, broken between words").contains("การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต");
		Boolean targetUnderValues = (Boolean) ((JavascriptExecutor) browser).executeScript(
				"const line = document.querySelector('#score-chart line.target');"
						+ "return [...document.querySelectorAll('#score-chart text.value')]"
						+ ".every(t => line.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);");
		assertThat(targetUnderValues).as("the target line drawn under the figures").isTrue();
		assertThat(browser.findElements(By.cssSelector("#indicators tbody tr:not(#overall-round) td:last-child"))
			.stream()
			.map(WebElement::getText))
			.as("no previous round: a dash").containsOnly("-");
		List<WebElement> offered = browser.findElements(By.cssSelector("#reports li:first-child a"));
		assertThat(offered).extracting(WebElement::getText).as("the report and the brief beside it")
			.containsExactly("Excel", "Word (เอกสารสรุป)");
		byte[] brief = download(offered.get(1).getAttribute("href"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(brief))) {
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.contains("กองคลัง"));
		}
		screenshot("dashboard");

		String href = browser.findElement(By.cssSelector("#reports a")).getAttribute("href");
		try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(download(href)))) {
			XSSFSheet sheet = report.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("กองคลัง");
			assertThat(List.of(8, 9, 10, 11, 12).stream().map(r -> sheet.getRow(r - 1).getCell(2).getNumericCellValue()))
				.containsExactly(97.11, 90.08, 91.04, 87.99, 91.81);
			assertThat(sheet.getRow(10).getCell(6).getNumericCellValue()).as("rank from the lowest").isEqualTo(1);
		}

		// A new version dropped into the input folder starts a run by itself and makes a new report.
		Path inbox = Files.createDirectories(root.resolve("input"));
		try (XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook()) {
			workbook.getSheetAt(0).getRow(8).getCell(2).setCellValue(93.25);
			ExampleWorkbooks.write(workbook, inbox.resolve("ita-scores-2564-v2.xlsx"));
		}
		new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(500)).until(driver -> {
			driver.get(url("/reports"));
			return driver.findElements(By.cssSelector("#report-history tbody tr")).size() == 2;
		});
		screenshot("reports");
		browser.get(url("/unit?name=กองคลัง"));
		assertThat(browser.findElement(By.id("indicators")).getText()).contains("93.25").doesNotContain("87.99");

		browser.get(url("/?lang=en"));
		assertThat(page()).contains("Units", "Weakest indicator", "Use of budget");
		screenshot("overview-en");
		browser.get(url("/?lang=th"));
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		browser.get(url("/unit?name=กองคลัง"));
		Number overflow = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow.intValue()).as("the page fits a phone's width").isLessThanOrEqualTo(0);
		assertThat(browser.findElement(By.id("score-chart")).isDisplayed()).as("the drawing, too small on a phone").isFalse();
		assertThat(browser.findElements(By.cssSelector("#score-bars .name")).stream().map(WebElement::getText))
			.as("the bars across the phone's screen, each under its whole name")
			.containsExactly("การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต");
		assertThat(browser.findElements(By.cssSelector("#score-bars rect.bar")))
			.as("each bar drawn to its length (an inline style would be refused by the page's policy)")
			.hasSize(5).allSatisfy(bar -> assertThat(bar.getSize().getWidth()).isGreaterThan(10));
		Number tableOverflow = (Number) ((JavascriptExecutor) browser).executeScript(
				"const t = document.getElementById('indicators'); return t.scrollWidth - t.parentElement.clientWidth;");
		assertThat(tableOverflow.intValue()).as("the scores table needs no sideways scrolling").isLessThanOrEqualTo(0);
		for (WebElement row : browser.findElements(By.cssSelector("#indicators tbody tr"))) {
			WebElement result = row.findElement(By.cssSelector("td.result"));
			WebElement score = row.findElements(By.cssSelector("td.num")).get(0);
			assertThat(result.getSize().getHeight()).as("\"%s\" on one line", result.getText())
				.isLessThanOrEqualTo(score.getSize().getHeight());
		}
		screenshot("phone");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));

		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		logIn("viewer", "viewer-pw");
		browser.get(url("/runs"));
		assertThat(browser.findElements(By.id("run-now"))).as("no run-now form for a viewer").isEmpty();
		browser.get(url("/inputs"));
		assertThat(browser.findElements(By.id("upload"))).as("no upload form for a viewer").isEmpty();
		Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector("input[name='_csrf']").value;
				fetch('/runs', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
				  body: '_csrf=' + encodeURIComponent(token)}).then(r => done(r.status));""");
		assertThat(((Number) status).intValue()).as("an editor's action refused for a viewer").isEqualTo(403);
		long runs = jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Long.class).single();
		assertThat(runs).isPositive();
	}

	/** The CSRF token of a page's form, as a browser would send it back. */
	private static String token(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("the page has a form with its CSRF token").isTrue();
		return token.group(1);
	}

	/** A multipart upload as a browser's form sends it: the file, then the form's CSRF token. */
	private static byte[] upload(int megabytes, String token) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"survey-export.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[megabytes * 1024 * 1024]);
		body.write(("\r\n--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--XyZ--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	@Test
	@Order(2)
	void theRunningServerAnswersATooLargeUploadWithItsOwnPage() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=editor&password=editor-pw&_csrf=" + token(login)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(loggedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=")
			.contains("HttpOnly", "SameSite=Lax"));
		String token = token(client.send(HttpRequest.newBuilder(URI.create(url("/inputs"))).build(),
				HttpResponse.BodyHandlers.ofString()).body());

		// Over max-file-size (20 MB): Tomcat refuses it while the CSRF check reads the form.
		HttpResponse<String> file = client.send(HttpRequest.newBuilder(URI.create(url("/inputs")))
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofByteArray(upload(25, token)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(file.statusCode()).isEqualTo(413);
		assertThat(file.body()).contains("ไฟล์ใหญ่เกินกว่าที่อัปโหลดได้", "ไฟล์ละไม่เกิน 20 MB", "โฟลเดอร์นำเข้า")
			.doesNotContain("HTTP Status");
		assertThat(file.headers().firstValue("Content-Security-Policy")).isPresent();

		// Over max-request-size (60 MB), in English: refused from its length, before any of it is read.
		cookies.getCookieStore().add(URI.create(url("/")), english());
		HttpResponse<String> request = client.send(HttpRequest.newBuilder(URI.create(url("/inputs")))
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofByteArray(upload(61, token)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(request.statusCode()).isEqualTo(413);
		assertThat(request.body()).contains("The file is too large to upload", "20 MB a file and 60 MB at a time",
				"into the input folder instead");
	}

	private static HttpCookie english() {
		HttpCookie cookie = new HttpCookie("ita-lang", "en");
		cookie.setPath("/");
		cookie.setVersion(0);
		return cookie;
	}

	@Test
	@Order(3)
	void anEditorUploadingTooLargeAFileIsToldWhyAndWhereToPutIt() throws Exception {
		assumeBrowser();
		Path big = downloads.resolve("IIT รอบ 2 2564.xlsx");
		Files.write(big, new byte[25 * 1024 * 1024]);

		logIn("editor", "editor-pw");
		browser.get(url("/inputs"));
		browser.findElement(By.id("files")).sendKeys(big.toString());
		browser.findElement(By.id("upload-button")).click();

		waitFor("ไฟล์ใหญ่เกินกว่าที่อัปโหลดได้");
		assertThat(page()).contains("ไฟล์ละไม่เกิน 20 MB", "โฟลเดอร์นำเข้า");
		screenshot("too-large");
		browser.findElement(By.linkText("English")).click();
		waitFor("The file is too large to upload");
		assertThat(page()).contains("20 MB a file", "input folder");
		screenshot("too-large-en");
		browser.get(url("/?lang=th"));
	}

	/**
	 * A trial: an upload sent once the session had expired led to the login page, and after logging in
	 * to a bare "500": the page asked for again carried the upload's multipart content type, which a GET
	 * has no body for. It comes back to the inputs page saying the file was not uploaded.
	 */
	@Test
	@Order(4)
	void anUploadSentAfterTheSessionExpiredComesBackToTheInputsPageAfterLoggingIn() throws Exception {
		assumeBrowser();
		Path file = downloads.resolve("plan-2564.xlsx");
		Files.write(file, ExampleWorkbooks.bytes(ExampleWorkbooks.plan()));
		logIn("editor", "editor-pw");
		browser.get(url("/inputs"));
		browser.manage().deleteCookieNamed("SESSION");
		browser.findElement(By.id("files")).sendKeys(file.toString());
		browser.findElement(By.id("upload-button")).click();
		waitFor("การเข้าสู่ระบบหมดอายุแล้ว");

		browser.findElement(By.id("username")).sendKeys("editor");
		browser.findElement(By.id("password")).sendKeys("editor-pw");
		browser.findElement(By.id("login")).click();

		waitFor("ยังไม่ได้อัปโหลด: การเข้าสู่ระบบหมดอายุก่อนส่งไฟล์");
		assertThat(browser.getCurrentUrl()).contains("/inputs");
		assertThat(page()).doesNotContain("500");
		screenshot("upload-after-expiry");
	}

	@Test
	@Order(10)
	void aUnitWhoseReportFailedIsNamedWithTheReasonInPlainWords() throws Exception {
		assumeBrowser();
		inbox.receive("scores.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()), InputSource.UPLOAD, "editor");
		inbox.receive("plan.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.plan()), InputSource.UPLOAD, "editor");
		Path output = Files.createDirectories(root.resolve("unwritable-output"));
		Files.writeString(output.resolve("history"), "a file where the history folder should be");
		RunOutcome outcome = coordinator.run(
				new RunRequest(RunTrigger.MANUAL, Optional.empty(), List.of("กองคลัง"), null, output));
		assertThat(outcome.units()).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo(BatchStatus.FAILED));

		logIn("viewer", "viewer-pw");
		browser.get(url("/runs"));
		String runs = browser.findElement(By.id("failures")).getText();
		assertThat(runs).contains("รายงานของ กองคลัง", "ทำไม่สำเร็จ", "อ่านหรือเขียนไฟล์ไม่ได้", "(โฟลเดอร์รายงาน / output folder)");
		assertThat(page()).doesNotContain("Exception", root.toString());
		screenshot("runs-failed");
		browser.get(url("/"));
		assertThat(browser.findElement(By.id("failures")).getText()).contains("รายงานของ กองคลัง");
		screenshot("overview-failed");
	}
}
