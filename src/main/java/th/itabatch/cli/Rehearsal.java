package th.itabatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

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

import th.itabatch.runs.WarmUpStep;
import th.itabatch.settings.RunsProperties;

/**
 * The warm-up's last step: a whole run rehearsed on a made-up department ({@link RehearsalInputs}),
 * as the one-shot command runs it, in an application of its own on a private in-memory database and
 * a temporary folder, both thrown away after. The service's first run then meets warm the code the
 * warm-up's fills never take: receiving, storing, Spring Batch's jobs, the database, the department
 * reports (a thousand units' first run some 3 s shorter, docs/benchmarks.md). Nothing of the
 * service's is read or written: not its database, folders, settings files or log settings.
 */
@Component
class Rehearsal implements WarmUpStep {

	private static final Logger log = LoggerFactory.getLogger(Rehearsal.class);

	/** Units a rehearsed run takes at once: between two, the warm-up gives way to a run that has come (some 2 s). */
	static final int BATCH = 60;

	private final ApplicationContext service;

	private final int units;

	private final int batch;

	@Autowired
	Rehearsal(ApplicationContext service, RunsProperties runs) {
		this(service, runs.rehearsalUnits(), BATCH);
	}

	Rehearsal(ApplicationContext service, int units, int batch) {
		this.service = service;
		this.units = units;
		this.batch = batch;
	}

	/**
	 * What a rehearsal did.
	 *
	 * @param units the made-up units reported
	 * @param departments the department reports made, counted at each batch's run
	 * @param seconds how long it took, its application's start and close included
	 */
	record Rehearsed(int units, int departments, double seconds) {
	}

	@Override
	public void warm(BooleanSupplier giveWay) throws Exception {
		if (units == 0) {
			return;
		}
		Rehearsed rehearsed = rehearse(giveWay);
		log.info("Rehearsed a run of {} made-up unit(s) in an application and in-memory database of their own in {} s;"
				+ " nothing of it kept", rehearsed.units(), String.format("%.1f", rehearsed.seconds()));
	}

	/** Rehearses the run, batch by batch until every unit is reported or it is to give way. */
	Rehearsed rehearse(BooleanSupplier giveWay) throws Exception {
		long start = System.nanoTime();
		Path folder = Files.createTempDirectory("ita-rehearsal-");
		int reported = 0;
		int departments = 0;
		try (RehearsalLogs quiet = RehearsalLogs.quiet(); ConfigurableApplicationContext own = start(folder)) {
			OneShotRun run = own.getBean(OneShotRun.class);
			for (int first = 1; first <= units && !giveWay.getAsBoolean(); first += batch) {
				int last = Math.min(units, first + batch - 1);
				Path input = Files.createDirectories(folder.resolve("input-" + first));
				RehearsalInputs.write(input, units, first, last);
				RunSummary summary = run.run(input, folder.resolve("output"), Optional.empty());
				if (summary.exitCode() != 0) {
					throw new IllegalStateException("the rehearsed run of made-up units " + first + " to " + last
							+ " did not use every input (exit code " + summary.exitCode() + ")");
				}
				reported += (int) summary.outcome().units().stream().filter(u -> u.status() == BatchStatus.COMPLETED).count();
				departments += summary.outcome().departments().size();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
		return new Rehearsed(reported, departments, (System.nanoTime() - start) / 1e9);
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

	static Map<String, Object> settings(Path folder) {
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
		return settings;
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
