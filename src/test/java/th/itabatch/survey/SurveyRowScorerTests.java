package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who a row's respondent is, for telling one who answered twice. */
class SurveyRowScorerTests {

	private static final SurveyLayout EMAIL_FIRST = new SurveyLayout(1, "s", List.of(), -1, -1, List.of(), false, 0);

	/** Microsoft Forms writes "anonymous" for every response to an anonymous form: no one's address (a review). */
	@Test
	void onlyAnAddressNamesARespondent() {
		assertThat(SurveyRowScorer.respondent(new String[] { "anonymous" }, EMAIL_FIRST)).isZero();
		assertThat(SurveyRowScorer.respondent(new String[] { "" }, EMAIL_FIRST)).isZero();
		long staff = SurveyRowScorer.respondent(new String[] { "staff01@example.go.th" }, EMAIL_FIRST);
		assertThat(staff).isNotZero()
			.isEqualTo(SurveyRowScorer.respondent(new String[] { " Staff01@Example.go.th " }, EMAIL_FIRST))
			.isNotEqualTo(SurveyRowScorer.respondent(new String[] { "staff02@example.go.th" }, EMAIL_FIRST));
	}
}
