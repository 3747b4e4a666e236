package th.itabatch.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaBatchApplication;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputSource;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunQueue;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;

/**
 * Measures the department page and the unit page under load: a department of 1,000 units in ten
 * branches is run through the jobs once, then the web application answers 20 concurrent users
 * (each logged in with its own session) asking for {@code /} and {@code /unit?name=…} for 30 s,
 * first idle, then while a run reads new scores of the units and reports them again; prints p50/p95/p99 per page. Not a test:
 * {@code mvn -q -Pbenchmark test-compile exec:exec -Dbenchmark.main=th.itabatch.benchmark.PagesLoadBenchmark}
 * (see docs/benchmarks.md); the arguments {@code [units] [users] [seconds] [folder]} change the
 * defaults 1000 20 30 and keep the loaded data in the folder for the next time.
 */
public final class PagesLoadBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		// A fourth argument names a folder kept between runs: the units are loaded into it once.
		boolean kept = args.length > 3;
		Path work = kept ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("ita-pages-benchmark");
		boolean loaded = Files.isDirectory(work.resolve("data"));
		try {
			Path first = Files.createDirectories(work.resolve("first"));
			writeRegister(first.resolve("units.xlsx"), units);
			LargeInputs.writeScores(first.resolve("scores-" + units + "-units.xlsx"), units);
			Path inbox = Files.createDirectories(work.resolve("input"));
			FileSystemUtils.deleteRecursively(inbox);
			Files.createDirectories(inbox);
			System.out.printf("java %s, %d cores, max heap %d MB; %,d units, %d users, %d s%n",
					System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() >> 20, units, users, seconds);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaBatchApplication.class).run(
					"--server.port=0", "--ita.data-dir=" + work.resolve("data"), "--ita.input-dir=" + inbox,
					"--ita.output-dir=" + work.resolve("output"), "--ita.inbox.enabled=false",
					"--ita.schedule.enabled=false",
					"--ita.security.users[0].username=bench", "--ita.security.users[0].password={noop}bench-pw",
					"--ita.security.users[0].role=VIEWER", "--logging.level.th.itabatch=WARN")) {
				if (!loaded) {
					long start = System.nanoTime();
					RunSummary summary = context.getBean(OneShotRun.class)
						.run(first, work.resolve("output"), Optional.empty());
					System.out.printf("loaded: %,d unit reports, %d department reports in %.0f s (exit %d)%n",
							summary.outcome().units().size(), summary.outcome().departments().size(),
							(System.nanoTime() - start) / 1e9, summary.exitCode());
				}
				String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
				List<String> names = new ArrayList<>();
				for (int u = 1; u <= units; u++) {
					names.add(unitName(u));
				}
				RunCoordinator coordinator = context.getBean(RunCoordinator.class);
				// Idle means idle: a run of inputs left from an earlier time is let finish first.
				while (coordinator.progress() != null) {
					Thread.sleep(1000);
				}
				load("idle", base, names, users, 5, false);
				load("idle", base, names, users, seconds, true);
				// New scores of nearly every unit, received as the input folder would: a run reports the units again.
				Path again = inbox.resolve("scores-again.xlsx");
				LargeInputs.writeScores(again, units - 1 - (int) (System.currentTimeMillis() % 50));
				context.getBean(Inbox.class).receive(again, InputSource.FOLDER);
				context.getBean(RunQueue.class)
					.submit(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, work.resolve("output")));
				long waited = System.nanoTime();
				// Measured while it reports the units (after reading the inputs): a report stored every fraction of a second.
				while (coordinator.progress() == null || coordinator.progress().unitsTotal() == 0) {
					if (System.nanoTime() - waited > TimeUnit.MINUTES.toNanos(10)) {
						throw new IllegalStateException("the run did not start");
					}
					Thread.sleep(200);
				}
				System.out.printf("a run started: %s%n", coordinator.progress());
				load("during a run", base, names, users, seconds, true);
				System.out.printf("the run at the end: %s (closed with it: the run's errors on closing are expected)%n",
						coordinator.progress());
			}
		}
		finally {
			if (!kept) {
				FileSystemUtils.deleteRecursively(work);
			}
		}
	}

	/** The units' names as {@link LargeInputs#writeScores} writes them. */
	private static String unitName(int u) {
		return u == 1 ? "กองคลัง" : "หน่วยงานที่ " + u;
	}

	/** A register of one department over ten branches, the units spread over them. */
	private static void writeRegister(Path file, int units) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("ทะเบียนหน่วยงาน"));
			s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
			s.row("A2", "00", "กรมทดสอบ", "", "");
			int row = 3;
			for (int b = 1; b <= 10; b++) {
				s.row("A" + row++, "B" + b, "สำนักที่ " + b, "", "00");
			}
			for (int u = 1; u <= units; u++) {
				s.row("A" + row++, "U" + u, unitName(u), "", "B" + (u % 10 + 1));
			}
			ExampleWorkbooks.write(workbook, file);
		}
	}

	/** Each user logs in, then asks for the pages in turn until the time is up; the latencies are printed by page. */
	private static void load(String name, String base, List<String> units, int users, int seconds, boolean print)
			throws Exception {
		ConcurrentMap<String, List<Long>> latencies = new ConcurrentHashMap<>();
		List<Throwable> errors = new CopyOnWriteArrayList<>();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(users);
		for (int i = 0; i < users; i++) {
			pool.submit(() -> {
				try {
					HttpClient client = logIn(base);
					for (int n = 0; System.nanoTime() < end; n++) {
						String page = n % 2 == 0 ? "/" : "/unit";
						String path = n % 2 == 0 ? "/" : "/unit?name=" + URLEncoder.encode(
								units.get(ThreadLocalRandom.current().nextInt(units.size())), StandardCharsets.UTF_8);
						long start = System.nanoTime();
						HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
								HttpResponse.BodyHandlers.ofByteArray());
						long took = System.nanoTime() - start;
						if (response.statusCode() != 200) {
							throw new IllegalStateException(path + " answered " + response.statusCode());
						}
						latencies.computeIfAbsent(page, k -> new CopyOnWriteArrayList<>()).add(took);
					}
				}
				catch (Exception ex) {
					errors.add(ex);
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " users failed", errors.get(0));
		}
		if (!print) {
			return;
		}
		for (String page : List.of("/", "/unit")) {
			List<Long> times = new ArrayList<>(latencies.getOrDefault(page, List.of()));
			Collections.sort(times);
			System.out.printf("%-13s %-6s requests %6d (%5.1f/s)  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
					name, page, times.size(), times.size() / (double) seconds, at(times, 0.50), at(times, 0.95),
					at(times, 0.99), times.isEmpty() ? 0 : times.get(times.size() - 1) / 1e6);
		}
	}

	private static double at(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	private static HttpClient logIn(String base) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(login);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=bench&password=bench-pw&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (loggedIn.statusCode() != 302 || loggedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + loggedIn.statusCode());
		}
		return client;
	}
}
