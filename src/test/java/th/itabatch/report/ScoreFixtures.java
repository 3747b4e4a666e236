package th.itabatch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import th.itabatch.catalog.Catalog;
import th.itabatch.scores.ScoreEntry;

/** Scores of กองคลัง for FY 2565 round 1, as a scores workbook would give them. */
final class ScoreFixtures {

	private ScoreFixtures() {
	}

	/** One score per indicator, numbered from 1 in the order given. */
	static List<ScoreEntry> scores(Catalog catalog, String... values) {
		return scoresFrom(catalog, 1, values);
	}

	/** One score per indicator, numbered from {@code first} in the order given (OIT's alone: 9, "78.50", "84.25"). */
	static List<ScoreEntry> scoresFrom(Catalog catalog, int first, String... values) {
		List<ScoreEntry> entries = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			entries.add(new ScoreEntry("กองคลัง", 2565, 1, catalog.indicators().byNumber(first + i).orElseThrow(),
					new BigDecimal(values[i]), null, null, "คะแนน", "B" + (first + i + 1)));
		}
		return entries;
	}
}
