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
 * @param place where the register has it, or {@code null} for a unit it does not know
 */
record UnitDashboard(String unit, StoredReport latest, Deadline deadline, StoredReport deadlineReport,
		List<ListedReport> reports, Place place) {

	/**
	 * A registered unit's code and the unit it is under (its สังกัด), whose department page lists it:
	 * a trial's unit page said neither, and had no way back to its division.
	 *
	 * @param code its code
	 * @param parentCode the code of the unit it is under, or {@code null} at the top
	 * @param parentName that unit's name, or {@code null}
	 */
	record Place(String code, String parentCode, String parentName) {
	}

	/** The month its figures are for, or {@code null} before its first report. */
	public YearMonth month() {
		return latest == null ? null : latest.month();
	}
}
