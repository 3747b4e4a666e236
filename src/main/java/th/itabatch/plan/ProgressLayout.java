package th.itabatch.plan;

/**
 * Which columns of a progress table hold what; -1 when absent.
 *
 * @param activity the activity (number or text)
 * @param status the status
 * @param month the month reported
 * @param date a date of the work, used for the month when there is no month column
 * @param result the result text
 * @param participants the number of participants
 * @param budgetUsed the budget used
 * @param evidence the evidence link
 * @param problems the problems met
 * @param unit the unit
 * @param fiscalYear the fiscal year
 * @param percent the share done, as a percent ("ร้อยละความสำเร็จ")
 * @param months a column a month, each cell the activity's status that month; empty for a row per month
 */
record ProgressLayout(int activity, int status, int month, int date, int result, int participants, int budgetUsed,
		int evidence, int problems, int unit, int fiscalYear, int percent, java.util.List<PlanLayout.MonthColumn> months) {

	int columnCount() {
		int count = months.size();
		for (int column : new int[] { activity, status, month, date, result, participants, budgetUsed, evidence, problems,
				unit, fiscalYear, percent }) {
			if (column >= 0) {
				count++;
			}
		}
		return count;
	}
}
