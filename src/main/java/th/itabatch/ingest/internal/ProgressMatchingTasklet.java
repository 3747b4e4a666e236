package th.itabatch.ingest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanRepository;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Checks the progress rows of every input the run read against the plan of their unit and year:
 * the plan in the same workbook, else the current plan. A workbook with a progress row that matches
 * no activity, or with progress for which no plan exists, is rejected as a whole; the others become
 * used.
 */
public class ProgressMatchingTasklet implements Tasklet {

	private final InputRepository inputs;

	private final PlanRepository plans;

	private final InputAcceptance acceptance;

	private final TransactionTemplate savepoint;

	public ProgressMatchingTasklet(InputRepository inputs, PlanRepository plans, InputAcceptance acceptance,
			PlatformTransactionManager transactionManager) {
		this.inputs = inputs;
		this.plans = plans;
		this.acceptance = acceptance;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		List<StoredInput> read = inputs.readBy(run).stream().filter(i -> i.status() == InputStatus.PARSED).toList();
		// Inputs without progress first, so that a plan read in the same run serves the progress of another file.
		List<StoredInput> withProgress = new ArrayList<>();
		for (StoredInput input : read) {
			if (plans.progressOfInput(input.id()).isEmpty()) {
				acceptance.accept(input);
			}
			else {
				withProgress.add(input);
			}
		}
		for (StoredInput input : withProgress) {
			try {
				savepoint.executeWithoutResult(status -> match(input));
			}
			catch (RuntimeException ex) {
				acceptance.reject(input.id(), input.fileName(), ex);
			}
		}
		return RepeatStatus.FINISHED;
	}

	private void match(StoredInput input) {
		MessageLog log = new MessageLog(input.fileName());
		Map<String, List<ProgressEntry>> byPlan = new LinkedHashMap<>();
		for (ProgressEntry entry : plans.progressOfInput(input.id())) {
			byPlan.computeIfAbsent(entry.unit() + "\u0000" + entry.fiscalYear(), k -> new ArrayList<>()).add(entry);
		}
		Map<String, Optional<ActionPlan>> found = new LinkedHashMap<>();
		byPlan.forEach((key, rows) -> found.put(key, plans.planOfInput(input.id(), rows.get(0).unit(), rows.get(0).fiscalYear())
			.or(() -> plans.currentPlan(rows.get(0).unit(), rows.get(0).fiscalYear()))));
		for (Map.Entry<String, List<ProgressEntry>> group : byPlan.entrySet()) {
			List<ProgressEntry> rows = group.getValue();
			ProgressEntry first = rows.get(0);
			Optional<ActionPlan> plan = found.get(group.getKey());
			if (plan.isPresent()) {
				ProgressMatcher.resolve(plan.get(), rows, log);
				continue;
			}
			// Beside the unit's progress of a year its plan covers, a few rows of another year are rows
			// outside the plan, left out alone: one row of ก.ย. 67 refused a trial's whole FY 2568 plan.
			Optional<ActionPlan> planned = byPlan.keySet().stream()
				.filter(key -> key.startsWith(first.unit() + "\u0000") && found.get(key).isPresent())
				.map(found::get).map(Optional::get).findFirst();
			if (planned.isPresent()) {
				log.cell(MessageCode.PROGRESS_OUTSIDE_PLAN_YEAR, first.sheet(), first.cell(), first.unit(), first.fiscalYear(),
						rows.size(), planned.get().fiscalYear());
				plans.forgetProgress(input.id(), first.unit(), first.fiscalYear());
				continue;
			}
			log.cell(MessageCode.PROGRESS_NO_PLAN, first.sheet(), first.cell(), first.unit(), first.fiscalYear());
		}
		inputs.addMessages(input.id(), log.messages());
		if (log.hasErrors()) {
			acceptance.reject(input.id());
		}
		else {
			acceptance.accept(input);
		}
	}
}
