package th.itabatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanTrackerTests {

	private static Activity activity(int number, YearMonth... months) {
		return new Activity(number, null, null, null, "กิจกรรม " + number, List.of(months), null, null, null, "แผน",
				"C" + number);
	}

	private static ProgressEntry progress(int activity, YearMonth month, ProgressStatus status) {
		return new ProgressEntry("กองคลัง", 2564, String.valueOf(activity), activity, month, status, "ผล " + month, null,
				null, null, null, "ผล", "A1");
	}

	private static final YearMonth MAR = YearMonth.of(2021, 3);

	@Test
	void budgetsShowAsMoneyIsWritten() {
		assertThat(budget(new java.math.BigDecimal("15000.00"), null)).isEqualTo("15,000");
		assertThat(budget(new java.math.BigDecimal("2500.5"), null)).isEqualTo("2,500.50");
		assertThat(budget(null, "ไม่ใช้งบประมาณ")).isEqualTo("ไม่ใช้งบประมาณ");
		assertThat(budget(null, null)).isEqualTo("-");
	}

	private static String budget(java.math.BigDecimal budget, String text) {
		return new Activity(1, null, null, null, "กิจกรรม", List.of(MAR), budget, text, null, "แผน", "C1").budgetDisplay();
	}

	private static final YearMonth MAY = YearMonth.of(2021, 5);

	private static final YearMonth JUN = YearMonth.of(2021, 6);

	private static final YearMonth JUL = YearMonth.of(2021, 7);

	private final ActionPlan plan = new ActionPlan("กองคลัง", 2564, null, MAR, JUL,
			List.of(activity(1, MAR), activity(2, MAY, JUN), activity(3, JUN), activity(4, JUL)));

	@Test
	void aRepeatingActivitysEarlierRunSaysNothingOfItsNextAndAnOlderRowSaysItsMonth() {
		YearMonth jan = YearMonth.of(2021, 1);
		YearMonth apr = YearMonth.of(2021, 4);
		// A quarter's report (January, April, July) and one piece of work over May and June.
		ActionPlan quarterly = new ActionPlan("กองคลัง", 2564, null, jan, JUL,
				List.of(activity(1, jan, apr, JUL), activity(2, MAY, JUN)));

		PlanProgress june = PlanTracker.track(quarterly,
				List.of(progress(1, apr, ProgressStatus.DONE), progress(2, MAY, ProgressStatus.IN_PROGRESS)), JUN);

		assertThat(june.nextMonth()).extracting(ActivityProgress::status)
			.as("a trial: July's list showed April's run done").containsExactly(ProgressStatus.NOT_REPORTED);
		assertThat(june.nextMonth().get(0).result()).isEmpty();
		assertThat(june.due()).filteredOn(a -> a.activity().number() == 1).extracting(ActivityProgress::status)
			.as("among the activities due, April's run was done").containsExactly(ProgressStatus.DONE);
		assertThat(june.thisMonth()).extracting(ActivityProgress::status)
			.as("May and June are one run: May's row stands for it").containsExactly(ProgressStatus.IN_PROGRESS);
		assertThat(june.thisMonth().get(0).unfinishedAsOf(JUN)).as("and says it is May's").contains(MAY);
		assertThat(june.due().get(0).unfinishedAsOf(JUN)).as("done is done, whenever it was said").isEmpty();
		PlanProgress august = PlanTracker.track(quarterly, List.of(progress(1, apr, ProgressStatus.DONE)), JUL.plusMonths(1));
		assertThat(august.due()).filteredOn(a -> a.activity().number() == 1)
			.extracting(ActivityProgress::status, ActivityProgress::overdue)
			.as("a review: July's run not reported is not done by April's, and is overdue in August")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProgressStatus.NOT_REPORTED, true));
		assertThat(PlanTracker.track(plan, List.of(progress(4, JUN, ProgressStatus.IN_PROGRESS)), JUN).nextMonth())
			.extracting(ActivityProgress::status)
			.as("begun in June before its one month, July: June's row counts")
			.containsExactly(ProgressStatus.IN_PROGRESS);
		assertThat(PlanTracker.track(quarterly, List.of(progress(1, JUL, ProgressStatus.DONE)), JUL).thisMonth())
			.filteredOn(a -> a.activity().number() == 1)
			.extracting(ActivityProgress::status)
			.as("July's own row counts for July's run")
			.containsExactly(ProgressStatus.DONE);
	}

	@Test
	void anActivityOfEveryMonthIsDoneAnewEachMonth() {
		YearMonth oct = YearMonth.of(2020, 10);
		List<YearMonth> year = java.util.stream.IntStream.range(0, 12).mapToObj(oct::plusMonths).toList();
		Activity everyMonth = new Activity(6, null, null, null, "เผยแพร่ข่าวคุณธรรม", year, null, null, null, "แผน", "C6");
		Activity threeMonths = activity(4, YearMonth.of(2021, 1), YearMonth.of(2021, 2), YearMonth.of(2021, 3));
		Activity saidMonthly = new Activity(7, null, null, null, "รายงานผลการดำเนินงานประจำเดือน", List.of(MAY, JUN, JUL),
				null, null, null, "แผน", "C7");
		ActionPlan withThem = new ActionPlan("กองคลัง", 2564, null, oct, oct.plusMonths(11),
				List.of(threeMonths, everyMonth, saidMonthly));
		assertThat(everyMonth.isMonthly()).isTrue();
		assertThat(saidMonthly.isMonthly()).as("said so in its text").isTrue();
		assertThat(threeMonths.isMonthly()).as("three months in a row: one piece of work").isFalse();

		PlanProgress june = PlanTracker.track(withThem, List.of(progress(6, MAY, ProgressStatus.DONE),
				progress(7, MAY, ProgressStatus.DONE), progress(4, YearMonth.of(2021, 1), ProgressStatus.DONE)), JUN);

		assertThat(june.due()).extracting(a -> a.activity().number(), ActivityProgress::status)
			.as("a trial: May's 'done' stood for the rest of the year; June's is not reported")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, ProgressStatus.DONE),
					org.assertj.core.groups.Tuple.tuple(6, ProgressStatus.NOT_REPORTED),
					org.assertj.core.groups.Tuple.tuple(7, ProgressStatus.NOT_REPORTED));
		assertThat(june.nextMonth()).extracting(ActivityProgress::status)
			.as("next month's list does not repeat this month's result")
			.containsOnly(ProgressStatus.NOT_REPORTED);
		assertThat(june.doneShare()).as("the three-month one done of three due").isEqualByComparingTo("33.33");
	}

	@Test
	void dueThisMonthNextMonthAndTheShareDone() {
		PlanProgress progress = PlanTracker.track(plan,
				List.of(progress(1, MAR, ProgressStatus.IN_PROGRESS), progress(1, MAY, ProgressStatus.DONE),
						progress(2, JUN, ProgressStatus.IN_PROGRESS), progress(3, JUL, ProgressStatus.DONE)),
				JUN);

		assertThat(progress.due()).extracting(a -> a.activity().number()).containsExactly(1, 2, 3);
		assertThat(progress.thisMonth()).extracting(a -> a.activity().number()).containsExactly(2, 3);
		assertThat(progress.nextMonth()).extracting(a -> a.activity().number()).containsExactly(4);
		assertThat(progress.due()).extracting(ActivityProgress::status)
			.as("progress after the report month does not count yet")
			.containsExactly(ProgressStatus.DONE, ProgressStatus.IN_PROGRESS, ProgressStatus.NOT_REPORTED);
		assertThat(progress.doneCount()).isEqualTo(1);
		assertThat(progress.doneShare()).isEqualByComparingTo("33.33");
		assertThat(progress.due().get(0).result()).isEqualTo("ผล 2021-05");
	}

	@Test
	void anActivityWhoseMonthsHavePassedUndoneIsOverdue() {
		PlanProgress progress = PlanTracker.track(plan, List.of(progress(2, JUN, ProgressStatus.IN_PROGRESS)), JUL);

		assertThat(progress.due()).extracting(ActivityProgress::overdue).containsExactly(true, true, true, false);
		assertThat(progress.doneShare()).isEqualByComparingTo("0.00");
	}

	@Test
	void nothingDueYet() {
		PlanProgress progress = PlanTracker.track(plan, List.of(), YearMonth.of(2021, 1));

		assertThat(progress.due()).isEmpty();
		assertThat(progress.doneShare()).isNull();
	}
}
