package th.itabatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
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

/**
 * The warm-up's rehearsed run reports every made-up unit and its departments in an application of
 * its own, and keeps nothing of the service's: no row in its database, no file in its folders, no
 * temporary folder left, its log settings as they were and no information of its own in the log.
 */
@ItaApplicationTest
class RehearsalTests {

	@Autowired
	private ApplicationContext service;

	@Autowired
	private DataSource dataSource;

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
			rehearsed = new Rehearsal(service, 7, 4).rehearse(() -> false);

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
			.as("the rehearsal's runs not told as the service's")
			.noneMatch(message -> message.contains("COMMAND run"));
	}

	@Test
	void givesWayBetweenBatches() throws Exception {
		AtomicInteger asked = new AtomicInteger();

		Rehearsal.Rehearsed rehearsed = new Rehearsal(service, 7, 4).rehearse(() -> asked.incrementAndGet() > 1);

		assertThat(rehearsed.units()).as("the first batch only").isEqualTo(4);
	}

	private static Set<Path> rehearsalFolders() throws IOException {
		try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return all.filter(p -> p.getFileName().toString().startsWith("ita-rehearsal-")).collect(Collectors.toSet());
		}
	}
}
