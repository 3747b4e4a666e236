package th.itabatch.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiText;

/**
 * One question's answers and their points: the scale's labels matched after trimming, collapsing
 * spaces and dropping a number in front ("4. มากที่สุด"), a label shortened as people shorten it
 * ("น้อยที่สุด" for "น้อยที่สุดหรือไม่มีเลย", where it begins one label only), and on a scale of three
 * labels or more a form's linear scale's number (1 for the label of the lowest points … 4 for the highest);
 * reversed for a negatively worded item. What a cell said is remembered, so the hundred-thousandth
 * "มากที่สุด" costs one map lookup.
 */
final class AnswerScale {

	/** Points for text that is not a label of the scale. */
	static final double NOT_A_LABEL = Double.NaN;

	private static final int CACHE_LIMIT = 10_000;

	private final String name;

	private final List<String> labels;

	private final Map<String, Double> byKey = new HashMap<>();

	/** The labels' points in the scale's order (reversed already for a reversed item). */
	private final double[] inOrder;

	/** The shortest beginning of a label read as the label: "มาก" must not stand for "มากที่สุด". */
	private static final int SHORTEST_BEGINNING = 4;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("(\\d{1,2})(?:\\.0+)?");

	private final Map<String, Double> seen = new HashMap<>();

	private final Map<String, Boolean> numberedSeen = new HashMap<>();

	AnswerScale(String name, List<String> labels, List<BigDecimal> points, boolean reversed) {
		if (labels.size() != points.size()) {
			throw new IllegalStateException("scale " + name + " has " + labels.size() + " labels and " + points.size() + " points");
		}
		this.name = name;
		this.labels = List.copyOf(labels);
		this.inOrder = new double[labels.size()];
		for (int i = 0; i < labels.size(); i++) {
			BigDecimal value = points.get(reversed ? points.size() - 1 - i : i);
			byKey.put(key(labels.get(i)), value.doubleValue());
			inOrder[i] = value.doubleValue();
		}
		// A form's linear scale runs from its lowest label up, whichever way the scale's labels are listed: a
		// trial's five-level scale given highest first had its "1"s read as มากที่สุด.
		Integer[] order = new Integer[labels.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing(points::get));
		this.byNumber = new double[order.length];
		List<String> numbered = new ArrayList<>();
		for (int k = 0; k < order.length; k++) {
			byNumber[k] = inOrder[order[k]];
			numbered.add(labels.get(order[k]));
		}
		this.labelsByNumber = List.copyOf(numbered);
	}

	/** The points of a form's numbers 1, 2, … : the labels from the lowest points up (as unreversed). */
	private final double[] byNumber;

	private final List<String> labelsByNumber;

	/** The labels a form's numbers 1, 2, … stand for, lowest first. */
	List<String> labelsByNumber() {
		return labelsByNumber;
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
		double points = resolve(answer);
		if (seen.size() < CACHE_LIMIT) {
			seen.put(answer, points);
		}
		return points;
	}

	/** True when the text is one of the scale's labels; safe from any thread (nothing remembered). */
	boolean isLabel(String answer) {
		return number(answer) == null && !Double.isNaN(resolve(answer));
	}

	/** True when the answer is a form's number for a label, not the label's text; remembered as points are. */
	boolean isNumbered(String answer) {
		Boolean known = numberedSeen.get(answer);
		if (known != null) {
			return known;
		}
		boolean numbered = number(answer) != null && !byKey.containsKey(key(answer));
		if (numberedSeen.size() < CACHE_LIMIT) {
			numberedSeen.put(answer, numbered);
		}
		return numbered;
	}

	/** The whole number the answer is ("4", "4.0" as a number cell may read), or null. */
	private static Integer number(String answer) {
		Matcher matcher = WHOLE_NUMBER.matcher(ThaiText.key(answer));
		return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
	}

	private double resolve(String answer) {
		String key = key(answer);
		Double exact = byKey.get(key);
		if (exact != null) {
			return exact;
		}
		Integer number = number(answer);
		if (number != null) {
			return byNumber.length >= 3 && number >= 1 && number <= byNumber.length ? byNumber[number - 1] : NOT_A_LABEL;
		}
		if (key.length() < SHORTEST_BEGINNING) {
			return NOT_A_LABEL;
		}
		Double begun = null;
		for (Map.Entry<String, Double> label : byKey.entrySet()) {
			if (label.getKey().startsWith(key)) {
				if (begun != null) {
					return NOT_A_LABEL; // the beginning of two labels: which one is not known
				}
				begun = label.getValue();
			}
		}
		return begun != null ? begun : NOT_A_LABEL;
	}

	private static String key(String text) {
		return ThaiText.key(text).replaceFirst("^[(\\[]?\\d+\\s*[.)\\]]?\\s+", "").replaceFirst("^[(\\[]?\\d+\\s*[.)\\]]", "")
			.trim();
	}
}
