package th.itabatch.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import th.itabatch.report.AxisFloor;
import th.itabatch.scores.IndicatorResult;
import th.itabatch.scores.RoundComparison;
import th.itabatch.thai.ThaiWords;

/**
 * The indicators against the target as an SVG bar chart, drawn on the server: no script, no
 * library to fetch, the same on a phone and a laptop. The value axis starts at the
 * {@link AxisFloor} below the lowest score or the target, as in the documents, so that scores of
 * 88 and 97 do not look alike; the bars are named, broken between words.
 *
 * @param bars one bar per indicator
 * @param targetY where the target line is drawn
 * @param target the target
 * @param width the drawing's width
 * @param height the drawing's height
 * @param gridLines the value lines
 * @param targetShare where the target lies between the floor and 100, in per cent (the phone's bars)
 */
record ScoreChart(List<Bar> bars, double targetY, BigDecimal target, int width, int height, List<GridLine> gridLines,
		double targetShare) {

	static final int HEIGHT = 270;

	static final int TOP = 10;

	static final int BOTTOM = 200;

	static final int LEFT = 40;

	static final int BAR_SPACE = 110;

	/** Characters of a name per line under a bar (about 11 px each at the chart's label size). */
	static final int LINE_CHARS = 16;

	/** Lines of a name under a bar; a longer name ends in "…" (the table below names it whole). */
	static final int NAME_LINES = 3;

	static ScoreChart of(RoundComparison scores) {
		BigDecimal target = scores.overall().goalTarget();
		double lowest = target == null ? 100 : target.doubleValue();
		for (IndicatorResult result : scores.indicators()) {
			lowest = Math.min(lowest, result.score().doubleValue());
		}
		int floor = AxisFloor.below(lowest);
		List<Bar> bars = new ArrayList<>();
		int i = 0;
		for (IndicatorResult result : scores.indicators()) {
			double top = y(result.score(), floor);
			bars.add(new Bar(result.indicator().number(), result.score(), LEFT + i * BAR_SPACE + 25, top, BOTTOM - top,
					result.passed(), LEFT + i * BAR_SPACE + BAR_SPACE / 2.0, lines(result.indicator().thai()),
					lines(result.indicator().english()), share(result.score(), floor), result.indicator().thai(),
					result.indicator().english()));
			i++;
		}
		int step = 100 - floor <= 30 ? 5 : 10;
		List<GridLine> grid = new ArrayList<>();
		for (int value = floor; value <= 100; value += step) {
			grid.add(new GridLine(value, y(BigDecimal.valueOf(value), floor)));
		}
		int width = LEFT + Math.max(bars.size(), 1) * BAR_SPACE + 10;
		return new ScoreChart(bars, target == null ? BOTTOM : y(target, floor), target, width, HEIGHT, grid,
				target == null ? 0 : share(target, floor));
	}

	/** Where a value is drawn on an axis from the floor to 100. */
	static double y(BigDecimal value, int floor) {
		return BOTTOM - (BOTTOM - TOP) * (value.doubleValue() - floor) / (100.0 - floor);
	}

	/** Where a value lies between the floor and 100, in per cent. */
	static double share(BigDecimal value, int floor) {
		return Math.max(0, Math.min(100, (value.doubleValue() - floor) * 100.0 / (100 - floor)));
	}

	/** A name broken between words into lines that fit under a bar. */
	static List<String> lines(String name) {
		List<String> lines = ThaiWords.lines(name == null ? "" : name, line -> line.length() <= LINE_CHARS);
		if (lines.size() > NAME_LINES) {
			List<String> shown = new ArrayList<>(lines.subList(0, NAME_LINES));
			shown.set(NAME_LINES - 1, shown.get(NAME_LINES - 1) + "…");
			return shown;
		}
		return lines;
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
	 * @param labelX where its labels are centred
	 * @param thaiName its Thai name in lines
	 * @param englishName its English name in lines
	 * @param share its length on the phone's bars, in per cent of the way from the floor to 100
	 * @param thai its Thai name whole
	 * @param english its English name whole
	 */
	record Bar(int number, BigDecimal score, double x, double y, double height, boolean passed, double labelX,
			List<String> thaiName, List<String> englishName, double share, String thai, String english) {
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
