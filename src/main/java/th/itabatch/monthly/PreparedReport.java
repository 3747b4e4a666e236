package th.itabatch.monthly;

import java.nio.file.Path;

import th.itabatch.report.MonthlyReport;

/**
 * A unit's report, computed, with the file it goes to.
 *
 * @param report the report
 * @param target the report file
 */
record PreparedReport(MonthlyReport report, Path target) {
}
