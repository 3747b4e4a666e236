package th.itabatch.workbook;

import java.util.Set;

import th.itabatch.thai.ThaiText;

/**
 * The one rule for a cell that states no value: blank, a dash of any kind ("-", "–", "—"), or
 * "n/a". Every reader applies it the same way, so a cell that is empty in one workbook is empty in
 * every other.
 */
public final class NoValue {

	private static final Set<String> KEYS = Set.of("", "-", "--", "---", "n/a", "n.a.", "na", "#n/a");

	private NoValue() {
	}

	public static boolean is(String text) {
		return KEYS.contains(ThaiText.key(text));
	}
}
