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

/**
 * The ingest job: read and check every input waiting to be read, check progress against the plans,
 * and write the validation outputs of the rejected ones.
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
	Job ingestJob(JobRepository jobRepository, Step readInputsStep, Step matchProgressStep, Step writeValidationStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(readInputsStep)
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
	WorkbookIngestProcessor workbookIngestProcessor(Catalog catalog, ItaProperties properties) {
		return new WorkbookIngestProcessor(new WorkbookContentReader(catalog, properties.defaults().toInputDefaults()));
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
