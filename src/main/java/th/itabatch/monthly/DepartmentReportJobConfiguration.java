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

import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportTemplates;
import th.itabatch.report.ThaiFormat;

/**
 * The department report job: one department's report for one month, made after its units' reports.
 * <p>
 * Parameters (identifying): {@code department} (its code), {@code report.month} ("2021-06"),
 * {@code inputs} (a hash of its units' latest reports and inputs for the month) and
 * {@code output.dir}. As with the units' reports, the same standings make one run however often it
 * is asked for, and an interrupted run is restarted.
 */
@Configuration(proxyBeanMethods = false)
public class DepartmentReportJobConfiguration {

	public static final String JOB_NAME = "departmentReportJob";

	public static final String DEPARTMENT = "department";

	/** The department's name, beside its code: not part of the job's identity, for what pages say of it. */
	public static final String DEPARTMENT_NAME = "department.name";

	@Bean
	Job departmentReportJob(JobRepository jobRepository, Step writeDepartmentReportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(writeDepartmentReportStep).build();
	}

	@Bean
	Step writeDepartmentReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DepartmentReportTasklet departmentReportTasklet) {
		return new StepBuilder("writeDepartmentReportStep", jobRepository)
			.tasklet(departmentReportTasklet, transactionManager)
			.build();
	}

	@Bean
	@JobScope
	DepartmentReportTasklet departmentReportTasklet(@Value("#{jobParameters['" + DEPARTMENT + "']}") String department,
			@Value("#{jobParameters['" + MonthlyReportJobConfiguration.REPORT_MONTH + "']}") String month,
			@Value("#{jobParameters['" + MonthlyReportJobConfiguration.INPUTS + "']}") String inputs,
			@Value("#{jobParameters['" + MonthlyReportJobConfiguration.OUTPUT_DIR + "']}") String outputDir,
			DepartmentReportBuilder builder, ReportTemplates templates, ReportProperties reportProperties,
			DepartmentRepository departments, Clock clock) {
		return new DepartmentReportTasklet(department, YearMonth.parse(month), inputs, Path.of(outputDir), builder,
				templates.of(ReportTemplates.DEPARTMENT_MONTH), reportProperties.kpi(),
				new ThaiFormat(reportProperties.thaiDigits()), departments, clock);
	}
}
