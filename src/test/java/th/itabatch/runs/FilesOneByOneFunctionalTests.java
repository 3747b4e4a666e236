package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.inbox.Inbox;
import th.itabatch.inbox.Registration;
import th.itabatch.inputs.InputSource;
import th.itabatch.settings.ItaProperties;

/**
 * A department's files dropped one by one into the service: a file that moves the month the data
 * reach has every unit with data reported on it, not only the unit it is about.
 */
@ItaApplicationTest
class FilesOneByOneFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private Inbox inbox;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private ItaProperties properties;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private th.itabatch.report.StandingsRepository standings;

	@TempDir
	Path work;

	/**
	 * A trial: the register and the scores made July's reports (round 2's end), then a plan with
	 * June's progress moved the month to June, and June's department report had the plan's unit alone,
	 * the others "no report".
	 */
	@Test
	void aFileThatMovesTheMonthHasEveryUnitWithDataReportedOnIt() throws Exception {
		Path first = Files.createDirectories(work.resolve("first"));
		ExampleDepartment.writeRegister(first);
		ExampleDepartment.writeData(first);
		Files.delete(first.resolve(ExampleWorkbooks.PLAN_FILE));
		assertThat(oneShot.run(first, properties.outputDir(), Optional.empty()).outcome().units())
			.extracting(UnitRun::month)
			.as("without progress, the end of the scores' latest round")
			.containsOnly(YearMonth.of(2021, 7));

		Path plan = work.resolve(ExampleWorkbooks.PLAN_FILE);
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), plan);
		Registration arrived = inbox.receive(plan, InputSource.FOLDER);
		RunOutcome outcome = coordinator.run(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null,
				List.of(arrived.input().id()), properties.outputDir()));

		assertThat(outcome.units()).extracting(UnitRun::unit, UnitRun::month)
			.as("the plan's unit and the units with data and no June report yet")
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("กองคลัง", ExampleDepartment.MONTH),
					org.assertj.core.groups.Tuple.tuple("กลุ่มงานหนึ่ง", ExampleDepartment.MONTH),
					org.assertj.core.groups.Tuple.tuple("กลุ่มงานสอง", ExampleDepartment.MONTH));
		DepartmentRun top = outcome.departments().stream().filter(d -> d.name().equals("กรมทดสอบ")).findFirst().orElseThrow();
		assertThat(top.month()).isEqualTo(ExampleDepartment.MONTH);
		assertThat(top.report().units()).isEqualTo(4);
		String page = mvc.perform(get("/").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).as("the page follows the month the latest reports are of, not July, the latest with reports")
			.contains("กรมทดสอบ · เดือนมิถุนายน 2564")
			.contains("id=\"made-count\">3 / 4<");
	}

	/**
	 * A trial's monthly one-shot runs, each on that month's files alone: April's run, given only one
	 * unit's plan, made April's department report of that unit, the units whose scores were stored "no
	 * report". A month asked for has every unit with data of its fiscal year reported on it.
	 */
	@Test
	void aMonthAskedForHasEveryUnitWithDataOfItsYearReportedOnIt() throws Exception {
		YearMonth april = YearMonth.of(2021, 4);
		departmentReportedOn("all", ExampleDepartment.MONTH);

		Path second = Files.createDirectories(work.resolve("april"));
		org.apache.poi.ss.usermodel.Workbook plan = ExampleWorkbooks.plan();
		new SheetBuilder(plan.getSheet("ผลการดำเนินงาน")).text("D4", ExampleWorkbooks.RESULT_1 + " (แก้ไข)");
		ExampleWorkbooks.write(plan, second.resolve("plan-april.xlsx"));
		RunOutcome outcome = oneShot.run(second, properties.outputDir(), Optional.of(april)).outcome();

		assertThat(outcome.units()).extracting(UnitRun::unit, UnitRun::month)
			.as("the plan's unit and those whose scores are stored, on the month asked for")
			.contains(org.assertj.core.groups.Tuple.tuple("กองคลัง", april),
					org.assertj.core.groups.Tuple.tuple("กลุ่มงานหนึ่ง", april),
					org.assertj.core.groups.Tuple.tuple("กลุ่มงานสอง", april));
		assertThat(outcome.units()).extracting(UnitRun::month).containsOnly(april);
		DepartmentRun top = outcome.departments().stream().filter(d -> d.name().equals("กรมทดสอบ")).findFirst().orElseThrow();
		assertThat(top.month()).isEqualTo(april);
		java.util.Map<String, th.itabatch.report.UnitStanding> standing = standings.of(april);
		assertThat(java.util.stream.Stream.of("กองคลัง", "กลุ่มงานหนึ่ง", "กลุ่มงานสอง").map(standing::get))
			.as("every scored unit's April report there for the department report")
			.allSatisfy(s -> assertThat(s.reportId()).isNotNull());
	}

	/**
	 * A trial's May progress, sent in June after May's report was made and due, changed nothing and no
	 * one was told: it is said to be missing from that report, with how to have it made again.
	 */
	@Test
	void progressForAMonthReportedAndPastDueIsSaidToBeMissingFromItsReport() throws Exception {
		YearMonth may = YearMonth.of(2021, 5);
		departmentReportedOn("may", may);

		Path late = Files.createDirectories(work.resolve("late"));
		org.apache.poi.ss.usermodel.Workbook plan = ExampleWorkbooks.plan();
		new SheetBuilder(plan.getSheet("ผลการดำเนินงาน")).row("A5", ExampleWorkbooks.ACTIVITY_1, "พ.ค. 64", "อยู่ระหว่างดำเนินการ");
		ExampleWorkbooks.write(plan, late.resolve("plan-with-may.xlsx"));
		var run = oneShot.run(late, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));

		assertThat(run.messages().values().stream().flatMap(List::stream))
			.filteredOn(m -> m.code().equals("PROGRESS_AFTER_REPORT"))
			.as("May's report was made and is due; June's rows are as received before")
			.singleElement()
			.satisfies(m -> assertThat(m.cell()).isEqualTo("A5"))
			.satisfies(m -> assertThat(m.thai()).contains("ผลการดำเนินงานเดือนพฤษภาคม 2564 ของ กองคลัง", "--month 2564-05 โดยมีไฟล์นี้อยู่ในโฟลเดอร์นำเข้า")
				.as("a retrial: 'พฤษภาคม 2564และ'").contains("2564 และเลยกำหนดส่งแล้ว"))
			.satisfies(m -> assertThat(m.english()).contains("progress for 2021-05 arrived after the report of 2021-05"));
	}

	/** The example department's register and data read and reported on the month, from a folder of the name. */
	private void departmentReportedOn(String folder, YearMonth month) throws Exception {
		Path files = Files.createDirectories(work.resolve(folder));
		ExampleDepartment.writeRegister(files);
		ExampleDepartment.writeData(files);
		oneShot.run(files, properties.outputDir(), Optional.of(month));
	}
}
