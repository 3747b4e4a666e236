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

import th.itabatch.report.MonthlyReport;
import th.itabatch.report.ReportFiles;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportTemplate;
import th.itabatch.report.ReportTemplateModel;
import th.itabatch.report.ThaiFormat;

/**
 * Writes one unit's report for one month from its current data: each configured document (see
 * {@link ReportDocuments}) and the figures in the database.
 */
class UnitReportTasklet implements Tasklet {

	private final String unit;

	private final YearMonth month;

	private final Path outputDir;

	private final UnitReportBuilder builder;

	private final List<ReportTemplate> templates;

	private final ThaiFormat format;

	private final Clock clock;

	private final ReportRepository reports;

	private final OtherNameFiles otherNames;

	UnitReportTasklet(String unit, YearMonth month, Path outputDir, UnitReportBuilder builder,
			List<ReportTemplate> templates, ThaiFormat format, ReportRepository reports, OtherNameFiles otherNames,
			Clock clock) {
		this.clock = clock;
		this.unit = unit;
		this.month = month;
		this.outputDir = outputDir;
		this.builder = builder;
		this.templates = templates;
		this.format = format;
		this.reports = reports;
		this.otherNames = otherNames;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		UnitReportBuilder.Built built = builder.build(unit, month);
		UnitData data = built.data();
		MonthlyReport report = built.report();
		Map<String, Object> variables = ReportTemplateModel.of(report, format, LocalDateTime.now(clock));
		Map<String, String> names = ReportFiles.unitMonth(unit, report.fiscalYear(), month);
		List<ReportRepository.Document> documents = ReportDocuments.write(templates, variables, names, outputDir, run);
		reports.save(run, report, data.inputsText(), documents);
		otherNames.retire(unit, month, outputDir, documents);
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}
}
