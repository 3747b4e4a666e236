package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.settings.ItaProperties;

/**
 * The department page in Debian's Chromium, as a director uses it: a department of five units in
 * three levels ({@link ExampleDepartment}) run through the jobs; sort by overall both ways, filter by
 * name, choose a parent below the top, download the department's report and read it with POI, and
 * the table scrolling in its own box on a phone. Skipped where chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ita.security.users[0].username=viewer", "ita.security.users[0].password={noop}viewer-pw",
				"ita.security.users[0].role=VIEWER" })
class DepartmentBrowserTests extends RunningServer {


	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private ItaProperties properties;

	@TempDir
	Path downloads;

	private WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private List<String> units() {
		return browser.findElements(By.cssSelector("#units td.unit")).stream().map(WebElement::getText).toList();
	}

	/** Clicks what leads to another page and waits for it: the old page's table gone, the new one there. */
	private void follow(By by) {
		WebElement old = browser.findElement(By.tagName("main"));
		browser.findElement(by).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> gone(old));
	}

	/**
	 * Whether the element has left its page. Chromium answers a question about an element of a page
	 * being replaced either as stale or, at the wrong moment, with "Node … does not belong to the
	 * document" (which {@link ExpectedConditions#stalenessOf} lets through as an error).
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private List<String> overalls() {
		return browser.findElements(By.cssSelector("#units td.overall-cell")).stream().map(WebElement::getText).toList();
	}

	@Test
	void aDirectorSortsFiltersChoosesAParentAndDownloadsTheReport() throws Exception {
		assumeTrue(Chromium.installed(), Chromium.MISSING);
		Path register = Files.createDirectories(root.resolve("register"));
		ExampleDepartment.writeRegister(register);
		oneShot.run(register, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));
		Path data = Files.createDirectories(root.resolve("data-in"));
		ExampleDepartment.writeData(data);
		oneShot.run(data, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));
		browser = Chromium.start(downloads);

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("viewer");
		browser.findElement(By.id("password")).sendKeys("viewer-pw");
		browser.findElement(By.id("login")).click();
		assertThat(browser.findElement(By.id("summary")).getText()).contains("กรมทดสอบ", "มิถุนายน 2564");
		assertThat(browser.findElement(By.id("mean")).getText()).isEqualTo("87.33");
		assertThat(units()).containsExactly("กลุ่มงานสอง", "กองคลัง", "กลุ่มงานหนึ่ง", "กองว่าง");
		Chromium.screenshot(browser, "department");

		follow(By.id("sort-overall"));
		assertThat(overalls()).as("highest first").containsExactly("94.00", "88.00", "80.00", "");
		follow(By.id("sort-overall"));
		assertThat(overalls()).as("lowest first, the unit without scores still last")
			.containsExactly("80.00", "88.00", "94.00", "");
		assertThat(browser.findElement(By.cssSelector("th[aria-sort=ascending]")).getText()).contains("คะแนนภาพรวม");

		browser.findElement(By.id("q")).sendKeys("กลุ่มงาน");
		follow(By.id("apply"));
		assertThat(units()).as("filtered, still sorted lowest first").containsExactly("กลุ่มงานหนึ่ง", "กลุ่มงานสอง");
		new Select(browser.findElement(By.id("show"))).selectByValue("failing");
		follow(By.id("apply"));
		assertThat(units()).containsExactly("กลุ่มงานหนึ่ง");
		Chromium.screenshot(browser, "department-filtered");
		follow(By.id("clear"));
		assertThat(units()).hasSize(4);

		new Select(browser.findElement(By.id("dept"))).selectByValue("0102");
		follow(By.id("apply"));
		assertThat(browser.findElement(By.id("summary")).getText()).contains("สำนักงานเลขานุการกรม");
		assertThat(browser.findElement(By.id("mean")).getText()).isEqualTo("87.00");
		browser.get(url("/"));

		WebElement link = browser.findElement(By.cssSelector("#downloads a"));
		String name = link.getText();
		assertThat(name).isEqualTo("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx");
		link.click();
		Path file = downloads.resolve(name);
		new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(200)).until(d -> Files.isRegularFile(file)
				&& !Files.exists(downloads.resolve(name + ".crdownload")));
		try (XSSFWorkbook report = new XSSFWorkbook(file.toFile())) {
			XSSFSheet summary = report.getSheet("สรุป");
			assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("กรมทดสอบ");
			assertThat(summary.getRow(14).getCell(1).getNumericCellValue()).as("B15: the mean overall").isEqualTo(87.33);
		}

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(url("/"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		Number page = (Number) js
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		Number box = (Number) js
			.executeScript("const b = document.querySelector('.table-box'); return b.scrollWidth - b.clientWidth;");
		assertThat(page.intValue()).as("the page fits a phone's width").isLessThanOrEqualTo(0);
		assertThat(box.intValue()).as("a trial: the units' table scrolled sideways on a phone; it shows five columns there")
			.isLessThanOrEqualTo(0);
		assertThat(browser.findElement(By.id("sort-level")).isDisplayed()).as("the level: in the report").isFalse();
		assertThat(browser.findElement(By.id("sort-overall")).isDisplayed()).isTrue();
		Chromium.screenshot(browser, "department-phone");
		try (Stream<Path> left = Files.list(downloads)) {
			assertThat(left).isNotEmpty();
		}
	}
}
