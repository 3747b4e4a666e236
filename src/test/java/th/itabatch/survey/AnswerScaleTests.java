package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A form's linear scale's numbers, whichever way a scale's labels are listed. */
class AnswerScaleTests {

	private static final List<String> HIGHEST_FIRST = List.of("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด");

	private static final List<BigDecimal> DOWN = List.of(new BigDecimal("100"), new BigDecimal("75"), new BigDecimal("50"),
			new BigDecimal("25"), BigDecimal.ZERO);

	/** A trial's five-level scale given highest first had its "1"s read as มากที่สุด. */
	@Test
	void aFormsNumbersRunFromTheLowestLabelUpWhicheverWayTheLabelsAreListed() {
		AnswerScale scale = new AnswerScale("five", HIGHEST_FIRST, DOWN, false);

		assertThat(scale.points("1")).isZero();
		assertThat(scale.points("5")).isEqualTo(100.0);
		assertThat(scale.points("มากที่สุด")).isEqualTo(100.0);
		assertThat(scale.labelsByNumber()).containsExactly("น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด");
	}

	@Test
	void aReversedItemsNumbersStillNameTheLowestLabelFirstAndScoreItReversed() {
		AnswerScale reversed = new AnswerScale("five", HIGHEST_FIRST, DOWN, true);

		assertThat(reversed.points("1")).as("น้อยที่สุด of a negatively worded item").isEqualTo(100.0);
		assertThat(reversed.points("น้อยที่สุด")).isEqualTo(100.0);
		assertThat(reversed.points("5")).isZero();
	}
}
