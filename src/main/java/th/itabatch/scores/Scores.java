package th.itabatch.scores;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Arithmetic on scores, all in one place so that every figure is rounded the same way. */
public final class Scores {

	/** Scores and gaps are shown and compared with two decimals, rounded half up. */
	public static final int SCALE = 2;

	private Scores() {
	}

	/** The unrounded mean. */
	public static BigDecimal mean(List<BigDecimal> scores) {
		BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(scores.size()), MathContext.DECIMAL64);
	}

	public static BigDecimal round(BigDecimal value) {
		return value.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** "92.51", with two decimals always. */
	public static String format(BigDecimal value) {
		return round(value).toPlainString();
	}
}
