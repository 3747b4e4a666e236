package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the tools weigh in the whole ITA score from a fiscal year on (FY 2564: 0.3 IIT + 0.3 EIT +
 * 0.4 OIT); within a tool the indicators weigh equally.
 *
 * @param fromFiscalYear the first fiscal year (BE) it is in force
 * @param weights each tool's weight
 */
public record WeightScheme(int fromFiscalYear, Map<Tool, BigDecimal> weights) {

	/** How far from one the weights may add up (0.33 + 0.33 + 0.34 is one, typed thirds nearly). */
	private static final BigDecimal SLACK = new BigDecimal("0.001");

	/**
	 * Refuses, at start, a scheme that leaves a tool out or does not add up to one: a trial's
	 * { IIT: 0.5, EIT: 0.5 } gave OIT a weight of 1 without a word (a total of 85.65 where 89.93 was
	 * meant). A scheme that means a tool not to count names it with 0.
	 */
	public WeightScheme {
		Map<Tool, BigDecimal> named = weights == null ? Map.of() : Map.copyOf(weights);
		weights = named;
		List<Tool> missing = Arrays.stream(Tool.values()).filter(tool -> !named.containsKey(tool)).toList();
		if (!missing.isEmpty()) {
			// A setting on the command line replaces the whole list: "[0].weights.OIT=0.5" alone is a
			// scheme of no year and one tool (a retrial read "fiscal year 0").
			throw new IllegalArgumentException((fromFiscalYear == 0 ? "a weight scheme without from-fiscal-year"
					: "the weight scheme from fiscal year " + fromFiscalYear) + " names no weight for " + missing
					+ "; name every tool (IIT, EIT, OIT), 0 for one that does not count (a setting given on the command"
					+ " line replaces the whole list of schemes)");
		}
		if (named.values().stream().anyMatch(weight -> weight.signum() < 0)) {
			throw new IllegalArgumentException("the weight scheme from fiscal year " + fromFiscalYear + " has a negative weight: " + weights);
		}
		// 0: from the first year on, as a year before the first scheme takes it.
		if (fromFiscalYear != 0) {
			BuddhistYears.require("ita.catalog.weight-schemes from-fiscal-year", fromFiscalYear);
		}
		BigDecimal total = named.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.subtract(BigDecimal.ONE).abs().compareTo(SLACK) > 0) {
			throw new IllegalArgumentException("the weights of the scheme from fiscal year " + fromFiscalYear + " add up to "
					+ total.toPlainString() + ", not 1: " + weights);
		}
	}
}
