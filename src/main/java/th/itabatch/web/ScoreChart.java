package th.itabatch.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.RoundComparison;

/**
 * The indicators against the target as an SVG bar chart, drawn on the server: no script, no
 * library to fetch, the same on a phone and a laptop.
 *
 * @param bars one bar per indicator
 * @param targetY where the target line is drawn
 * @param target the target
 * @param width the drawing's width
 * @param height the drawing's height
 * @param gridLines the value lines, every 20
 */
record ScoreChart(List<Bar> bars, double targetY, BigDecimal target, int width, int height, List<GridLine> gridLines) {

	static final int HEIGHT = 240;

	static final int TOP = 10;

	static final int BOTTOM = 200;

	static final int LEFT = 40;

	static final int BAR_SPACE = 90;

	static ScoreChart of(RoundComparison scores) {
		List<Bar> bars = new ArrayList<>();
		int i = 0;
		for (IndicatorResult result : scores.indicators()) {
			double height = y(BigDecimal.ZERO) - y(result.score());
			bars.add(new Bar(result.indicator().number(), result.score(), LEFT + i * BAR_SPACE + 20, y(result.score()), height,
					result.passed(), LEFT + i * BAR_SPACE + 45));
			i++;
		}
		List<GridLine> grid = new ArrayList<>();
		for (int value = 0; value <= 100; value += 20) {
			grid.add(new GridLine(value, y(BigDecimal.valueOf(value))));
		}
		int width = LEFT + Math.max(bars.size(), 1) * BAR_SPACE + 10;
		return new ScoreChart(bars, y(scores.overall().goalTarget()), scores.overall().goalTarget(), width, HEIGHT, grid);
	}

	private static double y(BigDecimal value) {
		return BOTTOM - (BOTTOM - TOP) * value.doubleValue() / 100.0;
	}

	/**
	 * A bar.
	 *
	 * @param number the indicator's number
	 * @param score the score
	 * @param x left edge
	 * @param y top edge
	 * @param height bar height
	 * @param passed whether it reaches the target
	 * @param labelX where its label is centred
	 */
	record Bar(int number, BigDecimal score, double x, double y, double height, boolean passed, double labelX) {
	}

	/**
	 * A value line.
	 *
	 * @param value the value
	 * @param y where it is drawn
	 */
	record GridLine(int value, double y) {
	}
}
