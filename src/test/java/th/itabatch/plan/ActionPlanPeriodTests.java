package th.itabatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The months a plan runs, as headed or as its marks say. */
class ActionPlanPeriodTests {

	private static Activity marked(int number, YearMonth... months) {
		return new Activity(number, null, null, null, "กิจกรรม " + number, List.of(months), null, null, null, "แผน", "B" + number);
	}

	@Test
	void theHeadingsPeriodIsThePlans() {
		ActionPlan plan = new ActionPlan("กองคลัง", 2566, null, YearMonth.of(2022, 10), YearMonth.of(2023, 9),
				List.of(marked(1, YearMonth.of(2023, 3))));
		assertThat(plan.period()).contains(new ActionPlan.Period(YearMonth.of(2022, 10), YearMonth.of(2023, 9)));
	}

	@Test
	void withoutOneTheMarksRunFromTheFirstMonthToTheLast() {
		ActionPlan plan = new ActionPlan("กองแผนงาน", 2566, null, null, null,
				List.of(marked(1, YearMonth.of(2023, 3), YearMonth.of(2023, 8)), marked(2, YearMonth.of(2022, 10))));
		assertThat(plan.period()).as("a trial: '(ระยะเวลาของแผน -)' for a plan marked October to August")
			.contains(new ActionPlan.Period(YearMonth.of(2022, 10), YearMonth.of(2023, 8)));
		assertThat(new ActionPlan("กองแผนงาน", 2566, null, null, null, List.of(marked(1))).period()).isEmpty();
	}
}
