package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import th.itabatch.catalog.Indicator;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Tells where an input's scores, as it is accepted, differ from those that counted for the same unit,
 * year and round until then: its scores count from now on, and the file they replace was perhaps the
 * right one (two versions dropped together, the one saved last counting without a word, a trial).
 */
final class ScoreChanges {

	/** The changes a message names; more are counted. */
	private static final int NAMED = 3;

	private final ScoreRepository repository;

	ScoreChanges(ScoreRepository repository) {
		this.repository = repository;
	}

	/** Warns, once per unit, year and round, of the scores that differ from those counting before. */
	void check(long inputId, MessageLog log) {
		List<ScoreEntry> scores = repository.scoresOfInput(inputId);
		if (scores.isEmpty()) {
			return;
		}
		Map<List<Object>, Map<Integer, BigDecimal>> before = new HashMap<>();
		for (ScoreEntry earlier : repository.scoresBefore(inputId, scores.stream().map(ScoreEntry::unit).distinct().toList())) {
			before.computeIfAbsent(round(earlier), k -> new HashMap<>()).put(key(earlier), earlier.score());
		}
		Map<List<Object>, List<ScoreEntry>> byRound = new LinkedHashMap<>();
		scores.forEach(s -> byRound.computeIfAbsent(round(s), k -> new ArrayList<>()).add(s));
		byRound.forEach((round, rows) -> {
			Map<Integer, BigDecimal> was = before.get(round);
			if (was == null) {
				return;
			}
			List<ScoreEntry> changed = rows.stream()
				.filter(s -> was.containsKey(key(s)) && was.get(key(s)).compareTo(s.score()) != 0)
				.toList();
			if (changed.isEmpty()) {
				return;
			}
			ScoreEntry first = changed.get(0);
			int mark = log.size();
			log.cell(MessageCode.SCORES_REPLACED, first.sheet(), first.cell(), first.unit(), first.fiscalYear(),
					first.round(), listed(changed, was, true), listed(changed, was, false));
			log.about(mark, first.unit());
		});
	}

	private static List<Object> round(ScoreEntry score) {
		return List.of(score.unit(), score.fiscalYear(), score.round());
	}

	/** The indicator's number, 0 for the stated overall. */
	private static Integer key(ScoreEntry score) {
		return score.isOverall() ? 0 : score.indicator().number();
	}

	private static String listed(List<ScoreEntry> changed, Map<Integer, BigDecimal> was, boolean thai) {
		List<String> named = new ArrayList<>();
		for (ScoreEntry score : changed.subList(0, Math.min(NAMED, changed.size()))) {
			Indicator indicator = score.indicator();
			// The code and the name: "IIT1 95.00 → 65.00" left a trial's user to look the code up.
			String name = indicator == null ? (thai ? "ภาพรวม" : "overall")
					: indicator.code() + " " + (thai ? indicator.thai() : indicator.english());
			named.add(name + " " + Scores.format(Objects.requireNonNull(was.get(key(score)))) + " → "
					+ Scores.format(score.score()));
		}
		String more = changed.size() > NAMED
				? (thai ? " และอีก " : " and ") + (changed.size() - NAMED) + (thai ? " รายการ" : " more")
				: "";
		return String.join(", ", named) + more;
	}
}
