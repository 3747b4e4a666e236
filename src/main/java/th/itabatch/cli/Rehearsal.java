package th.itabatch.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;

import th.itabatch.inputs.InputRepository;
import th.itabatch.report.ReportProperties;
import th.itabatch.runs.DepartmentRun;
import th.itabatch.runs.RunOutcome;
import th.itabatch.runs.UnitRun;
import th.itabatch.runs.WarmUpStep;
import th.itabatch.settings.RunsProperties;
import th.itabatch.validation.Severity;
import th.itabatch.validation.StatedFailure;

/**
 * The warm-up's last step: a whole run rehearsed on a made-up department ({@link RehearsalInputs}),
 * as the one-shot command runs it, in an application of its own on a private in-memory database and
 * a temporary folder, both thrown away after. The service's first run then meets warm the code the
 * warm-up's fills never take: receiving, storing, Spring Batch's jobs, the database, the department
 * reports (a thousand units' first run 2–6 s shorter, docs/benchmarks.md). Nothing of the
 * service's is written: not its database, folders or log settings; it reads the templates the
 * service is configured with, and the service's database only to see whether inputs wait for a run.
 */
@Component
class Rehearsal implements WarmUpStep {

	private static final Logger log = LoggerFactory.getLogger(Rehearsal.class);

	/** Units a rehearsed run takes at once: between two, the warm-up gives way to a run that has come (some 2 s). */
	static final int BATCH = 60;

	/** The temporary folders' names, the process's id following. */
	static final String PREFIX = "ita-rehearsal-";

	/** The file in a rehearsal's folder whose lock says the rehearsal goes on. */
	static final String LOCK = ".rehearsing";

	private final ApplicationContext service;

	private final ReportProperties report;

	private final InputRepository inputs;

	private final int units;

	private final int batch;

	@Autowired
	Rehearsal(ApplicationContext service, ReportProperties report, InputRepository inputs, RunsProperties runs) {
		this(service, report, inputs, runs.rehearsalUnits(), BATCH);
	}

	Rehearsal(ApplicationContext service, ReportProperties report, InputRepository inputs, int units, int batch) {
		this.service = service;
		this.report = report;
		this.inputs = inputs;
		this.units = units;
		this.batch = batch;
	}

	/**
	 * What a rehearsal did.
	 *
	 * @param units the made-up units reported
	 * @param departments the department reports made, counted at each batch's run
	 * @param gaveWay true when it stopped before the last batch, for a run that had come or the application stopping
	 * @param seconds how long it took, its application's start and close included
	 */
	record Rehearsed(int units, int departments, boolean gaveWay, double seconds) {
	}

	@Override
	public void warm(BooleanSupplier giveWay) throws Exception {
		if (units == 0) {
			return;
		}
		Rehearsed rehearsed = rehearse(giveWay);
		String seconds = String.format("%.1f", rehearsed.seconds());
		if (!rehearsed.gaveWay()) {
			log.info("Rehearsed a run of {} made-up unit(s) in an application and in-memory database of their own in {} s;"
					+ " nothing of it kept", rehearsed.units(), seconds);
		}
		else {
			log.info("The rehearsed run stopped after {} of its {} made-up unit(s) ({} s), for a run or the application's stop",
					rehearsed.units(), units, seconds);
		}
	}

	/**
	 * Rehearses the run, batch by batch until every unit is reported or it is to give way: when asked
	 * to, or when the service has inputs waiting for a run (a run comes some seconds after they arrive).
	 */
	Rehearsed rehearse(BooleanSupplier giveWay) throws Exception {
		long start = System.nanoTime();
		BooleanSupplier stop = () -> giveWay.getAsBoolean() || inputs.lastPendingId().isPresent();
		Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
		removeLeftovers(temporary);
		if (stop.getAsBoolean()) {
			// Before its application's start, which would cost seconds of both cores for nothing.
			return new Rehearsed(0, 0, true, (System.nanoTime() - start) / 1e9);
		}
		Path folder = Files.createTempDirectory(temporary, PREFIX + ProcessHandle.current().pid() + "-");
		int reported = 0;
		int departments = 0;
		boolean gaveWay = false;
		// Held while the rehearsal goes: the system lets go of it when the process ends, killed or not.
		try (FileChannel lock = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				FileLock held = lock.lock();
				RehearsalLogs quiet = RehearsalLogs.quiet();
				ConfigurableApplicationContext own = start(folder)) {
			OneShotRun run = own.getBean(OneShotRun.class);
			for (int first = 1; first <= units; first += batch) {
				if (stop.getAsBoolean()) {
					gaveWay = true;
					break;
				}
				int last = Math.min(units, first + batch - 1);
				Path input = Files.createDirectories(folder.resolve("input-" + first));
				RehearsalInputs.write(input, units, first, last);
				RunSummary summary = run.run(input, folder.resolve("output"), Optional.empty());
				if (summary.exitCode() != 0) {
					// Said whole in the warm-up's one line (a reason is otherwise cut at 160 characters, before
					// the template or file it names).
					throw new StatedFailure("the rehearsed run of made-up units " + first + " to " + last + " "
							+ (summary.exitCode() == 2 ? "refused an input" : "failed") + ": " + why(summary));
				}
				reported += (int) summary.outcome().units().stream().filter(u -> u.status() == BatchStatus.COMPLETED).count();
				departments += summary.outcome().departments().size();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
		return new Rehearsed(reported, departments, gaveWay, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * The first reason a rehearsed run gives for what it did not do, the log holding none of its own
	 * lines: a located message first (file › sheet › cell · code), then a job's failure.
	 */
	private static String why(RunSummary summary) {
		RunOutcome outcome = summary.outcome();
		return Stream.of(
				summary.messages().values().stream().flatMap(List::stream).filter(m -> m.severity() == Severity.ERROR)
					.map(Object::toString),
				Stream.ofNullable(outcome.ingestFailure()), outcome.units().stream().map(UnitRun::failure),
				outcome.departments().stream().map(DepartmentRun::failure))
			.flatMap(reasons -> reasons)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse("exit code " + summary.exitCode());
	}

	/**
	 * Removes the folders that rehearsals no longer going left (a service killed during its
	 * rehearsal), up to some 45 MB each: a folder whose lock no process holds. A process's id or start
	 * time cannot tell it, as another container's service sharing the folder has the same id; the
	 * lock's holder is known to the system whatever its id. One that cannot be removed (another user's)
	 * is left and the others still looked at.
	 */
	static void removeLeftovers(Path temporary) {
		List<Path> folders;
		try (var listed = Files.list(temporary)) {
			folders = listed.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList();
		}
		catch (IOException ex) {
			// A folder of the system's that cannot be listed: the rehearsal goes on, leftovers stay.
			log.debug("Leftover rehearsal folders not looked for: {}", ex.toString());
			return;
		}
		for (Path folder : folders) {
			try {
				if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && unheld(folder)) {
					FileSystemUtils.deleteRecursively(folder);
				}
			}
			catch (IOException ex) {
				log.debug("A leftover rehearsal folder not removed: {}", ex.toString());
			}
		}
	}

	/** Whether no rehearsal goes on in the folder: its lock taken by none, or none made in a minute. */
	private static boolean unheld(Path folder) throws IOException {
		Path lock = folder.resolve(LOCK);
		if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
			// Its rehearsal makes the lock as it makes the folder: one without it is a moment old, or was left.
			return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant()
				.isBefore(Instant.now().minus(Duration.ofMinutes(1)));
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock taken = channel.tryLock()) {
			return taken != null;
		}
		catch (OverlappingFileLockException ex) {
			// Held in this JVM: another application's rehearsal going on here.
			return false;
		}
	}

	/**
	 * The rehearsal's application: the service's own code with the settings packaged in it (none of the
	 * service's settings files, environment or system properties, which name its database and folders),
	 * its places in the temporary folder, no web, inbox, schedule, PDF copies or warm-up, and the
	 * service's logging left as it is (Spring Boot would set it up again from the packaged settings).
	 */
	private ConfigurableApplicationContext start(Path folder) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.addFirst(new MapPropertySource("ita-rehearsal", settings(folder)));
		SpringApplication application = new SpringApplicationBuilder(applicationClass()).environment(environment)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.build();
		application.setListeners(application.getListeners()
			.stream()
			.filter(listener -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return application.run();
	}

	/**
	 * The rehearsal's own places and switches, and the service's report settings: it fills the
	 * templates the service is configured with (read, never written), not whatever file of the
	 * bundled name lies in the working folder.
	 */
	Map<String, Object> settings(Path folder) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.config.location", "optional:classpath:/");
		settings.put("spring.datasource.url",
				"jdbc:hsqldb:mem:ita-rehearsal-" + UUID.randomUUID() + ";shutdown=true;hsqldb.tx=mvcc");
		settings.put("spring.datasource.username", "SA");
		settings.put("spring.datasource.password", "");
		settings.put("spring.datasource.driver-class-name", "org.hsqldb.jdbc.JDBCDriver");
		settings.put("spring.jmx.enabled", "false");
		settings.put("ita.data-dir", folder.resolve("data").toString());
		settings.put("ita.input-dir", folder.resolve("inbox").toString());
		settings.put("ita.output-dir", folder.resolve("output").toString());
		settings.put("ita.inbox.enabled", "false");
		settings.put("ita.schedule.enabled", "false");
		settings.put("ita.pdf.enabled", "false");
		settings.put("ita.runs.warm-up-fills", "0");
		settings.put("ita.runs.rehearsal-units", "0");
		for (int i = 0; i < report.templates().size(); i++) {
			ReportProperties.Template template = report.templates().get(i);
			String key = "ita.report.templates[" + i + "].";
			settings.put(key + "name", asWritten(template.name()));
			// Where the service finds it: the rehearsal runs in the same working folder.
			settings.put(key + "template", asWritten(template.template()));
			settings.put(key + "model", asWritten(template.model()));
			settings.put(key + "file-name", asWritten(template.fileName()));
		}
		settings.put("ita.report.thai-digits", String.valueOf(report.thaiDigits()));
		settings.put("ita.report.kpi", asWritten(report.kpi()));
		settings.put("ita.report.goal", report.goal().name());
		settings.put("ita.report.due-day", String.valueOf(report.dueDay()));
		return settings;
	}

	/**
	 * A value the service resolved, as its settings would write it: Spring resolves {@code ${…}} in a
	 * setting, and a value that holds one (written escaped, {@code \${…}}) must not be resolved again.
	 */
	private static String asWritten(String value) {
		if (value == null) {
			return null;
		}
		// Only a ${ that a } follows is one Spring resolves: an unclosed one it keeps as written, backslash and all.
		StringBuilder written = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			if (value.startsWith("${", i) && value.indexOf('}', i + 2) >= 0) {
				written.append('\\');
			}
			written.append(value.charAt(i));
		}
		return written.toString();
	}

	/** The service's application class, which the rehearsal starts again. */
	private Class<?> applicationClass() {
		return service.getBeansWithAnnotation(SpringBootApplication.class)
			.values()
			.stream()
			.map(ClassUtils::getUserClass)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no @SpringBootApplication class to rehearse with"));
	}
}
