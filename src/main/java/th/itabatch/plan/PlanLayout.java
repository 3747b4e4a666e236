package th.itabatch.plan;

import java.util.List;

import th.itabatch.thai.MonthYear;

/**
 * Which columns of a plan table hold what; -1 when absent.
 *
 * @param policy the policy column
 * @param measure the measure column
 * @param topic the knowledge-topic column
 * @param activity the activity column
 * @param number a separate numbering column
 * @param budget the budget column
 * @param responsible the responsible column
 * @param unit the unit column
 * @param fiscalYear the fiscal year column
 * @param months the month columns in sheet order
 * @param periodText the group header over the months ("ระยะเวลาดำเนินการ (มี.ค.๖๔ - ก.ค.๖๔)"), or null
 * @param progress progress typed beside the plan, a column per month, which a plan table does not read
 * @param period the column where no month has its own, each activity's months typed as text in it
 *     ("ต.ค. - ธ.ค. 67"), or -1
 */
record PlanLayout(int policy, int measure, int topic, int activity, int number, int budget, int responsible, int unit,
		int fiscalYear, List<MonthColumn> months, String periodText, List<ProgressColumn> progress, int period) {

	/** The same layout with only the given month columns. */
	PlanLayout withMonths(List<MonthColumn> kept) {
		return new PlanLayout(policy, measure, topic, activity, number, budget, responsible, unit, fiscalYear, List.copyOf(kept),
				periodText, progress, period);
	}

	int columnCount() {
		int count = months.size();
		for (int column : new int[] { policy, measure, topic, activity, number, budget, responsible, unit, fiscalYear, period }) {
			if (column >= 0) {
				count++;
			}
		}
		return count;
	}

	/**
	 * A month column.
	 *
	 * @param column the column
	 * @param month the month its header names, with the year if written
	 */
	record MonthColumn(int column, MonthYear month) {
	}

	/**
	 * A column of progress by month beside the plan.
	 *
	 * @param column the column
	 * @param heading its heading ("ผลการดำเนินงาน มิ.ย. 67")
	 * @param month the month it reports
	 */
	record ProgressColumn(int column, String heading, MonthYear month) {
	}
}
