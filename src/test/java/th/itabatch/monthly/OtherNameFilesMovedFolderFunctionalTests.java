package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;

/**
 * An output folder moved with its data since its reports were made (a new server, another disk): the
 * old name's copies are found in the folder as it is now, though the database names the old place.
 * A class of its own: its first run must find the database as a new user's, not the renamed register
 * another test left (the database is emptied before each class).
 */
@ItaApplicationTest
class OtherNameFilesMovedFolderFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void anOutputFolderMovedSinceItsReportsWereMadeIsStillTidied() throws Exception {
		Path before = work.resolve("before").resolve("out");
		oneShot.run(OtherNameFilesFunctionalTests.example(work), before, Optional.of(ExampleDepartment.MONTH));
		Path output = Files.move(before.getParent(), work.resolve("moved")).resolve("out");
		assertThat(OtherNameFilesFunctionalTests.documents(output, "กองคลัง")).hasSize(2);

		oneShot.run(OtherNameFilesFunctionalTests.renamed(work, "กค., กองคลัง"), output,
				Optional.of(ExampleDepartment.MONTH));

		assertThat(OtherNameFilesFunctionalTests.documents(output, "กองบริหารการคลัง")).hasSize(2);
		assertThat(OtherNameFilesFunctionalTests.documents(output, "กองคลัง"))
			.as("the old name's copies in the folder as it is now").isEmpty();
	}
}
