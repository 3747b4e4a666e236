package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;

/**
 * A workbook rejected because what it refers to had not come (progress before its plan) is read
 * again when it is dropped again after the plan came: a trial's rejected input, queued again by a
 * new leader, stayed "waiting" until another file arrived.
 */
@ItaApplicationTest
class RequeuedInputFunctionalTests {

	private static final String PROGRESS_FILE = "ผลการดำเนินงาน มิ.ย. 64.xlsx";

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void progressRejectedBeforeItsPlanIsReadAgainOnceThePlanCame() throws Exception {
		Path output = work.resolve("output");
		Path progressAlone = Files.createDirectories(work.resolve("progress"));
		write(progressOnly(), progressAlone.resolve(PROGRESS_FILE));
		Path planAlone = Files.createDirectories(work.resolve("plan"));
		write(planOnly(), planAlone.resolve("แผน 2564.xlsx"));

		RunSummary first = oneShot.run(progressAlone, output, Optional.empty());
		assertThat(statusOf(first)).as("no plan yet").isEqualTo(InputStatus.REJECTED);
		assertThat(oneShot.run(planAlone, output, Optional.empty()).exitCode()).isZero();

		// The same content again, its id the highest of those waiting: a reading up to it completed before.
		RunSummary again = oneShot.run(progressAlone, output, Optional.empty());

		assertThat(statusOf(again)).as("read again against the plan that came").isEqualTo(InputStatus.USED);
		assertThat(again.exitCode()).isZero();
	}

	private static InputStatus statusOf(RunSummary summary) {
		return summary.inputs()
			.stream()
			.filter(i -> i.fileName().equals(PROGRESS_FILE))
			.map(StoredInput::status)
			.findFirst()
			.orElseThrow();
	}

	/** The example's progress sheet alone. */
	private static Workbook progressOnly() {
		Workbook workbook = ExampleWorkbooks.plan();
		workbook.removeSheetAt(0);
		return workbook;
	}

	/** The example's plan without its progress sheet. */
	private static Workbook planOnly() {
		Workbook workbook = ExampleWorkbooks.plan();
		workbook.removeSheetAt(1);
		return workbook;
	}

	private static void write(Workbook workbook, Path file) throws Exception {
		ExampleWorkbooks.write(workbook, file);
	}
}
