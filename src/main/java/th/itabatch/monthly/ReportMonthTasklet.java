package th.itabatch.monthly;

import java.time.Clock;
import java.time.YearMonth;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.plan.PlanRepository;
import th.itabatch.scores.ScoreRepository;

/** Puts the report month into the job's context: the one asked for, or the one chosen from the inputs. */
class ReportMonthTasklet implements Tasklet {

	static final String MONTH = "report.month";

	static final String CHOSEN = "report.month.chosen";

	private final String requested;

	private final ReportMonthChooser chooser;

	private final ScoreRepository scores;

	private final PlanRepository plans;

	private final Clock clock;

	ReportMonthTasklet(String requested, ReportMonthChooser chooser, ScoreRepository scores, PlanRepository plans,
			Clock clock) {
		this.requested = requested;
		this.chooser = chooser;
		this.scores = scores;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long run = jobExecution.getJobInstance().getInstanceId();
		YearMonth month;
		boolean chosen = requested == null || requested.isBlank() || requested.equals(MonthlyReportJobConfiguration.AUTO);
		if (chosen) {
			Integer fiscalYear = Stream.concat(Stream.ofNullable(scores.latestFiscalYear(run)),
					plans.fiscalYears(run).stream()).max(Integer::compare).orElse(null);
			month = chooser.choose(YearMonth.now(clock).minusMonths(1), fiscalYear,
					year -> plans.latestProgressMonth(run, year), year -> scores.latestRound(run, year));
		}
		else {
			month = YearMonth.parse(requested);
		}
		ExecutionContext context = jobExecution.getExecutionContext();
		context.putString(MONTH, month.toString());
		context.putString(CHOSEN, Boolean.toString(chosen));
		return RepeatStatus.FINISHED;
	}
}
