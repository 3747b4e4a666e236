package th.itabatch.web;

import java.time.YearMonth;
import java.util.List;

import th.itabatch.report.Deadline;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.ReportRepository.StoredReport;
import th.itabatch.scores.IndicatorResult;

/**
 * What a unit's dashboard shows.
 *
 * @param unit the unit
 * @param month the month its figures are for
 * @param report the report computed from its current data
 * @param chart the chart of its latest scores, or {@code null} without scores
 * @param trend the chart of its overall round by round, or {@code null} without scores
 * @param weakest its lowest indicators (rank 1 and 2)
 * @param deadline the report due next in DOC
 * @param deadlineReport the report made for the deadline's month, or {@code null}
 * @param reports its latest reports, newest first, with their downloads
 */
record UnitDashboard(String unit, YearMonth month, MonthlyReport report, ScoreChart chart, TrendChart trend,
		List<IndicatorResult> weakest,
		Deadline deadline, StoredReport deadlineReport, List<ListedReport> reports) {
}
