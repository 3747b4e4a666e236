package th.itabatch.catalog;

/**
 * Everything the readers and the computations need to know about the ITA: indicators, the fiscal
 * calendar with its rounds and targets, and score levels.
 *
 * @param indicators the indicators
 * @param calendar the fiscal calendar
 * @param levels the dated score levels
 * @param weights the dated weights of the tools in the whole ITA score
 * @param ratings the dated rating scales beside the levels, if any are configured
 */
public record Catalog(IndicatorCatalog indicators, FiscalCalendar calendar, ScoreLevels levels, ToolWeights weights,
		RatingScales ratings) {

	public static Catalog of(CatalogProperties properties) {
		if (properties.indicators().isEmpty() || properties.rounds().isEmpty()) {
			throw new IllegalStateException("ita.catalog.indicators and ita.catalog.rounds must not be empty");
		}
		return new Catalog(new IndicatorCatalog(properties.indicators()),
				new FiscalCalendar(properties.rounds(), properties.targets()),
				new ScoreLevels(properties.levelSchemes()), new ToolWeights(properties.weightSchemes()),
				new RatingScales(properties.ratingScales()));
	}
}
