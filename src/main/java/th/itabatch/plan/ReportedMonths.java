package th.itabatch.plan;

import java.time.YearMonth;

/**
 * Whether a unit's month is closed: its report was made and its due date has passed, so the run
 * that reads a late progress for it reports another month. Progress sent for such a month is said
 * to be missing from that report (a trial's May progress, sent in June, changed nothing and no one
 * was told).
 */
@FunctionalInterface
public interface ReportedMonths {

	/** No reports to know of: no month is closed. */
	ReportedMonths NONE = (unit, month) -> false;

	/** True when the unit's report of the month was made and the month's due date has passed. */
	boolean closed(String unit, YearMonth month);
}
