package th.itabatch.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The dated level schemes: which level (AA–F) a score reaches in a given fiscal year. */
public final class ScoreLevels {

	private final List<LevelScheme> schemes;

	public ScoreLevels(List<LevelScheme> schemes) {
		this.schemes = schemes.stream().sorted(Comparator.comparingInt(LevelScheme::fromFiscalYear)).toList();
	}

	public String levelOf(BigDecimal score, int fiscalYear) {
		LevelScheme chosen = schemes.isEmpty() ? null : schemes.get(0);
		for (LevelScheme scheme : schemes) {
			if (scheme.fromFiscalYear() <= fiscalYear) {
				chosen = scheme;
			}
		}
		return chosen == null ? "" : chosen.levelOf(score);
	}
}
