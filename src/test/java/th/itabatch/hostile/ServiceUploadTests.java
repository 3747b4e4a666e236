package th.itabatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.ItaBatchApplication;
import th.itabatch.examples.ExampleWorkbooks;

/**
 * The service as the README's systemd unit runs it (-Xmx512m), in a JVM of its own: a dense workbook
 * of 3.5 million cells uploaded through the page is answered with a located message, the page goes
 * on answering, and the valid workbooks uploaded next are reported.
 */
class ServiceUploadTests {

	private static final Pattern BANNER = Pattern.compile("ITA Batch: (http://127\\.0\\.0\\.1:\\d+)/");

	@TempDir
	Path root;

	private Process service;

	@AfterEach
	void stop() throws Exception {
		if (service != null) {
			service.destroy();
			if (!service.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				service.destroyForcibly();
			}
		}
	}

	@Test
	void aMemoryBombUploadLeavesThePageAnsweringAndTheNextUploadIsReported() throws Exception {
		Path console = root.resolve("console.txt");
		service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), ItaBatchApplication.class.getName(), "--server.port=0",
				"--ita.data-dir=" + root.resolve("data"), "--ita.input-dir=" + root.resolve("input"),
				"--ita.output-dir=" + root.resolve("output"), "--ita.inbox.enabled=true", "--ita.schedule.enabled=true",
				"--ita.schedule.debounce-seconds=1", "--ita.security.users[0].username=editor",
				"--ita.security.users[0].password={noop}editor-pw", "--ita.security.users[0].role=EDITOR",
				// The test classpath's application.properties quiets the console the banner is read from.
				"--logging.level.th.itabatch=INFO")
			.redirectErrorStream(true)
			.redirectOutput(console.toFile())
			.start();
		String base = awaitBanner(console);
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
		String login = get(client, base + "/login").body();
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=editor&password=editor-pw&_csrf=" + token(login)))
			.build(), HttpResponse.BodyHandlers.ofString());

		Path dense = root.resolve("dense.xlsx");
		HostileFiles.writeDense(dense);
		HttpResponse<String> bomb = upload(client, base, Map.of("ผลคะแนนทั้งกรม.xlsx", Files.readAllBytes(dense)));
		assertThat(bomb.statusCode()).as("the upload is answered").isEqualTo(302);

		HttpResponse<String> page = get(client, base + "/inputs");
		assertThat(page.statusCode()).as("the page goes on answering").isEqualTo(200);

		HttpResponse<String> valid = upload(client, base,
				Map.of(ExampleWorkbooks.SCORES_FILE, ExampleWorkbooks.bytes(ExampleWorkbooks.scores()), ExampleWorkbooks.PLAN_FILE,
						ExampleWorkbooks.bytes(ExampleWorkbooks.plan())));
		assertThat(valid.statusCode()).isEqualTo(302);
		Path report = root.resolve("output").resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx");
		long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!Files.isRegularFile(report) && System.nanoTime() < until && service.isAlive()) {
			Thread.sleep(500);
		}
		String text = Files.readString(console, StandardCharsets.UTF_8);
		assertThat(report).as(text).isRegularFile();
		Matcher rejected = Pattern.compile("href=\"/inputs/(\\d+)\">ผลคะแนนทั้งกรม.xlsx").matcher(get(client, base + "/inputs").body());
		assertThat(rejected.find()).isTrue();
		assertThat(get(client, base + "/inputs/" + rejected.group(1)).body()).contains("FILE_<wbr>TOO_<wbr>LARGE", "ita.limits.max-cells");
		assertThat(text).doesNotContain("OutOfMemoryError");
		assertThat(service.isAlive()).isTrue();
	}

	private String awaitBanner(Path console) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < until && service.isAlive()) {
			Matcher banner = BANNER.matcher(Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "");
			if (banner.find()) {
				return banner.group(1);
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the service did not start: " + Files.readString(console, StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> upload(HttpClient client, String base, Map<String, byte[]> files) throws Exception {
		String token = token(get(client, base + "/inputs").body());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			body.write(("--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey() + "\"\r\n"
					+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(file.getValue());
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--XyZ--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(base + "/inputs"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("the page has a form with its CSRF token").isTrue();
		return token.group(1);
	}
}
