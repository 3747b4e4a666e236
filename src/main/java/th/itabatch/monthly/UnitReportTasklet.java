package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.ingest.InputRepository;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportFiles;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportWorkbookWriter;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.AtomicFiles;

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

	private final UnitDataLoader loader;

	private final MonthlyReportAssembler assembler;

	private final ReportWorkbookWriter workbooks;

	private final ReportRepository reports;

	private final InputRepository inputs;

	UnitReportTasklet(String unit, YearMonth month, Path outputDir, UnitDataLoader loader, MonthlyReportAssembler assembler,
			ReportWorkbookWriter workbooks, ReportRepository reports, InputRepository inputs) {
		this.unit = unit;
		this.month = month;
		this.outputDir = outputDir;
		this.loader = loader;
		this.assembler = assembler;
		this.workbooks = workbooks;
		this.reports = reports;
		this.inputs = inputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		UnitData data = loader.load(unit, FiscalCalendar.fiscalYear(month));
		List<Message> warnings = new ArrayList<>(inputs.warnings(data.inputIds()));
		List<ProgressEntry> progress = List.of();
		if (data.plan() != null) {
			// Progress was checked against the plan it arrived with; a newer plan may have renumbered.
			MessageLog log = new MessageLog(unit);
			progress = ProgressMatcher.match(data.plan(), data.progress(), log);
			warnings.addAll(log.messages());
		}
		MonthlyReport report = assembler.assemble(unit, month, data.scores(), data.plan(), progress, warnings);
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
