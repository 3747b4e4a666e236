package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.Indicator;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CellRefs;

/**
 * Checks the scores of one workbook as a whole: an indicator given twice in a round (error), a
 * round with some of a tool's indicators missing (warning), and a stated overall that differs from
 * the mean of the indicators (warning; the stated value stays authoritative).
 */
final class ScoresValidator {

	/** How far a stated overall may be from the computed mean before the user is told. */
	static final BigDecimal OVERALL_TOLERANCE = new BigDecimal("0.01");

	private final Catalog catalog;

	public ScoresValidator(Catalog catalog) {
		this.catalog = catalog;
	}

	public void check(List<ScoreEntry> entries, MessageLog log) {
		Map<String, ScoreEntry> firstSeen = new HashMap<>();
		Map<ScoreEntry.RoundKey, List<ScoreEntry>> byRound = new LinkedHashMap<>();
		for (ScoreEntry entry : entries) {
			String key = entry.roundKey() + "/" + (entry.isOverall() ? "overall" : entry.indicator().number());
			ScoreEntry first = firstSeen.putIfAbsent(key, entry);
			if (first != null) {
				String firstAt = first.sheet() + "!" + first.cell();
				int mark = log.size();
				boolean unitElsewhere = entry.unitCell() != null
						&& CellRefs.row(entry.unitCell()) != CellRefs.row(entry.cell());
				String thaiWhere = unitElsewhere ? " หน่วยงานของแถวนี้อ่านจากช่อง " + entry.unitCell()
						+ " ถ้าแถวนี้เป็นของหน่วยงานอื่น ให้ใส่ชื่อหน่วยงานในแถว" : "";
				String englishWhere = unitElsewhere ? "; this row's unit is read from " + entry.unitCell()
						+ ", and if the row is another unit's, write that unit's name on it" : "";
				if (entry.isOverall()) {
					log.cell(MessageCode.OVERALL_DUPLICATE, entry.sheet(), entry.cell(), entry.round(), firstAt, entry.unit(),
							String.valueOf(entry.fiscalYear()), thaiWhere, englishWhere);
				}
				else {
					log.cell(MessageCode.INDICATOR_DUPLICATE, entry.sheet(), entry.cell(), name(entry.indicator()),
							entry.round(), firstAt, entry.unit(), String.valueOf(entry.fiscalYear()), thaiWhere, englishWhere);
				}
				log.about(mark, entry.unit());
				continue;
			}
			byRound.computeIfAbsent(entry.roundKey(), k -> new ArrayList<>()).add(entry);
		}
		// A rejected cell would show up again as a missing indicator or a shifted mean: the
		// whole-round warnings wait until the cells themselves are right.
		if (!log.hasErrors()) {
			for (List<ScoreEntry> round : byRound.values()) {
				int mark = log.size();
				checkRound(round, log);
				log.about(mark, round.get(0).unit()); // a round is one unit's
			}
		}
	}

	private void checkRound(List<ScoreEntry> round, MessageLog log) {
		List<ScoreEntry> indicators = round.stream().filter(e -> !e.isOverall()).toList();
		if (indicators.isEmpty()) {
			return;
		}
		ScoreEntry first = indicators.get(0);
		// An indicator whose cell was left blank was said at that cell (SCORE_MISSING): not again here.
		Set<Integer> blank = log.notes(BlankScore.class)
			.stream()
			.filter(b -> b.unit().equals(first.unit()) && b.fiscalYear() == first.fiscalYear() && b.round() == first.round())
			.map(BlankScore::indicator)
			.collect(java.util.stream.Collectors.toSet());
		List<String> missing = catalog.indicators()
			.missingFrom(indicators.stream().map(ScoreEntry::indicator).toList())
			.stream()
			.filter(i -> !blank.contains(i.number()))
			.map(ScoresValidator::name)
			.toList();
		if (!missing.isEmpty()) {
			// The unit and year named: a workbook of many units has many rounds 1. Located at the
			// round's first score (its first row in a long table, its column in a wide one).
			log.cell(MessageCode.ROUND_INCOMPLETE, first.sheet(), first.cell(), first.unit(),
					first.fiscalYear(), first.round(), String.join(", ", missing));
		}
		decimalSlips(indicators, log);
		round.stream().filter(ScoreEntry::isOverall).findFirst().ifPresent(overall -> {
			// Across several tools the whole ITA score, weighted by tool, is what the stated overall is.
			BigDecimal mean = ItaTotal.computed(indicators, catalog.weights(), first.fiscalYear());
			BigDecimal difference = overall.score().subtract(mean).abs();
			if (difference.compareTo(OVERALL_TOLERANCE) > 0) {
				// Said how it was computed where that is not a plain mean: a trial's stated plain mean of ten
				// "differed from the overall computed from the indicators", which its sender had computed so.
				String weighting = weighting(ItaTotal.tools(indicators, catalog.weights(), first.fiscalYear()));
				log.cell(MessageCode.OVERALL_MISMATCH, overall.sheet(), overall.cell(), Scores.format(overall.score()),
						Scores.format(Scores.round(mean)), Scores.format(Scores.round(difference)),
						weighting.isEmpty() ? "" : " (คะแนน ITA รวม ถ่วงน้ำหนักตามเครื่องมือ " + weighting + ")",
						weighting.isEmpty() ? "" : " (the whole ITA score, its tools weighted " + weighting + ")");
			}
		});
	}

	/** How near ten times a score must come to the round's other indicators' median to be said. */
	static final BigDecimal SLIP_NEARNESS = new BigDecimal("15");

	/**
	 * A score under ten whose tenfold (under one, hundredfold) is near the round's other indicators
	 * ("๗.๙๓" among scores of some 80): a decimal point typed early, which no range check catches. A trial's such
	 * typo made its unit the department's lowest and its indicator the weakest across units, without
	 * a word. Said, not refused: a score can be that low.
	 */
	private static void decimalSlips(List<ScoreEntry> indicators, MessageLog log) {
		if (indicators.size() < 3) {
			return;
		}
		for (ScoreEntry entry : indicators) {
			BigDecimal score = entry.score();
			if (score.signum() <= 0 || score.compareTo(BigDecimal.TEN) >= 0) {
				continue;
			}
			List<BigDecimal> others = indicators.stream().filter(e -> e != entry).map(ScoreEntry::score).sorted().toList();
			int middle = others.size() / 2;
			BigDecimal median = others.size() % 2 == 1 ? others.get(middle)
					: others.get(middle - 1).add(others.get(middle)).divide(BigDecimal.valueOf(2));
			// Under one, a hundredfold: a share typed as a fraction in a plain cell ("0.885" in an export, a
			// holdout trial's, took a unit's trend from 84.72 to 75.96 without a word).
			BigDecimal tenfold = score.multiply(score.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.valueOf(100) : BigDecimal.TEN);
			if (tenfold.subtract(median).abs().compareTo(SLIP_NEARNESS) <= 0) {
				// As typed: 0.885 rounded to "0.89" was no longer what the cell holds.
				String typed = score.scale() > 2 ? score.stripTrailingZeros().toPlainString() : Scores.format(score);
				log.cell(MessageCode.SCORE_DECIMAL_SLIP, entry.sheet(), entry.cell(), typed,
						entry.indicator().code() + " " + entry.indicator().thai(), Scores.format(Scores.round(median)),
						Scores.format(tenfold), entry.indicator().code() + " " + entry.indicator().english());
			}
		}
	}

	/**
	 * The tools' weights as "IIT 30% EIT 30% OIT 40%", scaled to the tools present as the total is
	 * ("IIT 42.86% OIT 57.14%" without EIT), or "" for one tool's plain mean.
	 */
	private static String weighting(List<ToolScore> tools) {
		if (tools.size() < 2) {
			return "";
		}
		BigDecimal total = tools.stream().map(ToolScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		return String.join(" ", tools.stream()
			.map(t -> t.tool().name() + " " + t.weight()
				.multiply(BigDecimal.valueOf(100))
				.divide(total, 2, java.math.RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString() + "%")
			.toList());
	}

	private static String name(Indicator indicator) {
		return indicator.code() + " " + indicator.thai();
	}
}
