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
import th.itabatch.inputs.InputSource;

/** Files received together: archived side by side, recorded in their order, each content once. */
@ItaApplicationTest
class InboxTests {

	@Autowired
	private Inbox inbox;

	@Autowired
	private JdbcClient jdbc;

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
}
