package th.itabatch.report;

/**
 * Where a chart's value axis starts: scores of 85–97 drawn from 0 all look alike, so the axis
 * starts 10 below the lowest score or target, down to a multiple of 10 (never below 0).
 */
public final class AxisFloor {

	private AxisFloor() {
	}

	public static int below(double lowest) {
		return Math.max(0, (int) Math.floor((lowest - 10) / 10) * 10);
	}
}
