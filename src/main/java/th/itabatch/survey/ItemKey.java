package th.itabatch.survey;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiText;

/**
 * A questionnaire item: question I1–I30 and, for a question with several sub-items, which one
 * (I11.2). Read from the start of an export's column header: "I1", "i01", "ข้อ 1", "IIT-01",
 * "I11.2", "I11 (2)", followed by the question's text or not.
 *
 * @param question the question number
 * @param sub the sub-item (1, 2, …), or 0 for a question of one item
 */
public record ItemKey(int question, int sub) implements java.io.Serializable {

	private static final Pattern CODE = Pattern.compile(
			"^(?:iit\\s*[-_]?\\s*|i\\s*[-_]?\\s*|ข้อ(?:ที่)?\\s*|q\\s*)0*(\\d{1,2})(?:\\s*[._\\-/]\\s*(\\d{1,2})(?!\\d)|\\s*\\((\\d{1,2})\\))?(?=$|[^\\d.]|\\.(?!\\d))");

	/** A header's leading number, its sub-item after a dot, then a dot, a bracket or a space before the text. */
	private static final Pattern NUMBERED = Pattern.compile("^0*(\\d{1,2})(?:\\.(\\d{1,2}))?(?:[.)]|\\s)\\s*(?=[^\\d\\s.)])");

	/** Reads "I11.2" as written in configuration. */
	public static ItemKey of(String code) {
		return parse(code).orElseThrow(() -> new IllegalArgumentException("not a question code: " + code));
	}

	/** The item a header starts with, if it starts with a question code. */
	public static Optional<ItemKey> parse(String header) {
		Matcher matcher = CODE.matcher(ThaiText.key(header));
		if (!matcher.find()) {
			return Optional.empty();
		}
		int question = Integer.parseInt(matcher.group(1));
		String sub = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
		return question == 0 ? Optional.empty() : Optional.of(new ItemKey(question, sub == null ? 0 : Integer.parseInt(sub)));
	}

	/**
	 * The item a header numbered without a code starts with: "1. บุคลากร…", "11.2 การจัดซื้อ…",
	 * "3) …". Read only where every question of the questionnaire is so numbered ({@link SurveyLayout}):
	 * a bare number alone may be a form's own numbering of other questions.
	 */
	static Optional<ItemKey> numbered(String header) {
		Matcher matcher = NUMBERED.matcher(ThaiText.key(header));
		if (!matcher.find()) {
			return Optional.empty();
		}
		int question = Integer.parseInt(matcher.group(1));
		return question == 0 ? Optional.empty()
				: Optional.of(new ItemKey(question, matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))));
	}

	/** The question itself, without the sub-item. */
	public ItemKey questionOnly() {
		return sub == 0 ? this : new ItemKey(question, 0);
	}

	@Override
	public String toString() {
		return "I" + question + (sub == 0 ? "" : "." + sub);
	}
}
