package th.itabatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.inputs.InputRepository;
import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.report.Deadline;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportRepository.StoredReport;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.StoredUnitReports;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;
import th.itabatch.validation.Message;

/** Makes a unit's dashboard from its latest stored report: what its run reported, never computed again for a page. */
@Component
class DashboardService {

	private final UnitDataLoader units;

	private final StoredUnitReports stored;

	private final InputRepository inputs;

	private final ReportRepository reports;

	private final ReportProperties properties;

	private final Clock clock;

	private final StandingsCache standings;

	private final ScoreRepository scores;

	private final UnitRegistry registry;

	private final FollowedMonth followedMonth;

	DashboardService(UnitDataLoader units, StoredUnitReports stored, InputRepository inputs, ReportRepository reports,
			ReportProperties properties, Clock clock, StandingsCache standings, ScoreRepository scores,
			UnitRegistry registry, FollowedMonth followedMonth) {
		this.registry = registry;
		this.followedMonth = followedMonth;
		this.standings = standings;
		this.scores = scores;
		this.units = units;
		this.stored = stored;
		this.inputs = inputs;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	List<String> units() {
		return units.units(null);
	}

	/** Whether the register names a unit so (its own name, not another name of it). */
	private boolean registered(String unit) {
		return registry.current().named(unit).isPresent();
	}

	Deadline deadline() {
		return Deadline.at(LocalDate.now(clock), properties.dueDay());
	}

	/**
	 * A unit's current scores, for its trend. Reading them is a correlated scan a page view, so every
	 * unit's are read at once in the background and kept until an input arrives (while a run stores
	 * reports they do not change); until they are there, the unit's own are read. Waiting for all of
	 * them instead stalled the pages for seconds when a run had just received new scores.
	 */
	List<ScoreEntry> currentScores(String unit) {
		CompletableFuture<Map<String, List<ScoreEntry>>> all = standings.ofInputs(ScoreRepository.class,
				() -> StandingsCache.inBackground(scores::currentScoresOfAll));
		if (all.isDone() && !all.isCompletedExceptionally()) {
			return all.join().getOrDefault(unit, List.of());
		}
		if (all.isCompletedExceptionally()) {
			// Said once, and read again on a later view rather than never.
			if (standings.forgetFromInputs(ScoreRepository.class, all)) {
				log.warn("Every unit's current scores could not be read; the units' pages read their own",
						all.handle((value, failure) -> failure).join());
			}
		}
		return scores.currentScores(unit);
	}

	private static final Logger log = LoggerFactory.getLogger(DashboardService.class);

	/** How many of a unit's reports its page lists with their downloads: a year's; all are on the reports page. */
	static final int LISTED_REPORTS = 12;

	/**
	 * The unit's dashboard, or empty for a unit the pages do not know: one with no report stored, no
	 * current data and not in the register by that name (a registered unit that has sent nothing has
	 * its page, which says so: the department page links it).
	 */
	Optional<UnitDashboard> dashboard(String unit) {
		Deadline deadline = deadline();
		// As the department page does: where no report is made for the month due now or later (the
		// data are of an earlier year), the latest month with reports is the one followed; a trial's
		// pages of April 2565 said "November 2569, 7 days left" on every unit.
		// The month followed, not the latest month with reports (FollowedMonth).
		List<YearMonth> newest = reports.months(1);
		if (!newest.isEmpty() && newest.get(0).isBefore(deadline.reportMonth())) {
			deadline = Deadline.of(followedMonth.followed(), LocalDate.now(clock),
					properties.dueDay());
		}
		Deadline followed = deadline;
		List<StoredReport> history = reports.history(unit, 50);
		if (history.isEmpty() && !units().contains(unit) && !registered(unit)) {
			return Optional.empty();
		}
		StoredReport forDeadline = history.stream()
			.filter(r -> r.month().equals(followed.reportMonth()))
			.findFirst()
			.orElse(null);
		UnitRegister register = registry.current();
		UnitDashboard.Place place = register.named(unit)
			.map(u -> register.parentOf(u)
				.map(parent -> new UnitDashboard.Place(u.code(), parent.code(), parent.name()))
				.orElse(new UnitDashboard.Place(u.code(), null, null)))
			.orElse(null);
		return Optional.of(new UnitDashboard(unit, history.isEmpty() ? null : history.get(0), followed, forDeadline,
				ListedReport.of(history.subList(0, Math.min(history.size(), LISTED_REPORTS)), reports), place));
	}

	/**
	 * The warnings of a unit's inputs, after the errors of its workbooks refused since its fiscal year
	 * began and not yet mended, as its report gives them: a trial's unit page said nothing of the
	 * workbook just refused.
	 */
	private List<Message> withRefused(String unit, List<Long> inputIds, YearMonth month) {
		List<Message> warnings = new ArrayList<>(
				inputs.refusedErrors(unit, units.refused(unit, FiscalCalendar.fiscalYear(month), inputIds)));
		warnings.addAll(inputs.warnings(unit, inputIds));
		return warnings;
	}

	/**
	 * What the dashboard's latest report said, with the trend of the unit's current scores; a
	 * report no longer stored has none.
	 */
	UnitFigures figures(UnitDashboard dashboard, List<ScoreEntry> currentScores) {
		MonthlyReport report = dashboard.latest() == null ? null
				: stored.read(dashboard.latest().id(), (unit, ids) -> withRefused(unit, ids, dashboard.latest().month()),
						unit -> currentScores)
					.map(StoredUnitReports.Read::report)
					.orElse(null);
		return new UnitFigures(report, report == null || report.scores() == null ? null : ScoreChart.of(report.scores()),
				report == null ? null : TrendChart.of(report.trend()),
				report == null || report.scores() == null ? List.of()
						: report.scores().byRank().stream().filter(r -> r.rank() <= 2).toList());
	}
}
