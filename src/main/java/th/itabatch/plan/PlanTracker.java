package th.itabatch.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Tracks a plan at a report month from the progress reported. */
public final class PlanTracker {

	private PlanTracker() {
	}

	/**
	 * @param plan the plan
	 * @param progress progress rows already matched with the plan
	 * @param reportMonth the month reported on
	 */
	public static PlanProgress track(ActionPlan plan, List<ProgressEntry> progress, YearMonth reportMonth) {
		List<ActivityProgress> all = plan.activities().stream().map(a -> progressOf(a, progress, reportMonth)).toList();
		List<ActivityProgress> due = all.stream().filter(a -> a.activity().isDueBy(reportMonth)).toList();
		// Each activity is as reported for its latest run up to the month (progressOf), this month's run
		// for those in this month's list; next month's run may be a new one.
		List<ActivityProgress> thisMonth = all.stream().filter(a -> a.activity().isScheduledIn(reportMonth)).toList();
		List<ActivityProgress> nextMonth = all.stream()
			.filter(a -> a.activity().isScheduledIn(reportMonth.plusMonths(1)))
			.map(a -> a.inOccurrenceOf(reportMonth.plusMonths(1)))
			.toList();
		int done = (int) due.stream().filter(ActivityProgress::isDone).count();
		BigDecimal share = due.isEmpty() ? null
				: BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(due.size()), 2, RoundingMode.HALF_UP);
		return new PlanProgress(plan, reportMonth, due, thisMonth, nextMonth, done, share);
	}

	private static ActivityProgress progressOf(Activity activity, List<ProgressEntry> progress, YearMonth reportMonth) {
		Optional<ProgressEntry> latest = progress.stream()
			.filter(p -> p.activityNumber() != null && p.activityNumber() == activity.number())
			.filter(p -> !p.month().isAfter(reportMonth))
			// The latest month wins; of two rows for one month, the one further down the sheet.
			.reduce((a, b) -> b.month().isBefore(a.month()) ? a : b);
		ProgressStatus status = latest.map(ProgressEntry::status).orElse(ProgressStatus.NOT_REPORTED);
		ActivityProgress run = new ActivityProgress(activity, status, latest.orElse(null), false);
		// As reported for its latest run up to the month: a quarter's activity done in April and not
		// reported for July is not done in August (a review: "done" in the due table, "not reported" in
		// July's list).
		Optional<YearMonth> lastRun = activity.months().stream().filter(m -> !m.isAfter(reportMonth)).max(YearMonth::compareTo);
		if (lastRun.isPresent()) {
			run = run.inOccurrenceOf(lastRun.get());
		}
		boolean overdue = !run.isDone() && !activity.months().isEmpty()
				&& activity.months().stream().allMatch(m -> m.isBefore(reportMonth));
		return new ActivityProgress(activity, run.status(), run.latest(), overdue);
	}
}
