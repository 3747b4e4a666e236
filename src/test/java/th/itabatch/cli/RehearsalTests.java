package th.itabatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import th.itabatch.ItaApplicationTest;
import th.itabatch.ServiceFootprint;
import th.itabatch.TestFolders;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportTemplates;
import th.itabatch.runs.WarmUpStep;
import th.itabatch.scores.RoundComparator;
import th.itabatch.validation.PlainReason;

/**
 * The warm-up's rehearsed run reports every made-up unit and its departments in an application of
 * its own, and keeps nothing of the service's: no row in its database, no file in its folders, no
 * temporary folder left (nor one a killed process left), its log settings as they were and no line of
 * its own in the log; it fills the service's own templates and gives way to a run.
 */
@ItaApplicationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehearsalTests {

	@Autowired
	private ApplicationContext service;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ReportProperties report;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private Inbox inbox;

	@Test
	void rehearsesAWholeRunAndKeepsNothingOfTheServices() throws Exception {
		Map<String, Long> files = ServiceFootprint.files(TestFolders.shared());
		Map<String, Long> rows = ServiceFootprint.rows(dataSource);
		Set<Path> temporary = rehearsalFolders();
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger ours = logging.getLogger("th.itabatch");
		Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
		Level level = ours.getLevel();
		int filters = logging.getTurboFilterList().size();
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		root.addAppender(log);
		// The service's log as a service has it: its own information shown (the tests' settings have warnings only).
		ours.setLevel(Level.INFO);
		Rehearsal.Rehearsed rehearsed;
		try {
			rehearsed = rehearsal(report, 7).rehearse(() -> false);

			assertThat(ours.getLevel()).as("the service's log settings as they were").isEqualTo(Level.INFO);
		}
		finally {
			ours.setLevel(level);
			root.detachAppender(log);
		}

		assertThat(rehearsed.units()).as("every made-up unit reported, in two batches").isEqualTo(7);
		assertThat(rehearsed.departments()).as("the department reports above them").isPositive();
		assertThat(ServiceFootprint.files(TestFolders.shared())).as("no file of the service's written").isEqualTo(files);
		assertThat(ServiceFootprint.rows(dataSource)).as("nothing stored in the service's database").isEqualTo(rows);
		assertThat(rehearsalFolders()).as("its temporary folder removed").isEqualTo(temporary);
		assertThat(logging.getTurboFilterList()).as("the log's filters as they were").hasSize(filters);
		assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("the rehearsal's runs and made-up units not told as the service's")
			.noneMatch(message -> message.contains("COMMAND run") || message.contains("หน่วยซ้อม"));
		assertThat(rehearsed.gaveWay()).isFalse();
	}

	@Test
	void isAStepOfTheServicesWarmUp() {
		assertThat(service.getBeansOfType(WarmUpStep.class).values()).singleElement().isInstanceOf(Rehearsal.class);
	}

	/**
	 * It fills the templates the service is configured with, not a file of the bundled name in the
	 * working folder, and a rehearsal that fails says why in one line, none of its application's in the
	 * log.
	 */
	@Test
	void fillsTheServicesOwnTemplatesAndSaysWhyItFailed() throws Exception {
		Path broken = Files.writeString(Files.createTempDirectory("templates").resolve("our-report.xlsx"), "not a workbook");
		// A KPI the service's settings wrote escaped (\${…}): the rehearsal's start would resolve it again and fail.
		ReportProperties ours = new ReportProperties(List.of(new ReportProperties.Template("ours", broken.toString(),
				ReportTemplates.UNIT_MONTH, "ours_{unit}.xlsx")), false, "KPI ${ของเรา}", RoundComparator.Goal.SAME_ROUND, 12);
		Rehearsal rehearsal = rehearsal(ours, 7);
		assertThat(rehearsal.settings(Path.of("x"))).containsEntry("ita.report.templates[0].name", "ours")
			.containsEntry("ita.report.templates[0].template", broken.toString())
			.containsEntry("ita.report.templates[0].model", ReportTemplates.UNIT_MONTH)
			.containsEntry("ita.report.templates[0].file-name", "ours_{unit}.xlsx")
			.containsEntry("ita.report.thai-digits", "false")
			.containsEntry("ita.report.kpi", "KPI \\${ของเรา}")
			.containsEntry("ita.report.goal", "SAME_ROUND")
			.containsEntry("ita.report.due-day", "12");
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		root.addAppender(log);
		try {
			assertThatThrownBy(() -> rehearsal.rehearse(() -> false)).as("the service's template, unreadable")
				.isInstanceOfSatisfying(Exception.class, failure -> assertThat(PlainReason.of(failure))
					.as("the warm-up's one line, whole")
					.startsWith("the rehearsed run of made-up units 1 to 4 failed: ")
					.contains(broken + " · TEMPLATE_UNREADABLE"));
		}
		finally {
			root.detachAppender(log);
		}
		assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).as("none of the rehearsal's own lines")
			.noneMatch(message -> message.contains("หน่วยซ้อม"));
	}

	@Test
	void removesWhatRehearsalsNoLongerGoingLeft() throws Exception {
		Path temporary = Files.createTempDirectory("tmp");
		long pid = ProcessHandle.current().pid();
		Path left = Files.createDirectories(temporary.resolve(Rehearsal.PREFIX + pid + "-left").resolve("data"));
		Files.createFile(left.getParent().resolve(Rehearsal.LOCK));
		Path old = Files.createDirectories(temporary.resolve(Rehearsal.PREFIX + "1-old"));
		Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(0));
		Path fresh = Files.createDirectories(temporary.resolve(Rehearsal.PREFIX + "1-fresh"));
		Path going = Files.createDirectories(temporary.resolve(Rehearsal.PREFIX + "1-going"));
		Path other = Files.createDirectories(temporary.resolve("ita-rehearsal"));
		Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));
		try (var lock = java.nio.channels.FileChannel.open(going.resolve(Rehearsal.LOCK), java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE); var held = lock.lock()) {

			Rehearsal.removeLeftovers(temporary);

			assertThat(going).as("one whose lock is held, whatever its process's id: a rehearsal going on").exists();
		}
		assertThat(left.getParent()).as("one whose lock no process holds (a killed one's)").doesNotExist();
		assertThat(old).as("one without a lock, a minute old or more").doesNotExist();
		assertThat(fresh).as("one without a lock, made a moment ago").exists();
		assertThat(other).as("a folder not named as the rehearsal names its own").exists();
	}

	@Test
	void givesWayBetweenBatches() throws Exception {
		AtomicInteger asked = new AtomicInteger();

		// Asked before its application starts, then before each batch.
		Rehearsal.Rehearsed rehearsed = rehearsal(report, 7).rehearse(() -> asked.incrementAndGet() > 2);

		assertThat(rehearsed.units()).as("the first batch only").isEqualTo(4);
		assertThat(rehearsed.gaveWay()).isTrue();
	}

	/** Inputs waiting for the service's run: it comes within seconds, and the rehearsal does not start. */
	@Test
	@Order(Integer.MAX_VALUE)
	void givesWayToInputsWaitingForARun() throws Exception {
		inbox.receive("scores.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()), InputSource.UPLOAD, "editor");
		assertThat(inputs.lastPendingId()).isPresent();

		Set<Path> temporary = rehearsalFolders();

		Rehearsal.Rehearsed rehearsed = rehearsal(report, 7).rehearse(() -> false);

		assertThat(rehearsed.units()).isZero();
		assertThat(rehearsed.gaveWay()).isTrue();
		assertThat(rehearsed.seconds()).as("its application not started").isLessThan(2);
		assertThat(rehearsalFolders()).isEqualTo(temporary);
	}

	private Rehearsal rehearsal(ReportProperties settings, int units) {
		return new Rehearsal(service, settings, inputs, units, 4);
	}

	private static Set<Path> rehearsalFolders() throws IOException {
		try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return all.filter(p -> p.getFileName().toString().startsWith(Rehearsal.PREFIX)).collect(Collectors.toSet());
		}
	}
}
