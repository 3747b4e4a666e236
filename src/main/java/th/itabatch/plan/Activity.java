package th.itabatch.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import th.itabatch.thai.ThaiText;

/**
 * One activity of the action plan with the months it is scheduled in.
 *
 * @param number its number in the plan (as written, or its position when the plan numbers none)
 * @param policy the policy (นโยบาย) it serves, or {@code null}
 * @param measure the measure (มาตรการ), or {@code null}
 * @param topic the knowledge topic (ประเด็นความรู้), or {@code null}
 * @param text the activity as written, without its numbering
 * @param months the months it is scheduled in, in order
 * @param budget the budget, or {@code null} for none ("-" or blank)
 * @param budgetText the budget as written when it is not a number, or {@code null}
 * @param responsible the responsible group, or {@code null}
 * @param sheet the sheet it was read from
 * @param cell the A1 reference of its activity cell
 * @param label its numbering as the plan writes it ("3", "1.2"), or {@code null} where the plan numbers
 *     none or numbers two alike (then it is known by its place)
 */
public record Activity(int number, String policy, String measure, String topic, String text, List<YearMonth> months,
		BigDecimal budget, String budgetText, String responsible, String sheet, String cell, String label) {

	public Activity {
		months = List.copyOf(months);
	}

	/** An activity of a plan that writes no numbering of its own. */
	public Activity(int number, String policy, String measure, String topic, String text, List<YearMonth> months,
			BigDecimal budget, String budgetText, String responsible, String sheet, String cell) {
		this(number, policy, measure, topic, text, months, budget, budgetText, responsible, sheet, cell, null);
	}

	/**
	 * The number a reader knows it by: the plan's own ("1.2"; a trial's "1.1" was shown as "2"),
	 * else its place in the plan.
	 */
	public String shownNumber() {
		return label != null ? label : String.valueOf(number);
	}

	public boolean isScheduledIn(YearMonth month) {
		return months.contains(month);
	}

	/**
	 * The first month of the run of consecutive scheduled months that holds the given one: an
	 * activity of January, April and July (a quarter's report) is done anew in each; one of May and
	 * June is one piece of work. An activity done every month is done anew in each (its own month).
	 */
	public YearMonth occurrenceStart(YearMonth month) {
		if (isMonthly()) {
			return month;
		}
		YearMonth start = month;
		while (months.contains(start.minusMonths(1))) {
			start = start.minusMonths(1);
		}
		return start;
	}

	/**
	 * True for an activity done anew every month: scheduled in all twelve months, or said so in its
	 * text ("รายงานผลประจำเดือน", "ทุกเดือน", "รายเดือน"). Its months in a row are not one piece of work:
	 * January's "done" is not February's (a trial's every-month activity stood done from its first
	 * report to September, and next month's list repeated this month's result).
	 */
	public boolean isMonthly() {
		if (months.size() >= 12) {
			return true;
		}
		String key = ThaiText.key(text == null ? "" : text).replace(" ", "");
		return MONTHLY_WORDS.stream().anyMatch(key::contains);
	}

	/** What a plan writes of an activity done every month. */
	private static final List<String> MONTHLY_WORDS = List.of("ทุกเดือน", "ประจำเดือน", "รายเดือน");

	/** True when some scheduled month is on or before the given one. */
	public boolean isDueBy(YearMonth month) {
		return months.stream().anyMatch(m -> !m.isAfter(month));
	}

	/**
	 * The budget as shown: the number as money is written ("15,000", "2,500.50"), the text as
	 * written, or "-".
	 */
	public String budgetDisplay() {
		if (budget != null) {
			boolean whole = budget.stripTrailingZeros().scale() <= 0;
			return String.format(java.util.Locale.ROOT, whole ? "%,.0f" : "%,.2f", budget);
		}
		return budgetText != null ? budgetText : "-";
	}
}
