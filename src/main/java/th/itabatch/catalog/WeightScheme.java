package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the tools weigh in the whole ITA score from a fiscal year on (FY 2564: 0.3 IIT + 0.3 EIT +
 * 0.4 OIT); within a tool the indicators weigh equally.
 *
 * @param fromFiscalYear the first fiscal year (BE) it is in force
 * @param weights each tool's weight
 */
public record WeightScheme(int fromFiscalYear, Map<Tool, BigDecimal> weights) {

	public WeightScheme {
		weights = weights == null ? Map.of() : Map.copyOf(weights);
	}
}
