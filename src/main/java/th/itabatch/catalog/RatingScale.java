package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rating scale some departments use beside the AA–F levels ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน",
 * "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"), in force from a fiscal year on: the first rating whose
 * minimum the overall reaches and whose per-tool minimums each tool's score reaches.
 *
 * @param name the scale's name
 * @param fromFiscalYear the first fiscal year (BE) it is in force
 * @param ratings the ratings, highest first
 */
public record RatingScale(String name, int fromFiscalYear, List<Rating> ratings) {

	public RatingScale {
		// 0: from the first year on, as a year before the first scheme takes it.
		if (fromFiscalYear != 0) {
			BuddhistYears.require("ita.catalog.rating-scales from-fiscal-year", fromFiscalYear);
		}
		// Highest first, as the levels are, however they are written: a trial's scale written ผ่าน 80,
		// ผ่านดีเยี่ยม 90 rated 92.51 "ผ่าน" (the first reached).
		if (ratings != null && ratings.stream().anyMatch(r -> r.min() == null)) {
			throw new IllegalArgumentException("ita.catalog.rating-scales: a rating of the scale " + name + " gives no min");
		}
		ratings = ratings == null ? List.of()
				: ratings.stream().sorted(java.util.Comparator.comparing(Rating::min).reversed()).toList();
	}

	/**
	 * One rating of a scale.
	 *
	 * @param name what it is called ("ผ่านดีเยี่ยม")
	 * @param min the least overall it takes
	 * @param toolMin the least score each named tool must have too, where the round has that tool
	 */
	public record Rating(String name, BigDecimal min, Map<Tool, BigDecimal> toolMin) {

		public Rating {
			toolMin = toolMin == null ? Map.of() : Map.copyOf(toolMin);
		}

		boolean isReachedBy(BigDecimal overall, Map<Tool, BigDecimal> tools) {
			return overall.compareTo(min) >= 0 && toolMin.entrySet()
				.stream()
				.allMatch(need -> !tools.containsKey(need.getKey()) || tools.get(need.getKey()).compareTo(need.getValue()) >= 0);
		}
	}

	/**
	 * A rating above the one reached whose overall minimum the overall reaches while a tool's score
	 * falls short of that rating's minimum for it: why 96.55 is ผ่านดี, its EIT under 90.
	 *
	 * @param rating the rating held back from
	 * @param shortTools the tools short of it, each with the rating's minimum for it
	 */
	public record HeldBack(String rating, Map<Tool, BigDecimal> shortTools) {
	}

	/** The rating the overall reaches but a tool's score keeps it from, if any. */
	public Optional<HeldBack> heldBack(BigDecimal overall, Map<Tool, BigDecimal> tools) {
		for (Rating rating : ratings) {
			if (rating.isReachedBy(overall, tools)) {
				return Optional.empty();
			}
			if (overall.compareTo(rating.min()) >= 0) {
				Map<Tool, BigDecimal> shortTools = new java.util.TreeMap<>();
				rating.toolMin().forEach((tool, min) -> {
					if (tools.containsKey(tool) && tools.get(tool).compareTo(min) < 0) {
						shortTools.put(tool, min);
					}
				});
				return Optional.of(new HeldBack(rating.name(), shortTools));
			}
		}
		return Optional.empty();
	}

	/** The rating an overall and its tools' scores reach, if any. */
	public Optional<String> rate(BigDecimal overall, Map<Tool, BigDecimal> tools) {
		return ratings.stream().filter(r -> r.isReachedBy(overall, tools)).findFirst().map(Rating::name);
	}
}
