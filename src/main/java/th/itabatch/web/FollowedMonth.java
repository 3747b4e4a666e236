package th.itabatch.web;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.report.ReportRepository;

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

	FollowedMonth(UnitDataLoader units, ReportRepository reports, StandingsCache standings) {
		this.units = units;
		this.reports = reports;
		this.standings = standings;
	}

	/** The months with reports, newest first: the last two years'. */
	List<YearMonth> reportedMonths() {
		return standings.shared("months", () -> reports.months(MONTHS));
	}

	/** The month followed; asked only where some month has reports. */
	YearMonth followed() {
		List<YearMonth> reported = reportedMonths();
		return standings.shared(FollowedMonth.class, () -> units.monthOfData()
			.filter(reported::contains)
			.or(reports::lastReportedMonth)
			.orElse(reported.get(0)));
	}
}
