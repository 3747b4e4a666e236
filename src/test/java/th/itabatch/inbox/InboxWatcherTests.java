package th.itabatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.settings.ItaProperties;

/** The input folder: files still being copied wait, duplicates are not read twice, new versions supersede. */
@ItaApplicationTest
class InboxWatcherTests {

	@Autowired
	private Inbox inbox;

	@Autowired
	private ItaProperties properties;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private ScoreRepository scores;

	@Autowired
	private UnitDataLoader units;

	@Autowired
	private JdbcClient jdbc;

	private final List<Long> arrived = new ArrayList<>();

	private final MutableClock clock = new MutableClock();

	private InboxWatcher watcher;

	private Path folder;

	@BeforeEach
	void setUp() throws Exception {
		jdbc.sql("DELETE FROM ita_report").update();
		jdbc.sql("DELETE FROM ita_input").update();
		folder = Files.createDirectories(properties.inputDir());
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		watcher = new InboxWatcher(inbox, properties, new InboxProperties(true, 5, 2), arrived::addAll, clock,
				org.mockito.Mockito.mock(th.itabatch.cluster.Leadership.class));
	}

	private List<Registration> scanAfter(int seconds) throws Exception {
		clock.advance(seconds);
		List<Registration> received = watcher.scan();
		arrived.addAll(received.stream().map(r -> r.input().id()).toList());
		return received;
	}

	@Test
	void aFileStillBeingCopiedIsNotTakenUntilItHasSettled() throws Exception {
		byte[] bytes = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		Path file = folder.resolve("scores.xlsx");
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

		assertThat(scanAfter(0)).as("just appeared").isEmpty();
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
			out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
		}
		assertThat(scanAfter(6)).as("it grew since the last look").isEmpty();
		assertThat(scanAfter(3)).as("unchanged for 3 s only").isEmpty();
		List<Registration> received = scanAfter(3);

		assertThat(received).singleElement().satisfies(r -> {
			assertThat(r.outcome()).isEqualTo(Registration.Outcome.NEW);
			assertThat(r.input().size()).isEqualTo(bytes.length);
		});
		assertThat(scanAfter(10)).as("taken once").isEmpty();
		assertThat(Files.readAllBytes(file)).as("the user's file stays as it was").isEqualTo(bytes);
		assertThat(Path.of(received.get(0).input().archivePath())).hasBinaryContent(bytes);
	}

	/** What the catch-up run at leading waits for: every file in the folder received and handed on. */
	@Test
	void theWatcherIsCaughtUpOnceEveryFileInTheFolderIsReceived() throws Exception {
		th.itabatch.cluster.Leadership leader = org.mockito.Mockito.mock(th.itabatch.cluster.Leadership.class);
		org.mockito.Mockito.when(leader.isLeader()).thenReturn(true);
		InboxWatcher leading = new InboxWatcher(inbox, properties, new InboxProperties(true, 5, 2), arrived::addAll, clock,
				leader);
		assertThat(leading.caughtUp()).as("not looked yet").isFalse();
		Files.write(folder.resolve("scores.xlsx"), ExampleWorkbooks.bytes(ExampleWorkbooks.scores()));

		leading.poll();
		assertThat(leading.caughtUp()).as("seen, still settling").isFalse();
		clock.advance(6);
		leading.poll();
		assertThat(leading.caughtUp()).isTrue();
		assertThat(arrived).as("handed on before").hasSize(1);

		Files.write(folder.resolve("plan.xlsx"), ExampleWorkbooks.bytes(ExampleWorkbooks.plan()));
		leading.poll();
		assertThat(leading.caughtUp()).as("a file copied in since").isFalse();
	}

	@Test
	void lockHiddenAndTemporaryFilesAreLeftAlone() throws Exception {
		byte[] bytes = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		for (String name : List.of("~$scores.xlsx", ".scores.xlsx", "scores.xlsx.tmp", "Thumbs.db", "scores.xlsx.crdownload")) {
			Files.write(folder.resolve(name), bytes);
		}
		scanAfter(0);
		assertThat(scanAfter(10)).isEmpty();
		assertThat(inputs.recent(10)).isEmpty();
	}

	@Test
	void theSameContentDroppedTwiceIsNotReadTwice() throws Exception {
		byte[] bytes = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		Files.write(folder.resolve("scores.xlsx"), bytes);
		scanAfter(0);
		assertThat(scanAfter(6)).hasSize(1);

		Files.write(folder.resolve("scores (copy).xlsx"), bytes);
		scanAfter(0);
		assertThat(scanAfter(6)).as("known content: nothing new to read").isEmpty();
		assertThat(inputs.recent(10)).hasSize(1);
		assertThat(arrived).hasSize(1);
	}

	@Test
	void aNewVersionSupersedesTheOlderOneInLaterRunsAndTheHistoryShowsBoth() throws Exception {
		Path file = folder.resolve(ExampleWorkbooks.SCORES_FILE);
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), file);
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), folder.resolve(ExampleWorkbooks.PLAN_FILE));
		scanAfter(0);
		assertThat(scanAfter(6)).hasSize(2);
		coordinator.run(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null, List.copyOf(arrived), properties.outputDir()));
		assertThat(scoreOf(4)).isEqualByComparingTo("87.99");

		try (XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook()) {
			workbook.getSheetAt(0).getRow(8).getCell(2).setCellValue(93.25);
			ExampleWorkbooks.write(workbook, file);
		}
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock.instant().plusSeconds(1)));
		scanAfter(1);
		List<Registration> second = scanAfter(6);
		assertThat(second).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(Registration.Outcome.NEW));
		coordinator.run(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null,
				List.of(second.get(0).input().id()), properties.outputDir()));

		assertThat(scoreOf(4)).as("the newer version's score").isEqualByComparingTo("93.25");
		List<StoredInput> history = inputs.recent(10);
		assertThat(history).filteredOn(i -> i.fileName().equals(ExampleWorkbooks.SCORES_FILE)).hasSize(2)
			.allSatisfy(i -> assertThat(i.status()).isEqualTo(InputStatus.USED));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ita_report").query(Long.class).single())
			.as("a report for each version of the data").isEqualTo(2);
		long older = history.stream()
			.filter(i -> i.fileName().equals(ExampleWorkbooks.SCORES_FILE) && i.id() != second.get(0).input().id())
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(units.load("กองคลัง", 2564).inputIds()).contains(second.get(0).input().id()).doesNotContain(older);
	}

	private java.math.BigDecimal scoreOf(int indicator) {
		return scores.currentScores("กองคลัง")
			.stream()
			.filter(s -> !s.isOverall() && s.indicator().number() == indicator)
			.map(ScoreEntry::score)
			.findFirst()
			.orElseThrow();
	}

	/** A clock the test moves. */
	static final class MutableClock extends Clock {

		private Instant now = Instant.now();

		void advance(int seconds) {
			now = now.plus(Duration.ofSeconds(seconds));
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.systemDefault();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
