package th.itabatch.catalog;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment round of a fiscal year, such as round 1 "5 เดือนแรก" (October–February, target 85).
 *
 * @param number 1, 2, …
 * @param thai the Thai name used in headers and reports ("5 เดือนแรก")
 * @param english the English name
 * @param firstMonth the month the round starts
 * @param lastMonth the month the round ends
 * @param target the default target score of the round
 * @param aliases other names people use for it ("6 เดือนหลัง")
 * @param resultsMonth the month its results are known, from which a month's report takes them (round 2's
 *     survey is answered in mid-June); its last month when not given
 */
public record Round(int number, String thai, String english, Month firstMonth, Month lastMonth, BigDecimal target,
		List<String> aliases, Month resultsMonth) {

	public Round {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		resultsMonth = resultsMonth == null ? lastMonth : resultsMonth;
	}

	/** The months of the round in order, wrapping from December to January. */
	public List<Month> months() {
		List<Month> months = new ArrayList<>();
		Month month = firstMonth;
		months.add(month);
		while (month != lastMonth) {
			month = month.plus(1);
			months.add(month);
		}
		return months;
	}

	public boolean contains(Month month) {
		return months().contains(month);
	}
}
