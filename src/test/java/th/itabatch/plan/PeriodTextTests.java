package th.itabatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Months typed as text in a plan's one period column, as offices type them, for a plan of FY 2568. */
class PeriodTextTests {

	private static List<YearMonth> months(String text) {
		return List.copyOf(PeriodText.months(text, 2568));
	}

	private static List<YearMonth> run(int fromYear, int fromMonth, int count) {
		return java.util.stream.Stream.iterate(YearMonth.of(fromYear, fromMonth), m -> m.plusMonths(1)).limit(count).toList();
	}

	@Test
	void rangesTakeTheirYearFromTheirEndOrRunOnFromTheirStart() {
		assertThat(months("ต.ค. - ธ.ค. 67")).isEqualTo(run(2024, 10, 3));
		assertThat(months("มกราคม - มีนาคม 2568")).isEqualTo(run(2025, 1, 3));
		assertThat(months("ก.ค.-ก.ย. 68")).isEqualTo(run(2025, 7, 3));
		assertThat(months("พ.ย.-ม.ค.")).as("no year: the fiscal year's November on").isEqualTo(run(2024, 11, 3));
		assertThat(months("ส.ค. - ต.ค.")).as("a review: no year, across September: August on, not back from October")
			.isEqualTo(run(2025, 8, 3));
		assertThat(months("ส.ค. - ต.ค. 68")).as("the end's year: August 2568 to October").isEqualTo(run(2025, 8, 3));
		assertThat(months("ก.ย. 67 - ต.ค. 67")).isEqualTo(run(2024, 9, 2));
	}

	@Test
	void monthsAloneListsQuartersAndTheWholeYear() {
		assertThat(months("มิ.ย. ๖๘")).containsExactly(YearMonth.of(2025, 6));
		assertThat(months("ต.ค.-67")).as("Excel's Thai mmm-yy, a review: one month, not a range").containsExactly(YearMonth.of(2024, 10));
		assertThat(months("Oct-24 - Dec-24")).as("a review").isEqualTo(run(2024, 10, 3));
		assertThat(months("October 2024")).as("'to' inside October is no separator (a review)")
			.containsExactly(YearMonth.of(2024, 10));
		assertThat(months("ต.ค., ม.ค., เม.ย.")).containsExactly(YearMonth.of(2024, 10), YearMonth.of(2025, 1), YearMonth.of(2025, 4));
		assertThat(months("ไตรมาส 2")).isEqualTo(run(2025, 1, 3));
		assertThat(months("ไตรมาสที่ 1-2")).as("a review").isEqualTo(run(2024, 10, 6));
		assertThat(months("ตลอดปีงบประมาณ")).isEqualTo(run(2024, 10, 12));
		assertThat(months("ตลอดปีงบประมาณ 2569")).as("a review: another year's, said by the reader as such")
			.isEqualTo(run(2025, 10, 12));
	}

	@Test
	void whatNamesNoMonthIsNone() {
		assertThat(months("ตามความเหมาะสม")).isEmpty();
		assertThat(months("1 วัน")).isEmpty();
		assertThat(months("12 เดือน")).isEmpty();
		assertThat(months("ต.ค. และทุกวันจันทร์")).as("a part that names no month: none, not half").isEmpty();
	}
}
