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
		List<ScoreEntry> entries = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			entries.add(new ScoreEntry("กองคลัง", 2565, 1, catalog.indicators().byNumber(i + 1).orElseThrow(),
					new BigDecimal(values[i]), null, null, "คะแนน", "B" + (i + 2)));
		}
		return entries;
	}
}
