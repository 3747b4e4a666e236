package th.itabatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;
import th.itabatch.files.ContentHash;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;

/** Files received together: archived side by side, recorded in their order, each content once. */
@ItaApplicationTest
class InboxTests {

	@Autowired
	private Inbox inbox;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private InputRepository inputs;

	@BeforeEach
	void noInputs() {
		jdbc.sql("DELETE FROM ita_report").update();
		jdbc.sql("DELETE FROM ita_input").update();
	}

	@Test
	void filesReceivedTogetherAreRecordedInTheirOrderAndEachContentArchivedOnce(@TempDir Path folder) throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			files.add(Files.writeString(folder.resolve(String.format("plan-%02d.xlsx", i)), "plan " + i));
		}
		// The same content under another name: known, not archived again.
		files.add(Files.writeString(folder.resolve("plan-00 (copy).xlsx"), "plan 0"));

		List<Registration> received = inbox.receive(files, InputSource.COMMAND);

		assertThat(received).hasSize(13);
		assertThat(received.subList(0, 12)).allMatch(r -> r.outcome() == Registration.Outcome.NEW);
		assertThat(received.subList(0, 12).stream().map(r -> r.input().id()).toList()).as("ids in the files' order")
			.isSorted()
			.doesNotHaveDuplicates();
		assertThat(received.subList(0, 12).stream().map(r -> r.input().fileName()).toList())
			.containsExactlyElementsOf(files.subList(0, 12).stream().map(f -> f.getFileName().toString()).toList());
		assertThat(received.get(12).outcome()).isEqualTo(Registration.Outcome.KNOWN);
		assertThat(received.get(12).input().id()).isEqualTo(received.get(0).input().id());
		for (int i = 0; i < 12; i++) {
			Path archived = Path.of(received.get(i).input().archivePath());
			assertThat(archived).hasContent("plan " + i);
			assertThat(archived.getParent().getFileName().toString())
				.isEqualTo(ContentHash.sha256(("plan " + i).getBytes()));
			try (var copies = Files.list(archived.getParent())) {
				assertThat(copies).as("one copy of a content").hasSize(1);
			}
		}
		assertThat(files.get(0)).as("the user's file, untouched").hasContent("plan 0");
	}

	@Test
	void aRefusedFileSentAgainUnderAnotherNameIsReadUnderThatName(@TempDir Path folder) throws Exception {
		Path first = Files.writeString(folder.resolve("ผลคะแนน ITA.xlsx"), "scores");
		Registration refused = inbox.receive(first, InputSource.FOLDER);
		inputs.setStatus(refused.input().id(), InputStatus.REJECTED);
		// Renamed to name its unit, the content the same.
		Path renamed = Files.move(first, folder.resolve("ผลคะแนน ITA_กองคลัง.xlsx"));

		Registration again = inbox.receive(renamed, InputSource.FOLDER);

		assertThat(again.outcome()).isEqualTo(Registration.Outcome.REQUEUED);
		assertThat(again.input().id()).isEqualTo(refused.input().id());
		assertThat(again.input().fileName()).isEqualTo("ผลคะแนน ITA_กองคลัง.xlsx");
		assertThat(again.input().status()).isEqualTo(InputStatus.PENDING);
		// A file read and used is not renamed by a copy of it.
		inputs.setStatus(again.input().id(), InputStatus.USED);
		Path copy = Files.writeString(folder.resolve("สำเนา.xlsx"), "scores");
		assertThat(inbox.receive(copy, InputSource.FOLDER).input().fileName()).isEqualTo("ผลคะแนน ITA_กองคลัง.xlsx");
	}
}
