package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.report.MonthlyReport;
import th.itabatch.report.ReportFiles;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportWorkbookWriter;
import th.itabatch.files.AtomicFiles;

/**
 * Writes one unit's report for one month from its current data: the file in the output folder
 * (replacing the previous one of that unit and month), a copy under {@code history/<run>/}, and the
 * figures in the database. Each file is written whole or not at all; a restart writes it again.
 */
class UnitReportTasklet implements Tasklet {

	static final String HISTORY = "history";

	private final String unit;

	private final YearMonth month;

	private final Path outputDir;

	private final UnitReportBuilder builder;

	private final ReportWorkbookWriter workbooks;

	private final ReportRepository reports;

	UnitReportTasklet(String unit, YearMonth month, Path outputDir, UnitReportBuilder builder,
			ReportWorkbookWriter workbooks, ReportRepository reports) {
		this.unit = unit;
		this.month = month;
		this.outputDir = outputDir;
		this.builder = builder;
		this.workbooks = workbooks;
		this.reports = reports;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		UnitReportBuilder.Built built = builder.build(unit, month);
		UnitData data = built.data();
		MonthlyReport report = built.report();
		String name = ReportFiles.fileName(unit, report.fiscalYear(), month);
		Path history = outputDir.resolve(HISTORY).resolve(String.valueOf(run)).resolve(name);
		workbooks.write(report, history);
		Path latest = outputDir.resolve(name);
		AtomicFiles.write(latest, out -> Files.copy(history, out));
		reports.save(run, report, data.fingerprint(), latest.toAbsolutePath().toString(),
				history.toAbsolutePath().toString());
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}
}
