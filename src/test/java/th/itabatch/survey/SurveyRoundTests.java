package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.InputDefaults;

/**
 * The round of an export whose file name names none, from when it was answered: the round whose
 * results come nearest (round 1's from February, round 2's from June), said where that is not the
 * round the month falls in. A trial's round-1 survey answered in early March was filed as round 2.
 */
class SurveyRoundTests {

	private final SurveyResults results = new SurveyResults(TestCatalog.shipped(), OverallMethod.INDICATOR_MEAN,
			new InputDefaults(null, null));

	@ParameterizedTest(name = "answered most in {0}: round {1} of FY {2}")
	@CsvSource({ "2024-02, 1, 2567, false", "2024-03, 1, 2567, true", "2024-04, 2, 2567, false", "2024-06, 2, 2567, false",
			"2024-08, 2, 2567, true", "2024-09, 2, 2567, true", "2023-10, 1, 2567, false", "2023-11, 1, 2567, false" })
	void theRoundWhoseResultsComeNearest(String month, int round, int year, boolean said) {
		SurveyTally tally = new SurveyTally();
		tally.months.put(month, 10);
		tally.months.put("2024-01", 1);
		MessageLog log = new MessageLog("IIT (การตอบกลับ).xlsx");
		SurveyLayout layout = new SurveyLayout(1, "การตอบแบบฟอร์ม 1", List.of(), -1, 0, List.of(), false);

		var when = results.roundAndYear("IIT (การตอบกลับ).xlsx", tally, layout, log).orElseThrow();

		assertThat(Map.of("round", when.round(), "year", when.fiscalYear())).isEqualTo(Map.of("round", round, "year", year));
		assertThat(log.messages()).extracting(Message::code)
			.isEqualTo(said ? List.of("SURVEY_ROUND_FROM_DATES") : List.of());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "IIT รอบ 1 2567.xlsx, 1", "IIT รอบ 2 2567.xlsx, 2" })
	void aRoundTheFileNameNamesIsTaken(String file, int round) {
		SurveyTally tally = new SurveyTally();
		tally.months.put("2024-03", 10);
		MessageLog log = new MessageLog(file);

		var when = results.roundAndYear(file, tally, new SurveyLayout(1, "s", List.of(), -1, 0, List.of(), false), log)
			.orElseThrow();

		assertThat(when.round()).isEqualTo(round);
		assertThat(when.fiscalYear()).isEqualTo(2567);
		assertThat(log.messages()).isEmpty();
	}
}
