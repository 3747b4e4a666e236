package th.itabatch.runs;

import java.time.YearMonth;

import org.springframework.batch.core.BatchStatus;

import th.itabatch.report.ReportRepository.StoredReport;

/**
 * One unit's report run within a run.
 *
 * @param unit the unit
 * @param month the month reported on
 * @param monthChosen true when the month was chosen from the data, not asked for
 * @param jobInstanceId the report job's instance
 * @param status how it ended
 * @param alreadyDone true when the same unit, month and data had been reported already
 * @param report the report written, or {@code null}
 * @param failure why it failed, or {@code null}
 */
public record UnitRun(String unit, YearMonth month, boolean monthChosen, long jobInstanceId, BatchStatus status,
		boolean alreadyDone, StoredReport report, String failure) {
}
