package th.itabatch.catalog;

import java.util.List;

/**
 * One ITA indicator, such as 4 การใช้ทรัพย์สินของราชการ (IIT4).
 *
 * @param number 1–10 in the national ITA numbering
 * @param tool the assessment tool it belongs to
 * @param thai the Thai name
 * @param english the English name
 * @param aliases other names people use for it
 */
public record Indicator(int number, Tool tool, String thai, String english, List<String> aliases) {

	public Indicator {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	/** The code used in workbooks and messages, e.g. "IIT4". */
	public String code() {
		return tool.name() + number;
	}
}
