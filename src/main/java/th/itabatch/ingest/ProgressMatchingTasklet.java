package th.itabatch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanRepository;
import th.itabatch.plan.PlanRepository.StoredProgress;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Matches every progress row of the run with the plan of its unit and year, wherever that plan
 * came from (the same workbook or another one). A workbook with a progress row that matches no
 * activity is rejected as a whole; the others are marked used.
 */
public class ProgressMatchingTasklet implements Tasklet {

	private final InputRepository inputs;

	private final PlanRepository plans;

	public ProgressMatchingTasklet(InputRepository inputs, PlanRepository plans) {
		this.inputs = inputs;
		this.plans = plans;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		Map<Long, List<StoredProgress>> byInput = new LinkedHashMap<>();
		for (StoredProgress progress : plans.progressToMatch(run)) {
			byInput.computeIfAbsent(progress.inputId(), k -> new ArrayList<>()).add(progress);
		}
		for (Map.Entry<Long, List<StoredProgress>> input : byInput.entrySet()) {
			MessageLog log = new MessageLog(fileName(run, input.getKey()));
			Map<String, List<StoredProgress>> byPlan = new LinkedHashMap<>();
			for (StoredProgress row : input.getValue()) {
				byPlan.computeIfAbsent(row.entry().unit() + "/" + row.entry().fiscalYear(), k -> new ArrayList<>()).add(row);
			}
			Map<Long, Integer> numbers = new LinkedHashMap<>();
			for (List<StoredProgress> rows : byPlan.values()) {
				ProgressEntry first = rows.get(0).entry();
				Optional<ActionPlan> plan = plans.plan(run, first.unit(), first.fiscalYear(), "PARSED");
				if (plan.isEmpty()) {
					log.cell(MessageCode.PROGRESS_NO_PLAN, first.sheet(), first.cell(), first.unit(), first.fiscalYear());
					continue;
				}
				List<Integer> resolved = ProgressMatcher.resolve(plan.get(),
						rows.stream().map(StoredProgress::entry).toList(), log);
				for (int i = 0; i < rows.size(); i++) {
					numbers.put(rows.get(i).id(), resolved.get(i));
				}
			}
			inputs.addMessages(input.getKey(), log.messages());
			if (log.hasErrors()) {
				inputs.setStatus(input.getKey(), InputStatus.REJECTED);
				inputs.deleteContent(input.getKey());
				continue;
			}
			numbers.forEach(plans::setActivityNumber);
		}
		inputs.useParsed(run);
		return RepeatStatus.FINISHED;
	}

	private String fileName(long run, long inputId) {
		return inputs.inputs(run).stream().filter(i -> i.id() == inputId).findFirst().orElseThrow().fileName();
	}
}
