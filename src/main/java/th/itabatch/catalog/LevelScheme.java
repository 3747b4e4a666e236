package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The score levels (AA–F) in force from a fiscal year on.
 *
 * @param fromFiscalYear the first fiscal year (BE) the scheme applies to
 * @param levels the levels, each with its lowest score
 */
public record LevelScheme(int fromFiscalYear, List<Level> levels) {

	public LevelScheme {
		// 0: from the first year on, as a year before the first scheme takes it.
		if (fromFiscalYear != 0) {
			BuddhistYears.require("ita.catalog.level-schemes from-fiscal-year", fromFiscalYear);
		}
		levels = levels.stream().sorted(Comparator.comparing(Level::min).reversed()).toList();
	}

	/** The level of a score: the highest level whose minimum the score reaches. */
	public String levelOf(BigDecimal score) {
		for (Level level : levels) {
			if (score.compareTo(level.min()) >= 0) {
				return level.name();
			}
		}
		return levels.isEmpty() ? "" : levels.get(levels.size() - 1).name();
	}

	/**
	 * A level and the lowest score that reaches it.
	 *
	 * @param name "AA", "A", …
	 * @param min the lowest score of the level
	 */
	public record Level(String name, BigDecimal min) {
	}
}
