package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.report.DepartmentReport;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.DepartmentTemplateModel;
import th.itabatch.report.ReportFiles;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportTemplate;
import th.itabatch.report.ThaiFormat;

/**
 * Writes a department's report for one month from its units' stored standings: each configured
 * document of the department model (see {@link ReportDocuments}) and its figures in the database.
 */
class DepartmentReportTasklet implements Tasklet {

	private final String department;

	private final YearMonth month;

	private final String inputs;

	private final Path outputDir;

	private final DepartmentReportBuilder builder;

	private final List<ReportTemplate> templates;

	private final String kpi;

	private final ThaiFormat format;

	private final DepartmentRepository departments;

	private final Clock clock;

	DepartmentReportTasklet(String department, YearMonth month, String inputs, Path outputDir,
			DepartmentReportBuilder builder, List<ReportTemplate> templates, String kpi, ThaiFormat format,
			DepartmentRepository departments, Clock clock) {
		this.department = department;
		this.month = month;
		this.inputs = inputs;
		this.outputDir = outputDir;
		this.builder = builder;
		this.templates = templates;
		this.kpi = kpi;
		this.format = format;
		this.departments = departments;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		DepartmentReportBuilder.Built built = builder.build(department, month)
			.orElseThrow(() -> new IllegalStateException("no department " + department + " in the register of units"));
		DepartmentReport report = built.report();
		Map<String, Object> variables = DepartmentTemplateModel.of(report, kpi, format, LocalDateTime.now(clock));
		Map<String, String> names = ReportFiles.unitMonth(built.fileKey(), report.fiscalYear(), month);
		List<ReportRepository.Document> documents = ReportDocuments.write(templates, variables, names, outputDir, run);
		departments.save(run, report, inputs, documents);
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}
}
