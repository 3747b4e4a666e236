package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;
import th.itabatch.ServiceFootprint;
import th.itabatch.TestFolders;
import th.itabatch.catalog.Catalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputSource;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportTemplates;
import th.itabatch.settings.RunsProperties;
import th.itabatch.tables.TableKinds;

/**
 * The service's warm-up makes a whole unit's documents from the made-up unit's workbooks (every
 * score, activity and unit template), stores and writes nothing, and a warm-up that fails or is
 * stopped ends alone, the application going on; a run that comes ends it.
 */
@ItaApplicationTest
class WarmUpTests {

	/** A JVM that does not measure its compilers' time: the warm-up makes all the fills asked for. */
	private static final LongSupplier COMPILERS_UNKNOWN = () -> -1;

	@Autowired
	private TableKinds kinds;

	@Autowired
	private Catalog catalog;

	@Autowired
	private ReportProperties report;

	@Autowired
	private ReportTemplates templates;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private JobLaunches launches;

	@Autowired
	private Inbox inbox;

	@Test
	void makesTheMadeUpUnitsDocumentsAndKeepsNothing() throws Exception {
		Map<String, Long> filesBefore = ServiceFootprint.files(TestFolders.shared());
		Map<String, Long> rowsBefore = ServiceFootprint.rows(dataSource);
		WarmUp warmUp = warmUp(kinds, 3);

		warmUp.start();
		Optional<WarmUp.Result> result = warmUp.awaitDone(Duration.ofMinutes(2));

		assertThat(result).as("the warm-up ended well").isPresent();
		assertThat(result.get().fills()).isEqualTo(3);
		// The department benchmark's unit: ten indicators in two rounds, fifteen activities.
		assertThat(result.get().scores()).isEqualTo(20);
		assertThat(result.get().activities()).isEqualTo(15);
		// Both unit documents, whole: the Excel report and the Word brief are each tens of kilobytes.
		assertThat(result.get().bytes()).as("bytes of the documents filled")
			.isGreaterThan(templates.of(ReportTemplates.UNIT_MONTH).size() * 20_000L);
		assertThat(templates.of(ReportTemplates.UNIT_MONTH)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(ServiceFootprint.files(TestFolders.shared())).as("no file written").isEqualTo(filesBefore);
		assertThat(ServiceFootprint.rows(dataSource)).as("nothing stored").isEqualTo(rowsBefore);
	}

	@Test
	void takesItsStepsAfterTheFillsAndGoesOnPastOneThatFails() throws Exception {
		List<String> taken = new java.util.concurrent.CopyOnWriteArrayList<>();
		WarmUpStep failing = giveWay -> {
			taken.add("failing");
			throw new IllegalStateException("a step's own failure");
		};
		WarmUpStep second = giveWay -> taken.add("second after " + giveWay.getAsBoolean());
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, 2, 0), () -> false,
				COMPILERS_UNKNOWN, List.of(failing, second));

		warmUp.start();

		assertThat(warmUp.awaitDone(Duration.ofMinutes(1))).as("the warm-up ended well")
			.hasValueSatisfying(r -> assertThat(r.fills()).isEqualTo(2));
		assertThat(taken).containsExactly("failing", "second after false");
	}

	/** Stopping the application during a step is said as a stop, not as the step's failure ("sleep interrupted"). */
	@Test
	void aStopDuringAStepIsNoFailureOfIts() throws Exception {
		java.util.concurrent.CountDownLatch inStep = new java.util.concurrent.CountDownLatch(1);
		WarmUpStep long_ = giveWay -> {
			inStep.countDown();
			Thread.sleep(60_000);
		};
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, 1, 0), () -> false,
				COMPILERS_UNKNOWN, List.of(long_));
		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(WarmUp.class);
		ch.qos.logback.classic.Level level = logger.getLevel();
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
		log.start();
		logger.addAppender(log);
		logger.setLevel(ch.qos.logback.classic.Level.INFO);
		try {
			warmUp.start();
			assertThat(inStep.await(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

			warmUp.stop();

			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (log.list.stream().noneMatch(e -> e.getFormattedMessage().startsWith("The warm-up was stopped"))
					&& System.nanoTime() < until) {
				Thread.sleep(50);
			}
			assertThat(log.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
				.contains("The warm-up was stopped during its last steps")
				.noneMatch(m -> m.startsWith("A warm-up step stopped"));
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(log);
		}
	}

	@Test
	void aRunComingDuringTheFillsLeavesTheStepsUntaken() throws Exception {
		AtomicBoolean working = new AtomicBoolean();
		AtomicBoolean stepTaken = new AtomicBoolean();
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, 1_000_000, 0), working::get,
				COMPILERS_UNKNOWN, List.of(giveWay -> stepTaken.set(true)));
		warmUp.start();
		try {
			working.set(true);

			assertThat(warmUp.awaitDone(Duration.ofSeconds(20))).isPresent();
			assertThat(stepTaken).as("no step taken once a run has come").isFalse();
		}
		finally {
			warmUp.stop();
		}
	}

	@Test
	void aWarmUpThatCannotReadItsWorkbooksEndsAloneSayingSo() throws Exception {
		WarmUp warmUp = warmUp(new TableKinds(List.of()), 3);

		warmUp.start();

		assertThat(warmUp.awaitDone(Duration.ofMinutes(1))).isEmpty();
	}

	@Test
	void stoppingTheApplicationStopsTheWarmUp() throws Exception {
		WarmUp warmUp = warmUp(kinds, 1_000_000);
		warmUp.start();

		long start = System.nanoTime();
		warmUp.stop();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped within a fill or two").isLessThan(Duration.ofSeconds(20));
		assertThat(warmUp.awaitDone(Duration.ofSeconds(1))).isEmpty();
	}

	@Test
	void noFillsNoWarmUp() throws Exception {
		WarmUp warmUp = warmUp(kinds, 0);

		warmUp.start();

		assertThat(warmUp.awaitDone(Duration.ofSeconds(1))).hasValueSatisfying(r -> assertThat(r.fills()).isZero());
	}

	@Test
	void aRunComingDuringTheWarmUpEndsIt() throws Exception {
		AtomicBoolean working = new AtomicBoolean();
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, 1_000_000, 0), working::get,
				COMPILERS_UNKNOWN);
		warmUp.start();
		try {
			working.set(true);

			assertThat(warmUp.awaitDone(Duration.ofSeconds(20))).as("ended within a fill or two")
				.hasValueSatisfying(r -> assertThat(r.fills()).isLessThan(1_000_000));
		}
		finally {
			warmUp.stop();
		}
	}

	@Test
	void theServicesRunsEndTheWarmUpOnceTheyStartWorkAndNotBefore() throws Exception {
		Path output = TestFolders.shared().resolve("warm-up-runs");
		WarmUp first = warmingUpForLong();
		try {
			// The run every start makes, with nothing to finish: no work, the warm-up goes on.
			coordinator.run(new RunRequest(RunTrigger.RECOVERY, Optional.empty(), null, null, output));
			assertThatThrownBy(() -> first.awaitDone(Duration.ofSeconds(1))).as("still warming up")
				.isInstanceOf(TimeoutException.class);

			inbox.receive("scores.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()), InputSource.UPLOAD, "editor");
			inbox.receive("plan.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.plan()), InputSource.UPLOAD, "editor");
			RunOutcome outcome = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, output));

			assertThat(outcome.units()).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo(BatchStatus.COMPLETED));
			assertThat(first.awaitDone(Duration.ofSeconds(20))).as("ended by the run")
				.hasValueSatisfying(r -> assertThat(r.fills()).isLessThan(1_000_000));
		}
		finally {
			first.stop();
		}

		// A restart of a service with data: its catch-up run finds every report made, which is no work.
		WarmUp second = warmingUpForLong();
		try {
			RunOutcome catchUp = coordinator.run(new RunRequest(RunTrigger.RECOVERY, Optional.empty(), null, null, output));

			assertThat(catchUp.units()).singleElement().satisfies(u -> assertThat(u.alreadyDone()).isTrue());
			assertThatThrownBy(() -> second.awaitDone(Duration.ofSeconds(1))).as("still warming up")
				.isInstanceOf(TimeoutException.class);
		}
		finally {
			second.stop();
		}
	}

	/** A warm-up of the service's own kind, its end only the work of this process's runs. */
	private WarmUp warmingUpForLong() {
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, 1_000_000, 0),
				WarmUp.workStarted(launches), COMPILERS_UNKNOWN);
		warmUp.start();
		return warmUp;
	}

	@Test
	void endsOnceTheCompilersAreDoneWithItsCode() throws Exception {
		// The compilers' time standing still: a window of fills made them work none.
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, 1_000_000, 0), () -> false,
				() -> 0);

		warmUp.start();
		try {
			assertThat(warmUp.awaitDone(Duration.ofMinutes(1))).hasValueSatisfying(r -> assertThat(r.fills()).isEqualTo(WarmUp.WINDOW));
		}
		finally {
			warmUp.stop();
		}
	}

	@Test
	void goesOnWhileTheCompilersWork() throws Exception {
		// Compilers busy for twice the time that passes: never done, so all the fills asked for.
		int fills = WarmUp.WINDOW * 2 + 1;
		WarmUp warmUp = new WarmUp(kinds, catalog, report, templates, new RunsProperties(0, 0, true, fills, 0), () -> false,
				() -> System.nanoTime() / 500_000);

		warmUp.start();

		assertThat(warmUp.awaitDone(Duration.ofMinutes(2))).hasValueSatisfying(r -> assertThat(r.fills()).isEqualTo(fills));
	}

	private WarmUp warmUp(TableKinds tableKinds, int fills) {
		return new WarmUp(tableKinds, catalog, report, templates, new RunsProperties(0, 0, true, fills, 0), () -> false,
				COMPILERS_UNKNOWN);
	}
}
