package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reports listed newest first say which have a newer one of their unit and month above them. */
class ListedReportTests {

	@Test
	void onlyTheNewestOfAUnitsMonthIsCurrent() {
		List<List<String>> newestFirst = List.of(List.of("กองแผนงาน", "2565-05"), List.of("กองคลัง", "2565-05"),
				List.of("กองแผนงาน", "2565-05"), List.of("กองแผนงาน", "2565-04"), List.of("กองแผนงาน", "2565-05"));

		assertThat(ListedReport.superseded(newestFirst, r -> r))
			.as("a trial: three of one month listed alike, which to submit to DOC not told")
			.containsExactly(false, false, true, false, true);
	}
}
