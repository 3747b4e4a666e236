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
}
