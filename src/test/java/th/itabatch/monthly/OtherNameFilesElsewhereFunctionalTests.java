package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;

/**
 * A month reported under the registered name into another folder (a one-shot run to look at) leaves
 * the documents under the old name where they are: the database is every folder's, the folder is not.
 */
@ItaApplicationTest
class OtherNameFilesElsewhereFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aRunIntoAnotherFolderLeavesTheOtherNamesCopiesWhereTheyAre() throws Exception {
		Path output = work.resolve("out");
		oneShot.run(OtherNameFilesFunctionalTests.example(work), output, Optional.of(ExampleDepartment.MONTH));

		Path elsewhere = work.resolve("elsewhere");
		oneShot.run(OtherNameFilesFunctionalTests.renamed(work, "กค., กองคลัง"), elsewhere, Optional.of(ExampleDepartment.MONTH));

		assertThat(OtherNameFilesFunctionalTests.documents(elsewhere, "กองบริหารการคลัง")).hasSize(2);
		assertThat(OtherNameFilesFunctionalTests.documents(output, "กองคลัง"))
			.as("a review: a one-shot run into another folder emptied the main output folder of the month").hasSize(2);
	}
}
