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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaBatchApplication;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputSource;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunQueue;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;

/**
 * Measures the department page and the unit page under load, with issue 9's department loaded: a
 * register of one department over 20 divisions and {@code units} groups, the groups' long-shape
 * scores (2 rounds × 10 indicators) and a plan-and-progress workbook of 15 activities per group,
 * the inputs {@link MonthlyJobBenchmark} writes, run through the jobs once. Then the web application
 * answers {@code users} concurrent users (each logged in with its own session) asking for {@code /}
 * and {@code /unit?name=…} in turn, first idle for {@code seconds}, then for as long as a whole run
 * goes on (new scores of every unit but a few received: every unit reported again, then the department
 * reports); prints p50/p95/p99 per page and what the run did under the load. Not a test: run it
 * with {@code java … th.itabatch.benchmark.PagesLoadBenchmark 1000 20 30 DIR} (docs/benchmarks.md,
 * "The department page"); the arguments {@code [units] [users] [seconds] [folder]} default to
 * 1000 20 30 and a temporary folder. A folder given is loaded once and kept: later runs measure
 * the data it holds, which every run adds a run's reports to (measure from a copy of it).
 */
public final class PagesLoadBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Divisions of the register, as MonthlyJobBenchmark's. */
	private static final int DIVISIONS = 20;

	/** The longest a run under the load is waited for. */
	private static final long LONGEST_RUN_MINUTES = 15;

	public static void main(String[] args) throws Exception {
		int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		if (units < 2 || users < 1 || seconds < 1) {
			throw new IllegalArgumentException("units (at least 2), users and seconds: " + String.join(" ", args));
		}
		// A fourth argument names a folder kept between runs: the units are loaded into it once.
		boolean kept = args.length > 3;
		Path work = kept ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("ita-pages-benchmark");
		Path loadedMark = work.resolve("loaded-units.txt");
		boolean loaded = Files.isDirectory(work.resolve("data"));
		if (loaded && !(Files.exists(loadedMark) && Files.readString(loadedMark).strip().equals(String.valueOf(units)))) {
			throw new IllegalStateException(work + " holds data not loaded by this benchmark for " + units
					+ " units: give a folder that does not exist yet");
		}
		try {
			Path first = Files.createDirectories(work.resolve("first"));
			List<String> names = LargeInputs.writeRegister(first.resolve("0-register.xlsx"), DIVISIONS, units);
			if (!loaded) {
				LargeInputs.writeScores(first.resolve("1-scores-" + units + "-units.xlsx"), names);
				for (int g = 0; g < names.size(); g++) {
					LargeInputs.writePlan(first.resolve(String.format("2-plan-%04d.xlsx", g + 1)), names.get(g), 15);
				}
			}
			Path inbox = Files.createDirectories(work.resolve("input"));
			FileSystemUtils.deleteRecursively(inbox);
			Files.createDirectories(inbox);
			System.out.printf("java %s, %d cores, max heap %d MB; %,d units, %d users, %d s%n",
					System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() >> 20, units, users, seconds);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaBatchApplication.class).run(
					"--server.port=0", "--ita.data-dir=" + work.resolve("data"), "--ita.input-dir=" + inbox,
					"--ita.output-dir=" + work.resolve("output"), "--ita.inbox.enabled=false",
					"--ita.schedule.enabled=false", "--server.tomcat.basedir=" + work.resolve("tomcat"),
					"--ita.security.users[0].username=bench", "--ita.security.users[0].password={noop}bench-pw",
					"--ita.security.users[0].role=VIEWER", "--logging.level.th.itabatch=WARN")) {
				if (!loaded) {
					long start = System.nanoTime();
					RunSummary summary = context.getBean(OneShotRun.class)
						.run(first, work.resolve("output"), Optional.empty());
					System.out.printf("loaded: %,d unit reports, %d department reports in %.0f s (exit %d)%n",
							summary.outcome().units().size(), summary.outcome().departments().size(),
							(System.nanoTime() - start) / 1e9, summary.exitCode());
					Files.writeString(loadedMark, String.valueOf(units));
				}
				String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
				RunCoordinator coordinator = context.getBean(RunCoordinator.class);
				// Idle means idle: a run of inputs left from an earlier time is let finish first.
				while (coordinator.progress() != null) {
					Thread.sleep(1000);
				}
				// As long as measured, unmeasured first: the pages' code compiled and the units' pages
				// each asked for a few times, as on a server that has been up a while (with 5 s, the
				// idle figures were mostly the compilers' and the first asking of each unit's page).
				long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
				load("warming up", base, names, users, () -> System.nanoTime() > warm, false);
				long idle = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
				load("idle", base, names, users, () -> System.nanoTime() > idle, true);
				// New scores of every unit but the last few (a file unlike the first, and unlike the one
				// before when the folder is kept), received as the input folder would: a whole run.
				Path again = inbox.resolve("scores-again-" + System.currentTimeMillis() + ".xlsx");
				LargeInputs.writeScores(again, names.subList(0, names.size() - 1 - (int) (System.currentTimeMillis() % Math.min(50, names.size() - 1))));
				long runStart = System.nanoTime();
				context.getBean(Inbox.class).receive(again, InputSource.FOLDER);
				context.getBean(RunQueue.class)
					.submit(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, work.resolve("output")));
				while (coordinator.progress() == null) {
					if (System.nanoTime() - runStart > TimeUnit.MINUTES.toNanos(1)) {
						throw new IllegalStateException("the run did not start");
					}
					Thread.sleep(20);
				}
				long runEnd = runStart + TimeUnit.MINUTES.toNanos(LONGEST_RUN_MINUTES);
				int[] reported = new int[1];
				// From the run's start (reading the scores) to its end (the department reports stored).
				double during = load("during a run", base, names, users, () -> {
					RunCoordinator.Progress now = coordinator.progress();
					if (now != null) {
						reported[0] = Math.max(reported[0], now.unitsDone());
					}
					return now == null || System.nanoTime() > runEnd;
				}, true);
				System.out.printf("the run under the load: %,d units reported, %s in %.1f s%n", reported[0],
						coordinator.progress() == null ? "finished" : "NOT finished (" + coordinator.progress() + ")",
						during);
			}
		}
		finally {
			if (!kept) {
				FileSystemUtils.deleteRecursively(work);
			}
		}
	}

	/**
	 * Each user logs in, then asks for the pages in turn until {@code done} says so; the latencies are
	 * printed by page. Returns the seconds the users were asking.
	 */
	private static double load(String name, String base, List<String> units, int users, BooleanSupplier done,
			boolean print) throws Exception {
		ConcurrentMap<String, List<Long>> latencies = new ConcurrentHashMap<>();
		List<Throwable> errors = new CopyOnWriteArrayList<>();
		AtomicBoolean over = new AtomicBoolean();
		long began = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		for (int i = 0; i < users; i++) {
			pool.submit(() -> {
				try {
					HttpClient client = logIn(base);
					for (int n = 0; !over.get(); n++) {
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
		while (!done.getAsBoolean() && errors.isEmpty()) {
			Thread.sleep(50);
		}
		over.set(true);
		pool.awaitTermination(60, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - began) / 1e9;
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " users failed", errors.get(0));
		}
		if (print) {
			for (String page : List.of("/", "/unit")) {
				List<Long> times = new ArrayList<>(latencies.getOrDefault(page, List.of()));
				Collections.sort(times);
				System.out.printf("%-13s %-6s requests %6d (%5.1f/s)  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
						name, page, times.size(), times.size() / seconds, at(times, 0.50), at(times, 0.95),
						at(times, 0.99), times.isEmpty() ? 0 : times.get(times.size() - 1) / 1e6);
			}
		}
		return seconds;
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
