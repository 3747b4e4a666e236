package th.itabatch.monthly;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.plan.PlanRepository;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.tables.TableKinds;

/** Loads a unit's current data, and chooses the month to report on when none is asked for. */
@Component
public class UnitDataLoader {

	private final ScoreRepository scores;

	private final PlanRepository plans;

	private final ReportMonthChooser chooser;

	private final Clock clock;

	private final TableKinds kinds;

	UnitDataLoader(ScoreRepository scores, PlanRepository plans, TableKinds kinds, Catalog catalog, Clock clock) {
		this.scores = scores;
		this.kinds = kinds;
		this.plans = plans;
		this.chooser = new ReportMonthChooser(catalog.calendar());
		this.clock = clock;
	}

	public UnitData load(String unit, int fiscalYear) {
		List<Long> inputs = new ArrayList<>(scores.currentInputs(unit));
		plans.currentPlanInput(unit, fiscalYear).ifPresent(inputs::add);
		inputs.addAll(plans.currentProgressInputs(unit, fiscalYear));
		return new UnitData(unit, fiscalYear, scores.currentScores(unit), plans.currentPlan(unit, fiscalYear).orElse(null),
				plans.currentProgress(unit, fiscalYear), inputs.stream().distinct().toList());
	}

	/**
	 * The previous calendar month, or, when the unit's data belongs to an earlier fiscal year, the
	 * latest month its progress covers (else the end of its latest scored round, else of that year).
	 */
	public YearMonth chooseMonth(String unit) {
		List<ScoreEntry> current = scores.currentScores(unit);
		Integer fiscalYear = Stream.concat(current.stream().map(ScoreEntry::fiscalYear), plans.fiscalYears(unit).stream())
			.max(Integer::compare)
			.orElse(null);
		return chooser.choose(YearMonth.now(clock).minusMonths(1), fiscalYear,
				year -> plans.currentProgress(unit, year).stream().map(ProgressEntry::month).max(Comparator.naturalOrder()),
				year -> current.stream()
					.filter(s -> s.fiscalYear() == year)
					.map(ScoreEntry::round)
					.max(Integer::compare));
	}

	/** The units with current data, or those the given inputs hold data for. */
	public List<String> units(List<Long> inputIds) {
		return kinds.units(inputIds);
	}
}
