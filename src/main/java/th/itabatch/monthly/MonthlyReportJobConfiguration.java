package th.itabatch.monthly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import th.itabatch.ItaProperties;
import th.itabatch.catalog.Catalog;
import th.itabatch.ingest.IngestedWorkbook;
import th.itabatch.ingest.IngestedWorkbookWriter;
import th.itabatch.ingest.InputFolderReader;
import th.itabatch.ingest.InputRepository;
import th.itabatch.ingest.ProgressMatchingTasklet;
import th.itabatch.ingest.ValidationOutputsTasklet;
import th.itabatch.ingest.WorkbookContentReader;
import th.itabatch.ingest.WorkbookIngestProcessor;
import th.itabatch.plan.PlanRepository;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportTemplate;
import th.itabatch.report.ReportWorkbookWriter;
import th.itabatch.scores.ScoreRepository;

/**
 * The monthly report job: read and check every workbook of the input folder, match progress with
 * plans, write validation outputs for rejected workbooks, choose the report month, and write one
 * report per unit.
 * <p>
 * Parameters: {@code input.dir}, {@code output.dir}, {@code report.month} ("2021-06" or "auto")
 * and {@code run.id}, all identifying; a restart of a failed run goes on where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportJobConfiguration {

	public static final String JOB_NAME = "monthlyReportJob";

	public static final String INPUT_DIR = "input.dir";

	public static final String OUTPUT_DIR = "output.dir";

	public static final String REPORT_MONTH = "report.month";

	public static final String RUN_ID = "run.id";

	/** The report month parameter when the job is to choose it. */
	public static final String AUTO = "auto";

	private static final String RUN = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job monthlyReportJob(JobRepository jobRepository, Step readInputsStep, Step matchProgressStep,
			Step writeValidationStep, Step chooseMonthStep, Step writeReportsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(readInputsStep)
			.next(matchProgressStep)
			.next(writeValidationStep)
			.next(chooseMonthStep)
			.next(writeReportsStep)
			.build();
	}

	@Bean
	Step readInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputFolderReader inputFolderReader, WorkbookIngestProcessor workbookIngestProcessor,
			IngestedWorkbookWriter ingestedWorkbookWriter) {
		return new StepBuilder("readInputsStep", jobRepository).<java.nio.file.Path, IngestedWorkbook>chunk(1)
			.transactionManager(transactionManager)
			.reader(inputFolderReader)
			.processor(workbookIngestProcessor)
			.writer(ingestedWorkbookWriter)
			.build();
	}

	@Bean
	@StepScope
	InputFolderReader inputFolderReader(@Value("#{jobParameters['" + INPUT_DIR + "']}") String inputDir) {
		return new InputFolderReader(Path.of(inputDir));
	}

	@Bean
	@StepScope
	WorkbookIngestProcessor workbookIngestProcessor(Catalog catalog, ItaProperties properties) {
		return new WorkbookIngestProcessor(new WorkbookContentReader(catalog, properties.defaults().toInputDefaults()),
				properties.archiveDir());
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

	@Bean
	Step chooseMonthStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportMonthTasklet reportMonthTasklet) {
		return new StepBuilder("chooseMonthStep", jobRepository).tasklet(reportMonthTasklet, transactionManager)
			.build();
	}

	@Bean
	@JobScope
	ReportMonthTasklet reportMonthTasklet(@Value("#{jobParameters['" + REPORT_MONTH + "']}") String month,
			Catalog catalog, ScoreRepository scores, PlanRepository plans, Clock clock) {
		return new ReportMonthTasklet(month, new ReportMonthChooser(catalog.calendar()), scores, plans, clock);
	}

	@Bean
	Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnitReader unitReader, UnitReportProcessor unitReportProcessor, ReportFileWriter reportFileWriter) {
		return new StepBuilder("writeReportsStep", jobRepository).<String, PreparedReport>chunk(1)
			.transactionManager(transactionManager)
			.reader(unitReader)
			.processor(unitReportProcessor)
			.writer(reportFileWriter)
			.build();
	}

	@Bean
	@StepScope
	UnitReader unitReader(@Value(RUN) Long run, ScoreRepository scores, PlanRepository plans) {
		return new UnitReader(run, scores, plans);
	}

	@Bean
	@StepScope
	UnitReportProcessor unitReportProcessor(@Value(RUN) Long run,
			@Value("#{jobExecutionContext['" + ReportMonthTasklet.MONTH + "']}") String month,
			@Value("#{jobParameters['" + OUTPUT_DIR + "']}") String outputDir, Catalog catalog,
			ReportProperties reportProperties, ScoreRepository scores, PlanRepository plans, InputRepository inputs) {
		return new UnitReportProcessor(run, YearMonth.parse(month), Path.of(outputDir),
				new MonthlyReportAssembler(catalog, reportProperties), scores, plans, inputs);
	}

	@Bean
	@StepScope
	ReportFileWriter reportFileWriter(@Value(RUN) Long run, ReportProperties reportProperties,
			ReportRepository reports) {
		ReportWorkbookWriter workbooks = new ReportWorkbookWriter(
				new ReportTemplate(Path.of(reportProperties.template())), reportProperties.thaiDigits());
		return new ReportFileWriter(run, workbooks, reports);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
