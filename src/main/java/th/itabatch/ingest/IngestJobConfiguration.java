package th.itabatch.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import th.itabatch.ItaProperties;
import th.itabatch.catalog.Catalog;
import th.itabatch.plan.PlanRepository;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.survey.DuplicateTracker;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.ScoredRow;
import th.itabatch.survey.SurveyResults;
import th.itabatch.survey.SurveyRow;
import th.itabatch.survey.SurveyRowReader;
import th.itabatch.survey.SurveyRowScorer;
import th.itabatch.survey.SurveyTallyWriter;

/**
 * The ingest job: read and check every input waiting to be read, score the survey exports among
 * them row by row, check progress against the plans, and write the validation outputs of the
 * rejected ones.
 * <p>
 * Parameters (identifying): {@code inputs.upTo}, the last pending input when the run was asked
 * for, and {@code output.dir}, where validation outputs go. Asking twice for the same inputs is one
 * run; a failed run restarts with the input it stopped at.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

	public static final String JOB_NAME = "ingestJob";

	public static final String UP_TO = "inputs.upTo";

	public static final String OUTPUT_DIR = "output.dir";

	private static final String RUN = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job ingestJob(JobRepository jobRepository, Step readInputsStep, Step scoreSurveysStep, Step matchProgressStep,
			Step writeValidationStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(readInputsStep)
			.next(scoreSurveysStep)
			.next(matchProgressStep)
			.next(writeValidationStep)
			.build();
	}

	@Bean
	Step readInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingInputReader pendingInputReader, WorkbookIngestProcessor workbookIngestProcessor,
			IngestedWorkbookWriter ingestedWorkbookWriter) {
		return new StepBuilder("readInputsStep", jobRepository).<StoredInput, IngestedWorkbook>chunk(1)
			.transactionManager(transactionManager)
			.reader(pendingInputReader)
			.processor(workbookIngestProcessor)
			.writer(ingestedWorkbookWriter)
			.build();
	}

	@Bean
	@StepScope
	PendingInputReader pendingInputReader(InputRepository inputs,
			@Value("#{jobParameters['" + UP_TO + "']}") Long upTo) {
		return new PendingInputReader(inputs, upTo);
	}

	@Bean
	@StepScope
	WorkbookIngestProcessor workbookIngestProcessor(Catalog catalog, ItaProperties properties,
			Questionnaire questionnaire) {
		return new WorkbookIngestProcessor(new WorkbookContentReader(catalog, properties.defaults().toInputDefaults()),
				questionnaire);
	}

	/** Survey exports, row by row: scored in chunks, restartable at the row reached. */
	@Bean
	Step scoreSurveysStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Questionnaire questionnaire, SurveyRowReader surveyRowReader, SurveyRowScorer surveyRowScorer,
			SurveyTallyWriter surveyTallyWriter) {
		return new StepBuilder("scoreSurveysStep", jobRepository).<SurveyRow, ScoredRow>chunk(questionnaire.chunkRows())
			.transactionManager(transactionManager)
			.reader(surveyRowReader)
			.processor(surveyRowScorer)
			.writer(surveyTallyWriter)
			.build();
	}

	/** The fingerprints of one step execution's rows, shared by its reader (on restart) and writer. */
	@Bean
	@StepScope
	DuplicateTracker duplicateTracker() {
		return new DuplicateTracker();
	}

	@Bean
	@StepScope
	SurveyRowReader surveyRowReader(@Value(RUN) Long run, InputRepository inputs, Questionnaire questionnaire,
			DuplicateTracker duplicateTracker) {
		return new SurveyRowReader(inputs.exportsToScore(run), questionnaire, duplicateTracker);
	}

	@Bean
	@StepScope
	SurveyRowScorer surveyRowScorer(ItaProperties properties) {
		return new SurveyRowScorer(properties.defaults().toInputDefaults().unit());
	}

	@Bean
	@StepScope
	SurveyTallyWriter surveyTallyWriter(InputRepository inputs, ScoreRepository scores, Catalog catalog,
			Questionnaire questionnaire, ItaProperties properties, DuplicateTracker duplicateTracker) {
		return new SurveyTallyWriter(inputs, scores,
				new SurveyResults(catalog, questionnaire.overallMethod(), properties.defaults().toInputDefaults()),
				duplicateTracker, questionnaire.maxProblems());
	}

	@Bean
	@StepScope
	IngestedWorkbookWriter ingestedWorkbookWriter(@Value(RUN) Long run, InputRepository inputs, ScoreRepository scores,
			PlanRepository plans) {
		return new IngestedWorkbookWriter(run, inputs, scores, plans);
	}

	@Bean
	Step matchProgressStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputRepository inputs, PlanRepository plans) {
		return new StepBuilder("matchProgressStep", jobRepository)
			.tasklet(new ProgressMatchingTasklet(inputs, plans), transactionManager)
			.build();
	}

	@Bean
	Step writeValidationStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ValidationOutputsTasklet validationOutputsTasklet) {
		return new StepBuilder("writeValidationStep", jobRepository)
			.tasklet(validationOutputsTasklet, transactionManager)
			.build();
	}

	@Bean
	@JobScope
	ValidationOutputsTasklet validationOutputsTasklet(InputRepository inputs,
			@Value("#{jobParameters['" + OUTPUT_DIR + "']}") String outputDir) {
		return new ValidationOutputsTasklet(inputs, Path.of(outputDir));
	}
}
