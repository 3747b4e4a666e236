package th.itabatch.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Whether a unit's monthly report exists by its due date in the DOC system. */
public enum ReportStatus {

	/** Made on or before the due date. */
	ON_TIME("จัดทำทันกำหนด", "made on time"),
	/** Made after the due date. */
	LATE("จัดทำหลังกำหนด", "made late"),
	/** Not made yet, and the due date has not passed. */
	PENDING("ยังไม่จัดทำ (ยังไม่ถึงกำหนด)", "not yet made, not yet due"),
	/** Not made, and the due date has passed. */
	MISSING("ไม่มีรายงาน (เลยกำหนด)", "missing, overdue");

	private final String thai;

	private final String english;

	ReportStatus(String thai, String english) {
		this.thai = thai;
		this.english = english;
	}

	public String thai() {
		return thai;
	}

	public String english() {
		return english;
	}

	/**
	 * @param madeAt when the report was made, or {@code null} when it was not
	 * @param dueDate the day it is due (a report made during that day is on time)
	 * @param today today
	 */
	public static ReportStatus of(LocalDateTime madeAt, LocalDate dueDate, LocalDate today) {
		if (madeAt != null) {
			return madeAt.toLocalDate().isAfter(dueDate) ? LATE : ON_TIME;
		}
		return today.isAfter(dueDate) ? MISSING : PENDING;
	}
}
