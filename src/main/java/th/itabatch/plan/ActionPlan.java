package th.itabatch.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A unit's action plan (แผนปฏิบัติการคุณธรรมและความโปร่งใส) for a fiscal year.
 *
 * @param unit the unit
 * @param fiscalYear the fiscal year (BE)
 * @param policy the policy stated above the table, or {@code null}
 * @param periodStart the first month of the period the plan states, or {@code null}
 * @param periodEnd the last month of that period, or {@code null}
 * @param activities the activities in plan order
 * @param unitCell the A1 reference of the cell that names the unit, or {@code null} (configured)
 * @param typedProgress progress typed beside the plan, a column a month ("ผลการดำเนินงาน ต.ค. 66")
 */
public record ActionPlan(String unit, int fiscalYear, String policy, YearMonth periodStart, YearMonth periodEnd,
		List<Activity> activities, String unitCell, List<ProgressEntry> typedProgress) {

	public ActionPlan {
		activities = List.copyOf(activities);
		typedProgress = List.copyOf(typedProgress);
	}

	/** A plan without progress typed beside it. */
	public ActionPlan(String unit, int fiscalYear, String policy, YearMonth periodStart, YearMonth periodEnd,
			List<Activity> activities, String unitCell) {
		this(unit, fiscalYear, policy, periodStart, periodEnd, activities, unitCell, List.of());
	}

	/** A plan whose unit's cell is not known. */
	public ActionPlan(String unit, int fiscalYear, String policy, YearMonth periodStart, YearMonth periodEnd,
			List<Activity> activities) {
		this(unit, fiscalYear, policy, periodStart, periodEnd, activities, null);
	}

	/** The same plan of the unit the register names. */
	public ActionPlan withUnit(String registered) {
		return new ActionPlan(registered, fiscalYear, policy, periodStart, periodEnd, activities, unitCell,
				typedProgress.stream().map(p -> p.withUnit(registered)).toList());
	}

	/**
	 * The months the plan runs: as its heading states them, else from the first month an activity is
	 * marked in to the last (a plan headed with no period showed "-", and the brief "no plan yet").
	 */
	public Optional<Period> period() {
		if (periodStart != null && periodEnd != null) {
			return Optional.of(new Period(periodStart, periodEnd));
		}
		List<YearMonth> marked = activities.stream().flatMap(a -> a.months().stream()).sorted().toList();
		return marked.isEmpty() ? Optional.empty()
				: Optional.of(new Period(marked.get(0), marked.get(marked.size() - 1)));
	}

	/**
	 * The months a plan runs.
	 *
	 * @param start its first month
	 * @param end its last month
	 */
	public record Period(YearMonth start, YearMonth end) {
	}

	public Optional<Activity> activity(int number) {
		return activities.stream().filter(a -> a.number() == number).findFirst();
	}
}
