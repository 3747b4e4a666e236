package th.itabatch.thai;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order in which people expect a list of Thai unit names: the Thai dictionary's (a leading vowel
 * such as เ or โ sorts by the consonant after it), and numbers by their value, in either digits
 * ("เขต ๕" before "เขต 47", where the letters' own order puts "เขต 47, 48, 49, 5, 50").
 */
public final class ThaiNameOrder {

	private static final Collator THAI = Collator.getInstance(Locale.forLanguageTag("th-TH"));

	/** Wide enough for any number in a name: shorter ones are padded with zeros to compare by value. */
	private static final int NUMBER_WIDTH = 12;

	private ThaiNameOrder() {
	}

	/**
	 * A comparator of the given names, each name's key made once: a collator's comparison costs too
	 * much to make thousands of times a sort (and is synchronised). Names not given sort last.
	 */
	public static Comparator<String> of(List<String> names) {
		Map<String, Integer> positions = positions(names);
		return Comparator.comparing((String name) -> positions.getOrDefault(name, Integer.MAX_VALUE));
	}

	/** Each distinct name's place in the order, from 0. */
	public static Map<String, Integer> positions(List<String> names) {
		Collator collator = (Collator) THAI.clone();
		Map<String, CollationKey> keys = new HashMap<>();
		for (String name : names) {
			keys.computeIfAbsent(name, n -> collator.getCollationKey(numbersPadded(n)));
		}
		List<String> sorted = keys.keySet()
			.stream()
			.sorted(Comparator.comparing((String name) -> keys.get(name)).thenComparing(Comparator.naturalOrder()))
			.toList();
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			positions.put(sorted.get(i), i);
		}
		return positions;
	}

	/** The name with its digits Arabic and every number padded to one width, so that text order is value order. */
	static String numbersPadded(String name) {
		String arabic = ThaiDigits.toArabic(name == null ? "" : name);
		StringBuilder out = new StringBuilder(arabic.length() + NUMBER_WIDTH);
		int i = 0;
		while (i < arabic.length()) {
			char c = arabic.charAt(i);
			if (c < '0' || c > '9') {
				out.append(c);
				i++;
				continue;
			}
			int end = i;
			while (end < arabic.length() && arabic.charAt(end) >= '0' && arabic.charAt(end) <= '9') {
				end++;
			}
			String digits = arabic.substring(i, end);
			out.append("0".repeat(Math.max(0, NUMBER_WIDTH - digits.length()))).append(digits);
			i = end;
		}
		return out.toString();
	}
}
