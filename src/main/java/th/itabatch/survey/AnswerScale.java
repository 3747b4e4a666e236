package th.itabatch.survey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.itabatch.thai.ThaiText;

/**
 * One question's answers and their points: the scale's labels matched after trimming, collapsing
 * spaces and dropping a number in front ("4. มากที่สุด"); reversed for a negatively worded item.
 * What a cell said is remembered, so the hundred-thousandth "มากที่สุด" costs one map lookup.
 */
final class AnswerScale {

	/** Points for text that is not a label of the scale. */
	static final double NOT_A_LABEL = Double.NaN;

	private static final int CACHE_LIMIT = 10_000;

	private final String name;

	private final List<String> labels;

	private final Map<String, Double> byKey = new HashMap<>();

	private final Map<String, Double> seen = new HashMap<>();

	AnswerScale(String name, List<String> labels, List<BigDecimal> points, boolean reversed) {
		if (labels.size() != points.size()) {
			throw new IllegalStateException("scale " + name + " has " + labels.size() + " labels and " + points.size() + " points");
		}
		this.name = name;
		this.labels = List.copyOf(labels);
		for (int i = 0; i < labels.size(); i++) {
			BigDecimal value = points.get(reversed ? points.size() - 1 - i : i);
			byKey.put(key(labels.get(i)), value.doubleValue());
		}
	}

	String name() {
		return name;
	}

	List<String> labels() {
		return labels;
	}

	/** The points of an answer, or {@link #NOT_A_LABEL}. */
	double points(String answer) {
		Double known = seen.get(answer);
		if (known != null) {
			return known;
		}
		double points = byKey.getOrDefault(key(answer), NOT_A_LABEL);
		if (seen.size() < CACHE_LIMIT) {
			seen.put(answer, points);
		}
		return points;
	}

	/** True when the text is one of the scale's labels; safe from any thread (nothing remembered). */
	boolean isLabel(String answer) {
		return byKey.containsKey(key(answer));
	}

	private static String key(String text) {
		return ThaiText.key(text).replaceFirst("^[(\\[]?\\d+\\s*[.)\\]]?\\s+", "").replaceFirst("^[(\\[]?\\d+\\s*[.)\\]]", "")
			.trim();
	}
}
