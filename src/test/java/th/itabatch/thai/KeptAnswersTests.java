package th.itabatch.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Answers kept: made once while kept, all forgotten past the bound, made again when asked. */
class KeptAnswersTests {

	@Test
	void anAnswerIsMadeOnceUntilTheBoundIsPassed() {
		List<String> made = new ArrayList<>();
		KeptAnswers<String, Integer> lengths = new KeptAnswers<>(2);
		java.util.function.Function<String, Integer> length = text -> {
			made.add(text);
			return text.length();
		};

		assertThat(lengths.get("กองคลัง", length)).isEqualTo(7);
		assertThat(lengths.get("กองคลัง", length)).isEqualTo(7);
		assertThat(made).as("kept").containsExactly("กองคลัง");

		lengths.get("กค.", length);
		lengths.get("Finance Division", length);
		assertThat(lengths.get("กองคลัง", length)).isEqualTo(7);
		assertThat(made).as("a third answer past the bound of two: the first forgotten, made again")
			.containsExactly("กองคลัง", "กค.", "Finance Division", "กองคลัง");
	}

	@Test
	void forTextsALongTextAndNoTextAreAnsweredEachTimeNotKept() {
		List<String> made = new ArrayList<>();
		KeptAnswers<String, Integer> lengths = KeptAnswers.ofTexts(10);
		java.util.function.Function<String, Integer> length = text -> {
			made.add(text == null ? "null" : "length " + text.length());
			return text == null ? -1 : text.length();
		};
		String longest = "ก".repeat(KeptAnswers.LONGEST_TEXT);
		String longer = longest + "ข";

		for (int i = 0; i < 2; i++) {
			assertThat(lengths.get(longest, length)).isEqualTo(KeptAnswers.LONGEST_TEXT);
			assertThat(lengths.get(longer, length)).isEqualTo(KeptAnswers.LONGEST_TEXT + 1);
			assertThat(lengths.get(null, length)).isEqualTo(-1);
		}

		assertThat(made).containsExactly("length 200", "length 201", "null", "length 201", "null");
	}
}
