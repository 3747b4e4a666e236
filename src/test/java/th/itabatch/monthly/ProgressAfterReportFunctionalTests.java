package th.itabatch.monthly;

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
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.validation.MessageCode;

/**
 * Scores sent first, the plan with its progress after (a trial's ordinary order): the month's report,
 * made from the scores and past due, is made again from the progress, and says nothing of lacking it
 * (a trial's reports sent to DOC said they did not have the progress they showed).
 */
@ItaApplicationTest
class ProgressAfterReportFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private th.itabatch.inputs.InputRepository inputs;

	@TempDir
	Path work;

	@Test
	void aReportMadeAgainFromLateProgressDoesNotSayItLacksIt() throws Exception {
		Path output = work.resolve("out");
		Path scores = Files.createDirectories(work.resolve("scores"));
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), scores.resolve(ExampleWorkbooks.SCORES_FILE));
		java.time.YearMonth month = java.time.YearMonth.of(2021, 7);
		oneShot.run(scores, output, Optional.of(month));
		Path july = output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx");
		assertThat(july).isRegularFile();

		Path plan = Files.createDirectories(work.resolve("plan"));
		Workbook withJuly = ExampleWorkbooks.plan();
		new SheetBuilder(withJuly.getSheet("ผลการดำเนินงาน")).row("A5", ExampleWorkbooks.ACTIVITY_1, "ก.ค. 64",
				"อยู่ระหว่างดำเนินการ");
		ExampleWorkbooks.write(withJuly, plan.resolve(ExampleWorkbooks.PLAN_FILE));
		RunSummary late = oneShot.run(plan, output, Optional.of(month));

		assertThat(inputs.messages(late.inputs().get(0).id())).extracting(m -> m.code())
			.as("said on arrival: July's report was made and is past due").contains(MessageCode.PROGRESS_AFTER_REPORT.name());
		assertThat(late.messages().values().stream().flatMap(List::stream).map(m -> m.code()))
			.as("a holdout trial: the command's summary told to run with --month what its own run had done")
			.doesNotContain(MessageCode.PROGRESS_AFTER_REPORT.name());
		assertThat(late.outcome().units()).singleElement().satisfies(u -> {
			assertThat(u.month()).isEqualTo(month);
			assertThat(u.alreadyDone()).as("made again").isFalse();
		});
		try (ReportCells report = new ReportCells(july)) {
			assertThat(report.sheet("กิจกรรม").texts()).as("the progress is in it")
				.anySatisfy(text -> assertThat(text).startsWith("อยู่ระหว่างดำเนินการ"));
			assertThat(report.sheet("ข้อสังเกต").texts()).doesNotContain(MessageCode.PROGRESS_AFTER_REPORT.name());
		}
	}
}
