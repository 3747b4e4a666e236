package th.itabatch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.Tool;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.Scores;
import th.itabatch.scores.ToolScore;

/**
 * Everything a department's monthly report says, computed from its units' stored standings.
 *
 * @param code the department's code
 * @param name the department's name
 * @param fiscalYear the fiscal year (BE) of the month
 * @param month the month reported on
 * @param dueDate the day the units' reports of the month are due in the DOC system
 * @param indicators the catalogue's indicators, the columns of the units' scores
 * @param rows every unit below it, ranked by overall (units without scores last, by name)
 * @param indicatorMeans each indicator's mean over the units with scores, lowest first
 * @param branches the roll-up of each of its direct children with units below them
 * @param summary the department's figures
 * @param trend the units' mean overall round by round, oldest first
 * @param narrative the Thai narrative
 */
public record DepartmentReport(String code, String name, int fiscalYear, YearMonth month, LocalDate dueDate,
		List<Indicator> indicators, List<Row> rows, List<IndicatorMean> indicatorMeans, List<RollUp> branches,
		RollUp summary, List<TrendPoint> trend, String narrative) {

	/**
	 * The tools a unit's scores are of (IIT, EIT, OIT): of several, its overall is the whole ITA's
	 * weighted total; of one, that tool's score alone.
	 */
	public Set<Tool> tools(UnitStanding standing) {
		Set<Tool> tools = EnumSet.noneOf(Tool.class);
		for (Indicator indicator : indicators) {
			if (standing.indicators().containsKey(indicator.number())) {
				tools.add(indicator.tool());
			}
		}
		return tools;
	}

	/**
	 * Each tool's score in a unit's latest round, as its own report gives them: the mean of the tool's
	 * indicators; none of a tool its round lacks.
	 */
	public Map<Tool, BigDecimal> toolScores(UnitStanding standing) {
		Map<Tool, List<BigDecimal>> byTool = new java.util.EnumMap<>(Tool.class);
		for (Indicator indicator : indicators) {
			UnitStanding.IndicatorStanding score = standing.indicators().get(indicator.number());
			if (score != null) {
				byTool.computeIfAbsent(indicator.tool(), t -> new java.util.ArrayList<>()).add(score.score());
			}
		}
		Map<Tool, BigDecimal> scores = new java.util.EnumMap<>(Tool.class);
		byTool.forEach((tool, list) -> scores.put(tool, ToolScore.meanOf(list)));
		return scores;
	}

	/**
	 * What a unit's overall is: "ITA", the whole ITA's weighted total, where its scores are of several
	 * tools; else the one tool's ("IIT"…); empty without scores.
	 */
	public Optional<String> basis(UnitStanding standing) {
		Set<Tool> tools = tools(standing);
		if (!standing.hasScores() || tools.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(tools.size() > 1 ? "ITA" : tools.iterator().next().name());
	}

	/**
	 * The indicator weakest across the units: the lowest mean among the indicators more than half as
	 * many units were scored on as the most. A department whose divisions have the internal survey
	 * alone and which has the whole ITA itself had its own outside-survey indicator named weakest
	 * "across all units", from one unit (a trial).
	 */
	public Optional<IndicatorMean> weakestShared() {
		return indicatorMeans.stream().filter(this::shared).findFirst();
	}

	/** Scored on more than half as many units as the indicator scored on the most. */
	private boolean shared(IndicatorMean mean) {
		return mean.units() * 2 > widestScored();
	}

	/** How many units the indicator scored on the most was scored on: the units with scores, as the means count them. */
	public int widestScored() {
		return indicatorMeans.stream().mapToInt(IndicatorMean::units).max().orElse(0);
	}

	/**
	 * The indicators as widely shared as the weakest whose mean, to the two places the report shows, is
	 * the weakest's too: named with it (a trial's two indicators lowest at 87.00, one of them named).
	 */
	public List<IndicatorMean> tiedWithWeakest() {
		return weakestShared().map(weakest -> indicatorMeans.stream()
			.filter(m -> m != weakest && shared(m) && Scores.round(m.mean()).compareTo(Scores.round(weakest.mean())) == 0)
			.toList()).orElse(List.of());
	}

	/**
	 * The indicators scored on only a few units whose mean, to the two places shown, is below the
	 * weakest shared one's and the lowest of all: every one of them, not the first (a trial's ministry
	 * named indicator 9 at 70.00 and not indicator 10, as low, of the same unit).
	 */
	public List<IndicatorMean> lowerAmongFew() {
		return weakestShared().map(weakest -> {
			BigDecimal lowest = Scores.round(indicatorMeans.get(0).mean());
			if (lowest.compareTo(Scores.round(weakest.mean())) >= 0) {
				return List.<IndicatorMean>of();
			}
			return indicatorMeans.stream().filter(m -> !shared(m) && Scores.round(m.mean()).compareTo(lowest) == 0).toList();
		}).orElse(List.of());
	}

	/** Rounds in order: fiscal year, then round. */
	static final java.util.Comparator<UnitStanding> BY_ROUND = java.util.Comparator.comparing(UnitStanding::fiscalYear)
		.thenComparing(UnitStanding::round);

	/** The units' scored standings of the latest round any of them has, one of them; empty without scores. */
	public Optional<UnitStanding> latestScored() {
		return rows.stream()
			.map(Row::standing)
			.filter(s -> s.overall() != null && s.fiscalYear() != null && s.round() != null)
			.max(BY_ROUND);
	}

	/**
	 * Whether a unit is ranked on an older round than the latest any unit has (its newest scores are of
	 * the round or year before): its pass is by that round's target, which the page and report say.
	 */
	public boolean onOlderRound(UnitStanding standing) {
		return standing.overall() != null && standing.fiscalYear() != null && standing.round() != null
				&& latestScored().map(latest -> BY_ROUND.compare(standing, latest) < 0).orElse(false);
	}

	/** The same report with its narrative written. */
	public DepartmentReport withNarrative(String text) {
		return new DepartmentReport(code, name, fiscalYear, month, dueDate, indicators, rows, indicatorMeans, branches,
				summary, trend, text);
	}

	/**
	 * A unit in the department's report.
	 *
	 * @param member where it stands in the department
	 * @param standing its standing for the month
	 * @param rank its rank by overall among the units with scores (1 = highest; equal scores share a
	 *     rank), or {@code null} without scores
	 * @param status whether its monthly report exists by the due date
	 */
	public record Row(Department.Member member, UnitStanding standing, Integer rank, ReportStatus status) {
	}

	/**
	 * A round of the department's trend: its units' mean overall.
	 *
	 * @param round the fiscal year and round
	 * @param label "ปีงบ 2564 รอบ 1"
	 * @param mean the mean overall of the units with scores in the round
	 * @param target the round's target
	 * @param overalls each unit's overall in the round, by name
	 */
	public record TrendPoint(RoundComparison.RoundRef round, String label, BigDecimal mean, BigDecimal target,
			Map<String, BigDecimal> overalls) {

		public TrendPoint {
			overalls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overalls));
		}

		/** How many units have scores in the round. */
		public int units() {
			return overalls.size();
		}
	}

	/**
	 * An indicator's mean over the units with scores for it.
	 *
	 * @param indicator the indicator
	 * @param mean the mean of the units' scores
	 * @param units how many units have a score for it
	 * @param passed how many of those reach the target their report compared it with
	 * @param lowestTarget the lowest of those targets, or {@code null} where none had one
	 * @param highestTarget the highest of them, or {@code null}
	 */
	public record IndicatorMean(Indicator indicator, BigDecimal mean, int units, int passed, BigDecimal lowestTarget,
			BigDecimal highestTarget) {

		/** The target, when it is the same for all of them, else {@code null}. */
		public BigDecimal target() {
			return lowestTarget != null && lowestTarget.compareTo(highestTarget) == 0 ? lowestTarget : null;
		}
	}

	/**
	 * The figures of a group of units: the department, or one of its branches.
	 *
	 * @param code the group's code
	 * @param name the group's name
	 * @param units how many units it has
	 * @param scored how many have scores
	 * @param passed how many pass their round's target
	 * @param mean the mean overall of those with scores, or {@code null}
	 * @param reportsMade how many have their monthly report made
	 * @param silent the units that sent nothing for the month (no scores, plan or progress, nor a
	 *     workbook refused)
	 * @param refused the units whose workbook was refused for its errors, holding what they still lack
	 */
	public record RollUp(String code, String name, int units, int scored, int passed, BigDecimal mean, int reportsMade,
			List<String> silent, List<String> refused) {

		public RollUp {
			silent = List.copyOf(silent);
			refused = List.copyOf(refused);
		}
	}
}
