package th.itabatch.scores;

import java.util.List;

import th.itabatch.catalog.IndicatorCatalog;
import th.itabatch.thai.ThaiText;

/**
 * Tells the label of a row a sheet adds under its own figures, a mean or a sum ("ค่าเฉลี่ย",
 * "คะแนนเฉลี่ยทุกหน่วยงาน", "เฉลี่ยทั้งปี", "รวม"): the sheet's own figures, not a unit's, a round's or a
 * respondent's.
 */
public final class SummaryRows {

	/**
	 * How a row of the units' mean begins, whatever follows ("คะแนนเฉลี่ยทุกหน่วยงาน", "เฉลี่ยทั้งปี"); a
	 * row named as an overall is ("รวม", "ภาพรวม": {@link IndicatorCatalog#isOverall}).
	 */
	private static final List<String> STEMS = List.of("ค่าเฉลี่ย", "เฉลี่ย", "คะแนนเฉลี่ย", "ภาพรวม", "รวมทั้งหมด",
			"average", "mean", "total");

	private SummaryRows() {
	}

	/** True for the label of a row of means or sums. */
	public static boolean isLabel(String text) {
		String key = ThaiText.compactKey(text);
		return IndicatorCatalog.isOverall(text) || STEMS.stream().anyMatch(key::startsWith);
	}
}
