package th.itabatch.runs;

import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

import th.itabatch.report.DepartmentRepository.StoredDepartmentReport;

/**
 * One department's report run within a run.
 *
 * @param code the department's code
 * @param name the department's name
 * @param month the month reported on
 * @param jobInstanceId the department report job's instance, or -1 when it could not be launched
 * @param status how it ended
 * @param alreadyDone true when the same standings had been reported already
 * @param report the report written, or {@code null}
 * @param files its documents in the output folder, the main one first
 * @param failure why it failed, or {@code null}
 */
public record DepartmentRun(String code, String name, YearMonth month, long jobInstanceId, BatchStatus status,
		boolean alreadyDone, StoredDepartmentReport report, List<String> files, String failure) {
}
