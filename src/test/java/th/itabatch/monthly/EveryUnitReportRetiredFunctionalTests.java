package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;

/**
 * A register dropped after the data: once its departments are reported for the month, the report of
 * every unit as one department, made before it, leaves the output folder (its run's copy stays under
 * history/): a trial's stayed beside them, still listing the units by the names the register corrects.
 */
@ItaApplicationTest
class EveryUnitReportRetiredFunctionalTests {

	private static final String EVERY_UNIT = "ITA-department_ทุกหน่วยงาน_FY2564_2564-06.xlsx";

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void theEveryUnitReportLeavesTheFolderOnceTheRegistersDepartmentsAreReported() throws Exception {
		Path output = work.resolve("out");
		Path data = Files.createDirectories(work.resolve("data"));
		ExampleDepartment.writeData(data);
		oneShot.run(data, output, Optional.of(ExampleDepartment.MONTH));
		assertThat(output.resolve(EVERY_UNIT)).as("no register: every unit as one department").exists();

		Path register = Files.createDirectories(work.resolve("register"));
		ExampleDepartment.writeRegister(register);
		oneShot.run(register, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx")).exists();
		assertThat(output.resolve(EVERY_UNIT)).doesNotExist();
		try (Stream<Path> history = Files.walk(output.resolve("history"))) {
			assertThat(history.map(f -> f.getFileName().toString()).toList()).as("the first run's own copy")
				.contains(EVERY_UNIT);
		}
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files.map(f -> f.getFileName().toString()).toList()).as("its PDF too, where one was made")
				.noneMatch(name -> name.contains("ทุกหน่วยงาน"));
		}
	}
}
