package th.itabatch.workbook;

import java.util.List;
import java.util.Optional;

import th.itabatch.thai.KeptAnswers;
import th.itabatch.thai.ThaiText;

/**
 * The header texts, Thai and English, that name one kind of column. A header matches when, after
 * normalising (see {@link ThaiText#key}), it equals an alias or starts with it followed by a space,
 * a slash or a bracket ("ผลการดำเนินงาน (โดยสรุป)").
 */
public final class ColumnAliases {

	private final List<String> keys;

	/** The keys without spaces, made once: every header cell of every workbook is compared with them. */
	private final List<String> compactKeys;

	/**
	 * Headers matched or not: every candidate header cell of every sheet is asked of every kind's
	 * aliases, the same few in a thousand units' plans (12 % of their ingest's reading).
	 */
	private final KeptAnswers<String, Boolean> matched = KeptAnswers.ofTexts(512);

	private ColumnAliases(List<String> keys) {
		this.keys = keys;
		this.compactKeys = keys.stream().map(k -> k.replace(" ", "")).toList();
	}

	public static ColumnAliases of(String... aliases) {
		return new ColumnAliases(java.util.Arrays.stream(aliases).map(ThaiText::key).toList());
	}

	/**
	 * True when the text starts with a Thai alias run on into more words without a space
	 * ("จำนวนผู้ตอบรอบ 1", "เป้าหมายรอบ 2"): what the column is comes first, as Thai is written.
	 */
	public boolean beginsThai(String header) {
		String compact = ThaiText.key(header).replace(" ", "");
		for (String alias : compactKeys) {
			if (!alias.isEmpty() && ThaiText.isThai(alias.charAt(0))
					&& compact.startsWith(alias)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * When the text starts with an alias ("หน่วยงาน: กองคลัง", "ปีงบประมาณ 2564"), what follows it,
	 * without the separator; "" when the text is the label alone; empty when it is no such label.
	 */
	public Optional<String> valueAfter(String text) {
		String cleaned = ThaiText.clean(text);
		String key = ThaiText.key(cleaned);
		for (String alias : keys) {
			if (key.equals(alias)) {
				return Optional.of("");
			}
			if (key.startsWith(alias) && cleaned.length() > alias.length()
					&& " :：-–".indexOf(key.charAt(alias.length())) >= 0) {
				return Optional.of(ThaiText.clean(cleaned.substring(alias.length()).replaceFirst("^[\\s:：\\-–]+", "")));
			}
		}
		return Optional.empty();
	}

	public boolean matches(String header) {
		return matched.get(header, this::match);
	}

	private boolean match(String header) {
		String key = ThaiText.key(header);
		String compact = key.replace(" ", "");
		for (int i = 0; i < keys.size(); i++) {
			String alias = keys.get(i);
			if (key.equals(alias) || compact.equals(compactKeys.get(i))) {
				return true;
			}
			if (key.startsWith(alias) && key.length() > alias.length()) {
				char next = key.charAt(alias.length());
				if (next == ' ' || next == '/' || next == '(' || next == '[' || next == ':') {
					return true;
				}
			}
		}
		return false;
	}
}
