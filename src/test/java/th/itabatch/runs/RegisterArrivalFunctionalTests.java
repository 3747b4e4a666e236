package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.inbox.Registration;
import th.itabatch.inputs.InputSource;
import th.itabatch.settings.ItaProperties;

/**
 * A register that arrives in the service after the data: the data are filed under its names and
 * reported (a class of its own: the database is emptied per class, and the data must come first).
 */
@ItaApplicationTest
class RegisterArrivalFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private Inbox inbox;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private ItaProperties properties;

	@TempDir
	Path work;

	/**
	 * A register that arrives after the data in the service files them under its names: the arrival's
	 * run reports the units the inputs read again name, though the register itself names none.
	 */
	@Test
	void aRegisterArrivingAfterTheDataHasTheirUnitsReportedUnderItsNames() throws Exception {
		Path data = Files.createDirectories(work.resolve("data"));
		ExampleDepartment.writeData(data);
		assertThat(oneShot.run(data, properties.outputDir(), Optional.empty()).outcome().units())
			.extracting(UnitRun::unit)
			.as("without a register, the short name is a unit of its own")
			.contains("กค.");

		Path register = work.resolve("units.xlsx");
		ExampleWorkbooks.write(ExampleDepartment.register(), register);
		Registration arrived = inbox.receive(register, InputSource.FOLDER);
		RunOutcome outcome = coordinator.run(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null,
				List.of(arrived.input().id()), properties.outputDir()));

		assertThat(outcome.units()).extracting(UnitRun::unit).contains("กองคลัง").doesNotContain("กค.");
		DepartmentRun top = outcome.departments().stream().filter(d -> d.name().equals("กรมทดสอบ")).findFirst().orElseThrow();
		assertThat(top.report().units()).isEqualTo(4);
	}

}
