package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.report.StandingsRepository;
import th.itabatch.report.UnitStanding;

/**
 * A unit renamed in the register (its old name kept as another name) keeps the reports of the
 * months before: a trial's renamed division showed no score and "no report, overdue" for them.
 */
@ItaApplicationTest
class RenamedUnitHistoryFunctionalTests {

	private static final YearMonth MAY = YearMonth.of(2021, 5);

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private StandingsRepository standings;

	@Autowired
	private th.itabatch.runs.RunCoordinator coordinator;

	@TempDir
	Path work;

	@Test
	void aMonthReportedUnderTheOldNameStandsForTheUnitUnderItsNewOne() throws Exception {
		Path first = Files.createDirectories(work.resolve("first"));
		ExampleDepartment.writeRegister(first);
		ExampleDepartment.writeData(first);
		oneShot.run(first, work.resolve("out"), Optional.of(MAY));
		UnitStanding before = standings.of(MAY).get("กองคลัง");
		assertThat(before.reportId()).isNotNull();

		Path second = Files.createDirectories(work.resolve("second"));
		try (XSSFWorkbook register = ExampleDepartment.register()) {
			register.getSheetAt(0).getRow(2).getCell(1).setCellValue("กองบริหารการคลัง");
			register.getSheetAt(0).getRow(2).getCell(2).setCellValue("กค., กองคลัง");
			ExampleWorkbooks.write(register, second.resolve("units-2.xlsx"));
		}
		oneShot.run(second, work.resolve("out"), Optional.of(ExampleDepartment.MONTH));

		Map<String, UnitStanding> may = standings.of(MAY);
		assertThat(may).doesNotContainKey("กองคลัง");
		assertThat(may.get("กองบริหารการคลัง")).satisfies(s -> {
			assertThat(s.reportId()).as("May's report, made under the old name").isEqualTo(before.reportId());
			assertThat(s.overall()).isEqualByComparingTo(before.overall());
		});

		// May reported again under the new name (a trial re-ran a month for a late progress row): the newer
		// report stands, judged by the deadline on the first, made under the old name, not "made late".
		coordinator.run(new th.itabatch.runs.RunRequest(th.itabatch.runs.RunTrigger.MANUAL, Optional.of(MAY), java.util.List.of("กองบริหารการคลัง"), null,
				work.resolve("out")));
		assertThat(standings.of(MAY).get("กองบริหารการคลัง")).satisfies(s -> {
			assertThat(s.reportId()).isGreaterThan(before.reportId());
			assertThat(s.reportMadeAt()).isEqualTo(before.reportMadeAt());
		});
	}
}
