package th.itabatch.runs;

import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * What a run did.
 *
 * @param ingestStatus how reading the waiting inputs ended, or {@code null} when none waited
 * @param ingestFailure why reading failed, or {@code null}
 * @param units the units reported on
 * @param departments the departments reported on after them
 */
public record RunOutcome(BatchStatus ingestStatus, String ingestFailure, List<UnitRun> units,
		List<DepartmentRun> departments) {

	/** True when nothing failed. */
	public boolean completed() {
		return (ingestStatus == null || ingestStatus == BatchStatus.COMPLETED)
				&& units.stream().allMatch(u -> u.status() == BatchStatus.COMPLETED)
				&& departments.stream().allMatch(d -> d.status() == BatchStatus.COMPLETED);
	}
}
