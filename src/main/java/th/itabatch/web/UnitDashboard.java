package th.itabatch.web;

import java.time.YearMonth;
import java.util.List;

import th.itabatch.report.Deadline;
import th.itabatch.report.ReportRepository.StoredReport;

/**
 * What a unit's dashboard shows around its figures (see {@link UnitFigures}): read for every view.
 *
 * @param unit the unit
 * @param latest its latest stored report, or {@code null} before its first
 * @param deadline the report due next in DOC
 * @param deadlineReport the report made for the deadline's month, or {@code null}
 * @param reports its latest reports, newest first, with their downloads
 */
record UnitDashboard(String unit, StoredReport latest, Deadline deadline, StoredReport deadlineReport,
		List<ListedReport> reports) {

	/** The month its figures are for, or {@code null} before its first report. */
	public YearMonth month() {
		return latest == null ? null : latest.month();
	}
}
