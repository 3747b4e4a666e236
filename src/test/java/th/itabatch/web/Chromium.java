package th.itabatch.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for the browser tests, given explicitly so that Selenium
 * Manager downloads nothing; the tests are skipped where they are not installed.
 */
final class Chromium {

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String MISSING = "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)";

	private Chromium() {
	}

	static boolean installed() {
		return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
	}

	/** A headless Chromium at a laptop's size, in Thai, saving downloads into the folder (when given). */
	static WebDriver start(Path downloads) throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1600", "--lang=th");
		if (downloads != null) {
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		Files.createDirectories(SCREENSHOTS);
		return browser;
	}

	static void screenshot(WebDriver browser, String name) throws Exception {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
