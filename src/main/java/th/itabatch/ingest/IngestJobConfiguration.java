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
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import th.itabatch.catalog.Catalog;
import th.itabatch.ingest.internal.IngestedWorkbook;
import th.itabatch.ingest.internal.IngestedWorkbookWriter;
import th.itabatch.ingest.internal.InputAcceptance;
import th.itabatch.ingest.internal.PendingInputReader;
import th.itabatch.ingest.internal.ProgressMatchingTasklet;
import th.itabatch.ingest.internal.RegisterFirstTasklet;
import th.itabatch.ingest.internal.SurveyRowProcessor;
import th.itabatch.ingest.internal.SurveyRowReader;
import th.itabatch.ingest.internal.SurveyTallyWriter;
import th.itabatch.ingest.internal.ValidationOutputsTasklet;
import th.itabatch.ingest.internal.WorkbookIngestProcessor;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.StoredInput;
import th.itabatch.plan.PlanRepository;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.settings.ItaProperties;
import th.itabatch.settings.RunsProperties;
import th.itabatch.survey.DuplicateTracker;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.ScoredRow;
import th.itabatch.survey.SurveyLayout;
import th.itabatch.survey.SurveyResults;
import th.itabatch.survey.SurveyRow;
import th.itabatch.survey.SurveyRowScorer;
import th.itabatch.survey.SurveyTallies;
import th.itabatch.tables.TableKinds;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;
import th.itabatch.workbook.WorkbookLimits;

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

	/**
	 * Inputs per reading thread in a chunk. A chunk's inputs are read side by side and stored when the
	 * last is read: with one input a thread, a thread that drew a small plan waited for one that drew
	 * the department's scores, and both waited while the chunk was stored (the ingest kept 1.2 of two
	 * cores busy).
	 */
	private static final int INPUTS_PER_READER = 8;

	private static final String RUN = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job ingestJob(JobRepository jobRepository, Step readInputsStep, Step registerFirstStep, Step rereadInputsStep,
			Step scoreSurveysStep, Step matchProgressStep, Step writeValidationStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(readInputsStep)
			.next(registerFirstStep)
			.next(rereadInputsStep)
			.next(scoreSurveysStep)
			.next(matchProgressStep)
			.next(writeValidationStep)
			.build();
	}

	/**
	 * Inputs read {@code ita.runs.read-threads} at a time: a chunk's workbooks ({@value #INPUTS_PER_READER}
	 * a thread) are opened and checked side by side (the processor keeps no state), then stored in one
	 * transaction, each input behind its own savepoint. A restart reads again the inputs of the chunk it
	 * stopped in: they are still pending.
	 */
	@Bean
	Step readInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingInputReader pendingInputReader, WorkbookIngestProcessor workbookIngestProcessor,
			IngestedWorkbookWriter ingestedWorkbookWriter, RunsProperties runs, AsyncTaskExecutor inputReaders) {
		return readStep(new StepBuilder("readInputsStep", jobRepository), transactionManager, pendingInputReader,
				workbookIngestProcessor, ingestedWorkbookWriter, runs, inputReaders);
	}

	/** A register read by the step before counts for the run's other inputs from here on. */
	@Bean
	Step registerFirstStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputRepository inputs, InputAcceptance acceptance, TableKinds kinds, UnitRegistry units) {
		return new StepBuilder("registerFirstStep", jobRepository)
			.tasklet(new RegisterFirstTasklet(inputs, acceptance, kinds, units), transactionManager)
			.build();
	}

	/**
	 * The inputs {@code registerFirstStep} put back in the queue, read again with the register it
	 * accepted (the step-scoped processor is made anew and takes the register as it now stands);
	 * nothing to read in a run without a register.
	 */
	@Bean
	Step rereadInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingInputReader pendingInputReader, WorkbookIngestProcessor workbookIngestProcessor,
			IngestedWorkbookWriter ingestedWorkbookWriter, RunsProperties runs, AsyncTaskExecutor inputReaders) {
		return readStep(new StepBuilder("rereadInputsStep", jobRepository), transactionManager, pendingInputReader,
				workbookIngestProcessor, ingestedWorkbookWriter, runs, inputReaders);
	}

	private static Step readStep(StepBuilder step, PlatformTransactionManager transactionManager,
			PendingInputReader reader, WorkbookIngestProcessor processor, IngestedWorkbookWriter writer,
			RunsProperties runs, AsyncTaskExecutor inputReaders) {
		return step.<StoredInput, IngestedWorkbook>chunk(runs.readers() * INPUTS_PER_READER)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(inputReaders)
			.build();
	}

	@Bean
	ThreadPoolTaskExecutor inputReaders(RunsProperties runs) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(runs.readers());
		executor.setMaxPoolSize(runs.readers());
		executor.setThreadNamePrefix("ita-read-");
		return executor;
	}

	@Bean
	@StepScope
	PendingInputReader pendingInputReader(InputRepository inputs,
			@Value("#{jobParameters['" + UP_TO + "']}") Long upTo) {
		return new PendingInputReader(inputs, upTo);
	}

	@Bean
	@StepScope
	WorkbookIngestProcessor workbookIngestProcessor(TableKinds kinds, ItaProperties properties,
			Questionnaire questionnaire, WorkbookLimits limits, UnitRegistry units) {
		// The register as it stands when the run starts: units every input names are matched to it.
		return new WorkbookIngestProcessor(
				kinds.reader(properties.defaults().toInputDefaults(), limits, units.current()), questionnaire, limits);
	}

	/** Survey exports, row by row: scored in chunks, restartable at the row reached. */
	@Bean
	Step scoreSurveysStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Questionnaire questionnaire, SurveyRowReader surveyRowReader, SurveyRowProcessor surveyRowProcessor,
			SurveyTallyWriter surveyTallyWriter) {
		return new StepBuilder("scoreSurveysStep", jobRepository).<SurveyRow, ScoredRow>chunk(questionnaire.chunkRows())
			.transactionManager(transactionManager)
			.reader(surveyRowReader)
			.processor(surveyRowProcessor)
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
			DuplicateTracker duplicateTracker, WorkbookLimits limits) {
		return new SurveyRowReader(inputs.readWithKind(run, SurveyLayout.KIND), questionnaire, duplicateTracker, limits);
	}

	@Bean
	@StepScope
	SurveyRowProcessor surveyRowProcessor(ItaProperties properties) {
		return new SurveyRowProcessor(new SurveyRowScorer());
	}

	@Bean
	@StepScope
	SurveyTallyWriter surveyTallyWriter(InputRepository inputs, ScoreRepository scores, Catalog catalog,
			Questionnaire questionnaire, ItaProperties properties, DuplicateTracker duplicateTracker,
			InputAcceptance acceptance, UnitRegistry units) {
		UnitRegister register = units.current();
		// In a department an export naming no unit is no configured unit's, as a workbook is not (a review).
		SurveyResults results = new SurveyResults(catalog, questionnaire.overallMethod(),
				properties.defaults().toInputDefaults().withUnits(register));
		return new SurveyTallyWriter(new SurveyTallies(results, duplicateTracker, questionnaire.maxProblems()), inputs,
				scores, acceptance, register);
	}

	@Bean
	@StepScope
	IngestedWorkbookWriter ingestedWorkbookWriter(@Value(RUN) Long run, InputRepository inputs, TableKinds kinds,
			PlatformTransactionManager transactionManager) {
		return new IngestedWorkbookWriter(run, inputs, kinds, transactionManager);
	}

	@Bean
	Step matchProgressStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputRepository inputs, PlanRepository plans, InputAcceptance acceptance) {
		return new StepBuilder("matchProgressStep", jobRepository)
			.tasklet(new ProgressMatchingTasklet(inputs, plans, acceptance, transactionManager), transactionManager)
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
			@Value("#{jobParameters['" + OUTPUT_DIR + "']}") String outputDir, WorkbookLimits limits) {
		return new ValidationOutputsTasklet(inputs, Path.of(outputDir), limits);
	}
}
