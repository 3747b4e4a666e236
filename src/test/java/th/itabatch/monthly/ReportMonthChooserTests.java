package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.TestCatalog;

class ReportMonthChooserTests {

	private final ReportMonthChooser chooser = new ReportMonthChooser(TestCatalog.shipped().calendar());

	private static final YearMonth OCTOBER_2026 = YearMonth.of(2026, 10); // FY 2570

	@Test
	void inputsOfTheCurrentYearGetThePreviousMonth() {
		assertThat(chooser.choose(OCTOBER_2026, 2570, y -> Optional.of(YearMonth.of(2026, 6)), y -> Optional.empty()))
			.isEqualTo(OCTOBER_2026);
		assertThat(chooser.choose(OCTOBER_2026, null, y -> Optional.empty(), y -> Optional.empty())).isEqualTo(OCTOBER_2026);
	}

	@Test
	void inputsOfAnEarlierYearGetTheLatestMonthTheirProgressCovers() {
		assertThat(chooser.choose(OCTOBER_2026, 2564, y -> Optional.of(YearMonth.of(2021, 6)), y -> Optional.of(1)))
			.isEqualTo(YearMonth.of(2021, 6));
	}

	@Test
	void withoutProgressTheEndOfTheLatestScoredRoundOrOfTheYear() {
		assertThat(chooser.choose(OCTOBER_2026, 2564, y -> Optional.empty(), y -> Optional.of(1)))
			.isEqualTo(YearMonth.of(2021, 2));
		assertThat(chooser.choose(OCTOBER_2026, 2564, y -> Optional.empty(), y -> Optional.empty()))
			.isEqualTo(YearMonth.of(2021, 9));
	}
}
