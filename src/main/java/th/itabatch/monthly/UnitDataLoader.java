package th.itabatch.monthly;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.inputs.InputRepository;
import th.itabatch.plan.PlanRepository;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.tables.TableKinds;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

/** Loads a unit's current data, and chooses the month to report on when none is asked for. */
@Component
public class UnitDataLoader {

	private final ScoreRepository scores;

	private final PlanRepository plans;

	private static final BinaryOperator<YearMonth> FIRST = BinaryOperator.minBy(Comparator.naturalOrder());

	private final ReportMonthChooser chooser;

	private final FiscalCalendar calendar;

	private final Clock clock;

	private final TableKinds kinds;

	private final UnitRegistry registry;

	private final InputRepository stored;

	UnitDataLoader(ScoreRepository scores, PlanRepository plans, TableKinds kinds, Catalog catalog, Clock clock,
			UnitRegistry registry, InputRepository stored) {
		this.registry = registry;
		this.stored = stored;
		this.scores = scores;
		this.kinds = kinds;
		this.plans = plans;
		this.calendar = catalog.calendar();
		this.chooser = new ReportMonthChooser(calendar);
		this.clock = clock;
	}

	public UnitData load(String unit, int fiscalYear) {
		List<Long> inputs = new ArrayList<>();
		// An input's first month is the earliest its data count from; one it holds for every month has none.
		Map<Long, YearMonth> firstUsed = new HashMap<>();
		Set<Long> always = new HashSet<>();
		for (ScoreRepository.RoundSource source : scores.currentSources(unit)) {
			inputs.add(source.inputId());
			calendar.round(source.round())
				.map(round -> calendar.resultsKnown(source.fiscalYear(), round))
				.ifPresentOrElse(known -> firstUsed.merge(source.inputId(), known, FIRST),
						() -> always.add(source.inputId()));
		}
		plans.currentPlanInput(unit, fiscalYear).ifPresent(plan -> {
			inputs.add(plan);
			always.add(plan);
		});
		plans.currentProgressInputs(unit, fiscalYear).forEach((input, month) -> {
			inputs.add(input);
			firstUsed.merge(input, month, FIRST);
		});
		always.forEach(firstUsed::remove);
		List<Long> ids = inputs.stream().distinct().toList();
		return new UnitData(unit, fiscalYear, scores.currentScores(unit), plans.currentPlan(unit, fiscalYear).orElse(null),
				plans.currentProgress(unit, fiscalYear), ids, firstUsed, stored.lastReading(ids), refused(unit, fiscalYear, ids));
	}

	/**
	 * The workbooks naming the unit refused since its fiscal year began that it has still to mend, the
	 * inputs in use being these: what its report, and its page, give first.
	 */
	public List<Long> refused(String unit, int fiscalYear, List<Long> inUse) {
		return stored.refusedToMend(unit, FiscalCalendar.firstMonth(fiscalYear).atDay(1).atStartOfDay(), inUse);
	}

	/**
	 * The month a run reports on a unit when none is asked for: the previous calendar month, or,
	 * when the latest data belong to an earlier fiscal year, the month that year's data reach across
	 * all units (the latest month of its progress, else the end of its latest scored round, else of
	 * the year). Chosen from the stored data, not from the run's units, so a run of one unit chooses
	 * the month a run of all of them does. The latest data are the unit's own, except that the units
	 * of the register take their year together: a department's units land in one department report
	 * (units whose progress ended in June and July were reported on June and July; a division whose
	 * newest scores were of the year before was reported on that year's month and left out of its
	 * department's report). Units outside the register keep their own year: a stray workbook of
	 * another year moves no registered unit's month.
	 */
	public Map<String, YearMonth> chooseMonths(List<String> units) {
		YearMonth previous = YearMonth.now(clock).minusMonths(1);
		Map<String, Integer> latestYears = new HashMap<>(scores.latestFiscalYears());
		plans.latestFiscalYears().forEach((unit, year) -> latestYears.merge(unit, year, Math::max));
		UnitRegister register = registry.current();
		Integer registeredYear = latestYears.entrySet()
			.stream()
			.filter(e -> register.named(e.getKey()).isPresent())
			.map(Map.Entry::getValue)
			.max(Integer::compare)
			.orElse(null);
		Map<Integer, YearMonth> byYear = new HashMap<>();
		Map<String, YearMonth> months = new LinkedHashMap<>();
		for (String unit : units) {
			Integer year = registeredYear != null && register.named(unit).isPresent() ? registeredYear
					: latestYears.get(unit);
			months.put(unit, year == null ? previous : byYear.computeIfAbsent(year,
					y -> chooser.choose(previous, y, plans::latestProgressMonth, scores::latestRound)));
		}
		return months;
	}

	/**
	 * The month a run of every unit with data reports most of them on when none is asked for (the
	 * latest such month where as many units have another): what the pages follow where no report is
	 * due now, so a run asked for an earlier month, of one unit, does not move them (a trial's "run
	 * now" of one unit for July turned a department reported on August to July). Empty without data.
	 */
	public Optional<YearMonth> monthOfData() {
		Set<String> withData = new TreeSet<>(scores.latestFiscalYears().keySet());
		withData.addAll(plans.latestFiscalYears().keySet());
		Map<YearMonth, Long> units = chooseMonths(List.copyOf(withData)).values()
			.stream()
			.collect(Collectors.groupingBy(month -> month, Collectors.counting()));
		return units.entrySet()
			.stream()
			.max(Map.Entry.<YearMonth, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey);
	}

	/** The month a run of this unit alone reports on when none is asked for: as {@link #chooseMonths}. */
	public YearMonth chooseMonth(String unit) {
		return chooseMonths(List.of(unit)).get(unit);
	}

	/** The units with current data, or those the given inputs hold data for. */
	public List<String> units(List<Long> inputIds) {
		return kinds.units(inputIds);
	}
}
