package th.itabatch.monthly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportTemplates;
import th.itabatch.report.ThaiFormat;

/**
 * The monthly report job: one unit's report for one month, from its current data.
 * <p>
 * Parameters (identifying): {@code unit}, {@code report.month} ("2021-06"), {@code inputs} (the ids
 * of the inputs the data comes from) and {@code output.dir}. The same unit, month and data make one
 * run, however often it is asked for; new data for the unit makes a new run.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportJobConfiguration {

	public static final String JOB_NAME = "monthlyReportJob";

	public static final String UNIT = "unit";

	public static final String REPORT_MONTH = "report.month";

	public static final String INPUTS = "inputs";

	/** The latest run that read any of the inputs: part of what the report is made from. */
	public static final String READING = "reading";

	public static final String OUTPUT_DIR = "output.dir";

	@Bean
	Job monthlyReportJob(JobRepository jobRepository, Step writeReportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(writeReportStep).build();
	}

	@Bean
	Step writeReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnitReportTasklet unitReportTasklet) {
		return new StepBuilder("writeReportStep", jobRepository).tasklet(unitReportTasklet, transactionManager).build();
	}

	@Bean
	@JobScope
	UnitReportTasklet unitReportTasklet(@Value("#{jobParameters['" + UNIT + "']}") String unit,
			@Value("#{jobParameters['" + REPORT_MONTH + "']}") String month,
			@Value("#{jobParameters['" + OUTPUT_DIR + "']}") String outputDir, UnitReportBuilder builder,
			ReportTemplates templates, ReportProperties reportProperties, ReportRepository reports,
			OtherNameFiles otherNames, Clock clock) {
		return new UnitReportTasklet(unit, YearMonth.parse(month), Path.of(outputDir), builder,
				templates.of(ReportTemplates.UNIT_MONTH), new ThaiFormat(reportProperties.thaiDigits()), reports, otherNames,
				clock);
	}
}
