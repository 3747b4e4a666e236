package th.itabatch.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The plan tracked at a report month: what was due, what is on this month and next, and the share
 * of due activities that are done.
 *
 * @param plan the plan
 * @param reportMonth the report month
 * @param due activities scheduled in any month up to the report month
 * @param thisMonth activities scheduled in the report month
 * @param nextMonth activities scheduled in the month after
 * @param doneCount how many due activities are done
 * @param doneShare done / due as a percentage with two decimals, or {@code null} when none is due
 */
public record PlanProgress(ActionPlan plan, YearMonth reportMonth, List<ActivityProgress> due,
		List<ActivityProgress> thisMonth, List<ActivityProgress> nextMonth, int doneCount, BigDecimal doneShare) {
}
