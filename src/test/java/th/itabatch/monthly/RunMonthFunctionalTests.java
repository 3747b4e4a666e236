package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.runs.DepartmentRun;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunOutcome;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.runs.UnitRun;

/**
 * A department whose units' data of an earlier fiscal year end in different months, run without a
 * month: กองคลัง's progress ends in June 2564, the groups' scores (no plan) with round 2, in July.
 * Each unit alone would be reported on its own month (and the department twice, half empty each
 * time); the run reports every unit, and so each department, on the month the year's data reach:
 * the progress's June.
 */
@ItaApplicationTest
class RunMonthFunctionalTests {

	private static final YearMonth JUNE_2564 = YearMonth.of(2021, 6);

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private RunCoordinator coordinator;

	@TempDir
	Path work;

	@Test
	void aRunWithoutAMonthReportsItsUnitsAndTheirDepartmentsOnOneMonth() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);

		RunSummary reported = oneShot.run(input, output, Optional.empty());

		assertThat(reported.exitCode()).isZero();
		assertThat(reported.outcome().units()).extracting(UnitRun::unit)
			.containsExactlyInAnyOrder("กองคลัง", "กลุ่มงานหนึ่ง", "กลุ่มงานสอง");
		assertThat(reported.outcome().units()).allSatisfy(u -> {
			assertThat(u.month()).as(u.unit()).isEqualTo(JUNE_2564);
			assertThat(u.monthChosen()).isTrue();
		});
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::name, DepartmentRun::month)
			.containsExactly(Tuple.tuple("กรมทดสอบ", JUNE_2564),
					Tuple.tuple("สำนักงานเลขานุการกรม", JUNE_2564));
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			assertThat(report.sheet("สรุป").number("B12")).as("monthly reports made for June").isEqualTo(3);
			assertThat(report.sheet("สรุป").number("B13")).as("sent nothing: กองว่าง alone").isEqualTo(1);
		}
		assertThat(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-07.xlsx")).doesNotExist();
	}

	/**
	 * A "run now" for one unit reports no department on a month no run reported the department's units
	 * on: one for a unit's earlier month made every department's report of it from that unit alone
	 * ("1 unit has scores, 100 % pass", a trial). On the month they were reported, it makes again only
	 * its own departments' reports.
	 */
	@Test
	void aRunForOneUnitMakesNoDepartmentReportOfAMonthItsDepartmentWasNotReportedOn() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);
		assertThat(oneShot.run(input, output, Optional.empty()).exitCode()).isZero();

		RunOutcome may = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.of(JUNE_2564.minusMonths(1)),
				List.of("กลุ่มงานหนึ่ง"), null, output));

		assertThat(may.units()).extracting(UnitRun::unit, UnitRun::month)
			.containsExactly(Tuple.tuple("กลุ่มงานหนึ่ง", JUNE_2564.minusMonths(1)));
		assertThat(may.departments()).isEmpty();
		try (var files = Files.list(output)) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("ITA-department_")
					&& f.contains("2564-05"));
		}

		RunOutcome june = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.of(JUNE_2564), List.of("กองคลัง"),
				null, output));

		assertThat(june.departments()).extracting(DepartmentRun::name).as("กองคลัง is no unit of สำนักงานเลขานุการกรม")
			.containsExactly("กรมทดสอบ");
	}
}
