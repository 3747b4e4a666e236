package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The dated weight schemes: how much each tool counts in the whole ITA score of a fiscal year. */
public final class ToolWeights {

	private final List<WeightScheme> schemes;

	public ToolWeights(List<WeightScheme> schemes) {
		this.schemes = schemes.stream().sorted(Comparator.comparingInt(WeightScheme::fromFiscalYear)).toList();
	}

	/**
	 * The tool's weight in the fiscal year: of the latest scheme in force, or of the earliest for a year
	 * before every scheme; 1 for every tool where none is configured (equal weights).
	 */
	public BigDecimal weight(Tool tool, int fiscalYear) {
		WeightScheme chosen = schemes.isEmpty() ? null : schemes.get(0);
		for (WeightScheme scheme : schemes) {
			if (scheme.fromFiscalYear() <= fiscalYear) {
				chosen = scheme;
			}
		}
		return chosen == null ? BigDecimal.ONE : chosen.weights().getOrDefault(tool, BigDecimal.ONE);
	}
}
