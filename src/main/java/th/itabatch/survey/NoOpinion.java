package th.itabatch.survey;

import java.util.List;

import th.itabatch.thai.ThaiText;

/**
 * An answer that says the respondent gave none: "ไม่ทราบ", "ไม่ตอบ", "ไม่แสดงความคิดเห็น", "don't know".
 * Like a blank it is not scored (the domain scores only answers given), where the item's scale has
 * no such label of its own.
 */
final class NoOpinion {

	private static final List<String> WORDS = List.of("ไม่ทราบ", "ไม่ตอบ", "ไม่ขอตอบ", "ไม่แสดงความคิดเห็น",
			"ไม่มีความคิดเห็น", "ไม่ออกความเห็น", "ไม่ระบุ", "don't know", "dont know", "no answer",
			"no opinion", "prefer not to say");

	private NoOpinion() {
	}

	static boolean is(String answer) {
		String key = ThaiText.key(answer).replace('\u2019', '\'');
		return WORDS.contains(key);
	}
}
