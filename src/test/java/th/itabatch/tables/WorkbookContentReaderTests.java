package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;

class WorkbookContentReaderTests {

	private final WorkbookContentReader reader = TestTables.reader(InputDefaults.none());

	private final WorkbookContentReader configuredUnit = TestTables.reader(
			new InputDefaults("กองคลัง", null));

	@Test
	void readsTheSeedScores() {
		WorkbookContent content = reader.read("scores.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()));

		assertThat(content.hasErrors()).as(content.messages().toString()).isFalse();
		assertThat(content.rows(ScoreEntry.class)).hasSize(6);
		assertThat(content.rows(ScoreEntry.class)).allSatisfy(s -> {
			assertThat(s.unit()).isEqualTo("กองคลัง");
			assertThat(s.fiscalYear()).isEqualTo(2564);
			assertThat(s.round()).isEqualTo(1);
		});
		assertThat(content.rows(ScoreEntry.class).get(3).indicator().number()).isEqualTo(4);
		assertThat(content.rows(ScoreEntry.class).get(3).score()).isEqualByComparingTo("87.99");
		assertThat(content.rows(ScoreEntry.class).get(3).cell()).isEqualTo("C9");
		assertThat(content.rows(ScoreEntry.class).get(5).isOverall()).isTrue();
		assertThat(content.messages()).extracting(Message::code).containsExactly("OVERALL_MISMATCH");
		assertThat(content.messages().get(0).cell()).isEqualTo("C11");
		assertThat(content.messages().get(0).english()).contains("92.51", "91.61", "0.90");
	}

	@Test
	void readsTheSeedPlanAndProgress() {
		WorkbookContent content = configuredUnit.read("plan.xlsx", ExampleWorkbooks.bytes(ExampleWorkbooks.plan()));

		assertThat(content.hasErrors()).as(content.messages().toString()).isFalse();
		ActionPlan plan = content.rows(ActionPlan.class).get(0);
		assertThat(plan.unit()).isEqualTo("กองคลัง");
		assertThat(plan.fiscalYear()).isEqualTo(2564);
		assertThat(plan.policy()).isEqualTo("การเพิ่มการรับรู้ภายในที่มีต่อหน่วยงานตนเอง");
		assertThat(plan.periodStart()).isEqualTo(YearMonth.of(2021, 3));
		assertThat(plan.periodEnd()).isEqualTo(YearMonth.of(2021, 7));
		assertThat(plan.activities()).extracting(a -> a.number()).containsExactly(1, 2, 3);
		assertThat(plan.activities().get(0).months()).containsExactly(YearMonth.of(2021, 6));
		assertThat(plan.activities().get(2).months()).containsExactly(YearMonth.of(2021, 8), YearMonth.of(2021, 9));
		assertThat(plan.activities().get(2).measure()).isEqualTo("การสร้างการมีส่วนร่วมในองค์การและการพัฒนาศักยภาพบุคลากร");
		assertThat(plan.activities().get(2).topic()).isEqualTo("- การสร้างการมีส่วนร่วมในองค์การ");
		assertThat(plan.activities().get(0).budget()).isNull();
		assertThat(plan.activities().get(0).responsible()).isEqualTo("กลุ่มพัสดุ");
		assertThat(plan.activities().get(0).text()).startsWith("จัดกิจกรรมเผยแพร่");
		assertThat(content.messages()).extracting(Message::code).containsExactly("PLAN_OUTSIDE_PERIOD");
		assertThat(content.messages().get(0).cell()).isEqualTo("C7");

		assertThat(content.rows(ProgressEntry.class)).singleElement().satisfies(p -> {
			assertThat(p.month()).isEqualTo(YearMonth.of(2021, 6));
			assertThat(p.status()).isEqualTo(ProgressStatus.DONE);
			assertThat(p.participants()).isEqualTo(45);
			assertThat(p.fiscalYear()).isEqualTo(2564);
		});
	}
}
