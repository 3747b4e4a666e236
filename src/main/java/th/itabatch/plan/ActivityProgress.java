package th.itabatch.plan;

import java.time.YearMonth;
import java.util.Optional;

/**
 * An activity and where it stands at the report month.
 *
 * @param activity the activity
 * @param status the latest status reported up to the report month, or NOT_REPORTED
 * @param latest the latest progress row up to the report month, or {@code null}
 * @param overdue true when all its scheduled months have passed and it is not done
 */
public record ActivityProgress(Activity activity, ProgressStatus status, ProgressEntry latest, boolean overdue) {

	public boolean isDone() {
		return status == ProgressStatus.DONE;
	}

	/**
	 * Where the activity stands in the run of its scheduled months that holds the given month: a row
	 * from before that run is of the run before it (April's of a quarterly activity, seen in July's list:
	 * a trial's July list showed the activity done) and says nothing of this one; before its first run,
	 * a row is of an early start and counts.
	 */
	public ActivityProgress inOccurrenceOf(YearMonth month) {
		YearMonth start = activity.occurrenceStart(month);
		boolean earlierRun = activity.months().stream().anyMatch(m -> m.isBefore(start));
		if (latest == null || !earlierRun || !latest.month().isBefore(start)) {
			return this;
		}
		return new ActivityProgress(activity, ProgressStatus.NOT_REPORTED, null, overdue);
	}

	/**
	 * The month of the progress row an unfinished status is from, where it is before the given month:
	 * May's "in progress" in June's report is as of May (a trial read it as June's). Done is done,
	 * whenever it was said.
	 */
	public Optional<YearMonth> unfinishedAsOf(YearMonth month) {
		return latest == null || isDone() || !latest.month().isBefore(month) ? Optional.empty()
				: Optional.of(latest.month());
	}

	/** The result text of the latest progress row, or "". */
	public String result() {
		return latest == null || latest.result() == null ? "" : latest.result();
	}
}
