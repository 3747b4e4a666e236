package th.itabatch.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import th.itabatch.report.AxisFloor;
import th.itabatch.scores.ScoreTrend;

/**
 * A unit's overall round by round against each round's target, as an SVG line chart drawn on the
 * server like {@link ScoreChart}. Its value axis starts near the lowest score, not at zero, so that a
 * change of a few points between rounds shows.
 *
 * @param dots one dot per round, oldest first
 * @param overallLine the overall's polyline points ("x,y x,y …")
 * @param targetLine the targets' polyline points
 * @param gridLines the value lines
 * @param width the drawing's width
 * @param height the drawing's height
 */
record TrendChart(List<Dot> dots, String overallLine, String targetLine, List<ScoreChart.GridLine> gridLines, int width,
		int height) {

	static final int STEP = 110;

	/** The chart of a trend, or {@code null} when it has no rounds. */
	static TrendChart of(ScoreTrend trend) {
		if (trend == null || trend.isEmpty()) {
			return null;
		}
		double lowest = trend.points()
			.stream()
			.flatMap(p -> java.util.stream.Stream.of(p.overall(), p.target()))
			.filter(java.util.Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue)
			.min()
			.orElse(0);
		int floor = AxisFloor.below(lowest);
		int step = 100 - floor <= 30 ? 5 : 10;
		List<ScoreChart.GridLine> grid = new ArrayList<>();
		for (int value = floor; value <= 100; value += step) {
			grid.add(new ScoreChart.GridLine(value, y(BigDecimal.valueOf(value), floor)));
		}
		List<Dot> dots = new ArrayList<>();
		for (int i = 0; i < trend.points().size(); i++) {
			ScoreTrend.Point point = trend.points().get(i);
			double x = ScoreChart.LEFT + STEP / 2.0 + i * STEP;
			dots.add(new Dot(point.fiscalYear(), point.roundNumber(), point.overall(), point.stated(), x,
					y(point.overall(), floor), point.target() == null ? null : y(point.target(), floor)));
		}
		String overall = dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
		String target = dots.stream()
			.filter(d -> d.targetY() != null)
			.map(d -> d.x() + "," + d.targetY())
			.collect(Collectors.joining(" "));
		// The page draws it at this size in pixels and only ever shrinks it: a chart of two rounds keeps
		// its letters 11 px high on a phone (drawn five rounds wide, it was shrunk to 6 px there).
		int width = ScoreChart.LEFT + Math.max(dots.size(), 2) * STEP + 10;
		// Its labels are two lines under the axis; the scores chart's height leaves room for four.
		return new TrendChart(dots, overall, target, grid, width, ScoreChart.BOTTOM + 45);
	}

	private static double y(BigDecimal value, int floor) {
		double clamped = Math.max(floor, Math.min(100, value.doubleValue()));
		return ScoreChart.BOTTOM - (ScoreChart.BOTTOM - ScoreChart.TOP) * (clamped - floor) / (100.0 - floor);
	}

	/**
	 * A round's dot.
	 *
	 * @param fiscalYear the fiscal year (BE)
	 * @param round the round number
	 * @param overall the overall
	 * @param stated whether the overall is the one the workbook states
	 * @param x where it is drawn, and its labels centred
	 * @param y where it is drawn
	 * @param targetY where the round's target is drawn, or {@code null}
	 */
	record Dot(int fiscalYear, int round, BigDecimal overall, boolean stated, double x, double y, Double targetY) {
	}
}
