package th.itabatch.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanRepository;
import th.itabatch.scores.ScoreRepository;

/**
 * Stores what each input holds: its status and messages always; its scores, plans and progress only
 * when it has no errors ("a workbook with errors is not used"). Rewriting an input replaces what an
 * earlier attempt stored.
 */
public class IngestedWorkbookWriter implements ItemWriter<IngestedWorkbook> {

	private final long jobInstanceId;

	private final InputRepository inputs;

	private final ScoreRepository scores;

	private final PlanRepository plans;

	public IngestedWorkbookWriter(long jobInstanceId, InputRepository inputs, ScoreRepository scores,
			PlanRepository plans) {
		this.jobInstanceId = jobInstanceId;
		this.inputs = inputs;
		this.scores = scores;
		this.plans = plans;
	}

	@Override
	public void write(Chunk<? extends IngestedWorkbook> chunk) {
		for (IngestedWorkbook workbook : chunk) {
			long inputId = workbook.input().id();
			WorkbookContent content = workbook.content();
			inputs.recordRead(inputId, jobInstanceId, content);
			if (content.hasErrors()) {
				continue;
			}
			scores.insert(inputId, content.scores());
			for (ActionPlan plan : content.plans()) {
				plans.insertPlan(inputId, plan);
			}
			plans.insertProgress(inputId, content.progress());
		}
	}
}
