package th.itabatch.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanRepository;
import th.itabatch.scores.ScoreRepository;

/**
 * Stores each workbook read: its input row and messages always; its scores, plans and progress
 * only when it has no errors ("a workbook with errors is not used").
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
			WorkbookContent content = workbook.content();
			long inputId = inputs.save(jobInstanceId, content, workbook.source().toAbsolutePath().toString(),
					workbook.archive().toAbsolutePath().toString());
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
