package th.itabatch.monthly;

import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.ingest.InputRepository;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanRepository;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportFiles;
import th.itabatch.scores.ScoreRepository;

/** Computes a unit's report from what the run stored for it. */
class UnitReportProcessor implements ItemProcessor<String, PreparedReport> {

	private final long run;

	private final YearMonth month;

	private final Path outputDir;

	private final MonthlyReportAssembler assembler;

	private final ScoreRepository scores;

	private final PlanRepository plans;

	private final InputRepository inputs;

	UnitReportProcessor(long run, YearMonth month, Path outputDir, MonthlyReportAssembler assembler,
			ScoreRepository scores, PlanRepository plans, InputRepository inputs) {
		this.run = run;
		this.month = month;
		this.outputDir = outputDir;
		this.assembler = assembler;
		this.scores = scores;
		this.plans = plans;
		this.inputs = inputs;
	}

	@Override
	public PreparedReport process(String unit) {
		int fiscalYear = FiscalCalendar.fiscalYear(month);
		ActionPlan plan = plans.plan(run, unit, fiscalYear, "USED").orElse(null);
		MonthlyReport report = assembler.assemble(unit, month, scores.usedScores(run, unit), plan,
				plans.usedProgress(run, unit, fiscalYear), inputs.warningsForUnit(run, unit));
		return new PreparedReport(report, outputDir.resolve(ReportFiles.fileName(unit, fiscalYear, month)));
	}
}
