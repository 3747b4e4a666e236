package th.itabatch.ingest.internal;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.itabatch.survey.ScoredRow;
import th.itabatch.survey.SurveyRow;
import th.itabatch.survey.SurveyRowScorer;

/** Scores each row of a survey export in the scoring step. */
public class SurveyRowProcessor implements ItemProcessor<SurveyRow, ScoredRow> {

	private final SurveyRowScorer scorer;

	public SurveyRowProcessor(SurveyRowScorer scorer) {
		this.scorer = scorer;
	}

	@Override
	public ScoredRow process(SurveyRow row) {
		return scorer.score(row);
	}
}
