package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.inbox.Registration;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;

/**
 * The server's copy of a received file missing (a trial's second instance had a data folder of its
 * own): the user's valid file was refused as unreadable, and stayed refused. The reading stops
 * instead, saying why, and goes on where it stopped once the copy is back.
 */
@ItaApplicationTest
class ArchivedCopyMissingTests {

	@Autowired
	private Inbox inbox;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private RunCoordinator coordinator;

	@Test
	void aMissingArchivedCopyStopsTheReadingAndIsNeverTheUsersFileRefused(@TempDir Path work) throws Exception {
		Registration received = inbox.receive("scores-archived.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()),
				InputSource.UPLOAD, "editor");
		Path archived = Path.of(received.input().archivePath());
		Path aside = Files.move(archived, work.resolve("aside.xlsx"));
		try {
			RunOutcome stopped = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, work));

			assertThat(stopped.ingestStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(stopped.ingestFailure()).contains("archived copy of scores-archived.xlsx is missing", "ita.data-dir");
			assertThat(inputs.find(received.input().id()).orElseThrow().status()).as("not the user's file refused")
				.isNotEqualTo(InputStatus.REJECTED);
		}
		finally {
			Files.move(aside, archived, StandardCopyOption.REPLACE_EXISTING);
		}
		RunOutcome again = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, work));

		assertThat(again.ingestStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(inputs.find(received.input().id()).orElseThrow().status()).isEqualTo(InputStatus.USED);
	}
}
