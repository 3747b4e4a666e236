package th.itabatch.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.report.ReportRepository;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

/**
 * The month the pages follow where no report is due now (the data are of an earlier year): the month
 * a run without a month reports most units on, once reports are made for it; else the month of the
 * latest report made. A run asked for an earlier month, of one unit, so moves no page (a trial's
 * "run now" of one unit for July turned its department, reported on August, to July), while files
 * dropped one by one that bring the data's month back (July's scores, then June's progress) do.
 */
@Component
class FollowedMonth {

	/** How many months with reports the pages offer. */
	private static final int MONTHS = 24;

	private final UnitDataLoader units;

	private final ReportRepository reports;

	private final StandingsCache standings;

	private final UnitRegistry registry;

	FollowedMonth(UnitDataLoader units, ReportRepository reports, StandingsCache standings, UnitRegistry registry) {
		this.units = units;
		this.reports = reports;
		this.standings = standings;
		this.registry = registry;
	}

	/** The months with reports, newest first: the last two years'. */
	List<YearMonth> reportedMonths() {
		List<YearMonth> months = standings.shared("months", () -> reports.months(MONTHS));
		// Worked out again when an input is accepted or a month first reported, not at each report a run
		// stores (the pages under a run: a query a month for every reading).
		return standings.ofInputs(List.of("registered months", months), () -> {
			UnitRegister register = registry.current();
			// Not a month only units outside the register were reported on (a misspelt unit's last year's
			// July, a trial: the page offered it, its department "1 of 13 scored, 12 overdue").
			List<YearMonth> registered = register.isEmpty() ? months
					: months.stream()
						.filter(m -> reports.unitsReported(m).stream().anyMatch(u -> register.named(u).isPresent()))
						.toList();
			return registered.isEmpty() ? months : registered;
		});
	}

	/** The month followed; asked only where some month has reports. */
	YearMonth followed() {
		List<YearMonth> reported = reportedMonths();
		// The data's month comes from the inputs alone: worked out once an input is accepted, not again at
		// every report a run stores (twenty users each working it out anew took the pages' p99 under a run
		// to 2-3.5 s, the run itself to a tenth of its pace; the page benchmark).
		Optional<YearMonth> ofData = standings.ofInputs(FollowedMonth.class, units::monthOfData);
		return standings.shared(FollowedMonth.class, () -> ofData
			.filter(reported::contains)
			.or(reports::lastReportedMonth)
			.orElse(reported.get(0)));
	}
}
