package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured rating scales beside the levels; none configured means no rating is given. */
public final class RatingScales {

	private final List<RatingScale> scales;

	public RatingScales(List<RatingScale> scales) {
		this.scales = scales.stream().sorted(Comparator.comparingInt(RatingScale::fromFiscalYear)).toList();
	}

	/** The rating of the scale in force in the fiscal year (the latest one begun by then), if any. */
	public Optional<String> rate(BigDecimal overall, Map<Tool, BigDecimal> tools, int fiscalYear) {
		return inForce(fiscalYear).flatMap(scale -> scale.rate(overall, tools));
	}

	/** What kept the overall from a higher rating of the scale in force, if a tool's score did. */
	public Optional<RatingScale.HeldBack> heldBack(BigDecimal overall, Map<Tool, BigDecimal> tools, int fiscalYear) {
		return inForce(fiscalYear).flatMap(scale -> scale.heldBack(overall, tools));
	}

	private Optional<RatingScale> inForce(int fiscalYear) {
		return scales.stream().filter(scale -> scale.fromFiscalYear() <= fiscalYear).reduce((earlier, later) -> later);
	}
}
