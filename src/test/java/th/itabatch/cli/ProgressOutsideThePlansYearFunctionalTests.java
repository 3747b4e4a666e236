package th.itabatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.inputs.InputStatus;
import th.itabatch.plan.PlanRepository;
import th.itabatch.validation.Message;

/**
 * A plan's workbook with a progress row of a month before the plan's fiscal year: that row is left
 * out with a warning and the plan is used (a trial's one row of ก.ย. 67 refused its whole FY 2568
 * plan, and the unit's report said it had none).
 */
@ItaApplicationTest
class ProgressOutsideThePlansYearFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private PlanRepository plans;

	@TempDir
	Path work;

	@Test
	void aRowOfAnotherFiscalYearIsLeftOutAloneAndThePlanIsUsed() throws Exception {
		Path drop = Files.createDirectories(work.resolve("drop"));
		Workbook plan = ExampleWorkbooks.plan();
		new SheetBuilder(plan.getSheet("ผลการดำเนินงาน")).row("A5", ExampleWorkbooks.ACTIVITY_2, "ก.ย. 63", "ดำเนินการแล้ว");
		ExampleWorkbooks.write(plan, drop.resolve(ExampleWorkbooks.PLAN_FILE));

		RunSummary summary = oneShot.run(drop, work.resolve("out"), Optional.empty());

		assertThat(summary.inputs()).singleElement().extracting(i -> i.status()).isEqualTo(InputStatus.USED);
		List<Message> messages = summary.messages().values().iterator().next().stream()
			.filter(m -> m.code().startsWith("PROGRESS"))
			.toList();
		assertThat(messages).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRESS_OUTSIDE_PLAN_YEAR", "A5"));
		assertThat(messages.get(0).english()).startsWith("กองคลัง's progress of fiscal year 2563 (1 row(s), from this one)");
		assertThat(plans.currentPlan("กองคลัง", 2564)).as("the plan used").isPresent();
		assertThat(plans.currentProgress("กองคลัง", 2564)).as("its June row used").hasSize(1);
		assertThat(plans.latestFiscalYears()).as("the row left out is not kept: it would choose the report's year")
			.containsEntry("กองคลัง", 2564);
	}
}
