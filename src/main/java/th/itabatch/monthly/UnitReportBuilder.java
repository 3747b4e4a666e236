package th.itabatch.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.inputs.InputRepository;
import th.itabatch.plan.LateProgress;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressMatcher;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportProperties;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageLog;

/** Computes a unit's monthly report from its current data: what the report job writes and the page shows. */
@Component
public class UnitReportBuilder {

	private final UnitDataLoader loader;

	private final InputRepository inputs;

	private final MonthlyReportAssembler assembler;

	UnitReportBuilder(UnitDataLoader loader, InputRepository inputs, Catalog catalog, ReportProperties properties) {
		this.loader = loader;
		this.inputs = inputs;
		this.assembler = new MonthlyReportAssembler(catalog, properties);
	}

	/**
	 * A computed report and the data it was computed from.
	 *
	 * @param data the unit's current data
	 * @param report the report
	 */
	public record Built(UnitData data, MonthlyReport report) {
	}

	public Built build(String unit, YearMonth month) {
		UnitData data = loader.load(unit, FiscalCalendar.fiscalYear(month));
		List<Message> warnings = new ArrayList<>(inputs.warnings(unit, data.inputsUsedBy(month)));
		// "The report of this month made before does not have this progress": this report, made now from
		// it, does (a trial's reports sent to DOC said they lacked the progress they showed).
		warnings.removeIf(w -> LateProgress.answeredBy(w, null, month));
		// What it sent that was refused, to mend: first, as the report's narrative says it.
		warnings.addAll(0, inputs.refusedErrors(unit, data.refused()));
		List<ProgressEntry> progress = List.of();
		if (data.plan() != null) {
			// Progress was checked against the plan it arrived with; a newer plan may have renumbered.
			MessageLog log = new MessageLog(unit);
			progress = ProgressMatcher.match(data.plan(), data.progress(), log);
			// What the ingest said of the same cell already stands, under its file's name: a trial's report
			// listed a progress row's reading twice, the second time under the unit's name.
			List<Message> said = List.copyOf(warnings);
			log.messages().stream()
				.filter(m -> said.stream().noneMatch(w -> w.code().equals(m.code()) && Objects.equals(w.sheet(), m.sheet())
						&& Objects.equals(w.cell(), m.cell()) && w.thai().equals(m.thai())))
				.forEach(warnings::add);
		}
		return new Built(data, assembler.assemble(unit, month, data.scores(), data.plan(), progress, warnings));
	}
}
