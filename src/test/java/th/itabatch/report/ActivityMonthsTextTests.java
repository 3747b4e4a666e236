package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import th.itabatch.plan.Activity;

/** The months an activity is scheduled in, as the report's activity tables give them. */
class ActivityMonthsTextTests {

	private static final YearMonth OCT = YearMonth.of(2020, 10);

	private static Activity activity(String text, List<YearMonth> months) {
		return new Activity(1, null, null, null, text, months, null, null, null, "แผน", "C1");
	}

	@Test
	void monthsInARowAreShownAsTheirSpanAndAnActivityOfEveryMonthSaysSo() {
		assertThat(ReportTemplateModel.monthsText(activity("จัดทำสื่อ", List.of(OCT.plusMonths(7), OCT.plusMonths(8), OCT.plusMonths(9)))))
			.isEqualTo("พ.ค. 2564 – ก.ค. 2564");
		assertThat(ReportTemplateModel.monthsText(activity("รายงานรายไตรมาส", List.of(OCT.plusMonths(2), OCT.plusMonths(5), OCT.plusMonths(8)))))
			.isEqualTo("ธ.ค. 2563, มี.ค. 2564, มิ.ย. 2564");
		assertThat(ReportTemplateModel.monthsText(activity("อบรม", List.of(OCT.plusMonths(3)))))
			.isEqualTo("ม.ค. 2564");
		List<YearMonth> year = IntStream.range(0, 12).mapToObj(OCT::plusMonths).toList();
		assertThat(ReportTemplateModel.monthsText(activity("เผยแพร่ข่าว", year)))
			.as("a trial's cell listed twelve months one under another")
			.isEqualTo("ทุกเดือน (ต.ค. 2563 – ก.ย. 2564)");
	}
}
