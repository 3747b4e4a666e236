package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;

/** Workbooks saved by LibreOffice and openpyxl give the same figures as the ones POI writes. */
class OtherWritersTests {

	private final WorkbookContentReader reader = TestTables.reader(
			new InputDefaults("กองคลัง", null));

	private WorkbookContent read(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/workbooks/" + name)) {
			return reader.read(name, in.readAllBytes());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "openpyxl-scores.xlsx", "libreoffice-scores.xlsx", "libreoffice-scores.xls" })
	void scoresReadTheSame(String name) throws IOException {
		WorkbookContent content = read(name);

		assertThat(content.hasErrors()).as(content.messages().toString()).isFalse();
		assertThat(content.rows(ScoreEntry.class).stream().filter(s -> !s.isOverall()).map(ScoreEntry::score))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("97.11"), new BigDecimal("90.08"), new BigDecimal("91.04"),
					new BigDecimal("87.99"), new BigDecimal("91.81"));
		assertThat(content.rows(ScoreEntry.class)).allSatisfy(s -> assertThat(s.fiscalYear()).isEqualTo(2564));
		ScoreEntry overall = content.rows(ScoreEntry.class).stream().filter(ScoreEntry::isOverall).findFirst().orElseThrow();
		assertThat(overall.score()).as("a formula saved without its result is computed")
			.isEqualByComparingTo(name.startsWith("openpyxl") ? "91.61" : "92.51");
	}

	@ParameterizedTest
	@ValueSource(strings = { "openpyxl-plan.xlsx", "libreoffice-plan.xlsx", "libreoffice-plan.xls" })
	void plansReadTheSame(String name) throws IOException {
		WorkbookContent content = read(name);

		assertThat(content.hasErrors()).as(content.messages().toString()).isFalse();
		ActionPlan plan = content.rows(ActionPlan.class).get(0);
		assertThat(plan.fiscalYear()).isEqualTo(2564);
		assertThat(plan.periodStart()).isEqualTo(YearMonth.of(2021, 3));
		assertThat(plan.periodEnd()).isEqualTo(YearMonth.of(2021, 7));
		assertThat(plan.activities().get(0).months()).containsExactly(YearMonth.of(2021, 6));
		assertThat(plan.activities().get(1).months()).containsExactly(YearMonth.of(2021, 7));
		assertThat(content.rows(ProgressEntry.class)).first().satisfies(p -> {
			assertThat(p.month()).isEqualTo(YearMonth.of(2021, 6));
			assertThat(p.status()).isEqualTo(ProgressStatus.DONE);
		});
		if (name.startsWith("openpyxl")) {
			assertThat(plan.activities().get(1).budget()).isEqualByComparingTo("5000");
			assertThat(content.messages()).isEmpty();
		}
		else {
			assertThat(content.messages()).extracting(Message::code).containsExactly("PLAN_OUTSIDE_PERIOD");
		}
	}
}
