package th.itabatch.plan;

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

	/** The result text of the latest progress row, or "". */
	public String result() {
		return latest == null || latest.result() == null ? "" : latest.result();
	}
}
