package th.itabatch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.catalog.Indicator;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.scores.Scores;
import th.itabatch.thai.ThaiNameOrder;

/** Computes a department's monthly report from the stored standings of the units below it. */
public final class DepartmentReportAssembler {

	/** What the department's own data is called among its branches. */
	static final String OWN_DATA = " (หน่วยงานเอง)";

	private final List<Indicator> indicators;

	private final int dueDay;

	private final DepartmentNarrative narrative;

	public DepartmentReportAssembler(List<Indicator> indicators, ReportProperties properties) {
		this.indicators = List.copyOf(indicators);
		this.dueDay = properties.dueDay();
		this.narrative = new DepartmentNarrative(new ThaiFormat(properties.thaiDigits()));
	}

	/**
	 * @param department the department and its units
	 * @param month the month reported on
	 * @param standings the units' standings for the month, by unit (units absent sent nothing)
	 * @param trends the units' score trends up to the month's fiscal year, by unit
	 * @param today today, to tell a report not yet due from a missing one
	 */
	public DepartmentReport assemble(Department department, YearMonth month, Map<String, UnitStanding> standings,
			Map<String, ScoreTrend> trends, LocalDate today) {
		LocalDate due = Deadline.dueDate(month, dueDay);
		List<DepartmentReport.Row> unranked = new ArrayList<>();
		for (Department.Member member : department.members()) {
			UnitStanding standing = standings.getOrDefault(member.name(),
					UnitStanding.withoutReport(member.name(), UnitStanding.Arrivals.NONE));
			unranked.add(new DepartmentReport.Row(member, standing, null,
					ReportStatus.of(standing.reportMadeAt(), due, today)));
		}
		List<DepartmentReport.Row> rows = ranked(unranked);
		List<DepartmentReport.RollUp> branches = department.branches()
			.stream()
			.map(b -> rollUp(b.code(), b.code().equals(department.code()) ? b.name() + OWN_DATA : b.name(),
					rows.stream().filter(r -> r.member().branch().equals(b.name())).toList()))
			.toList();
		DepartmentReport.RollUp summary = rollUp(department.code(), department.name(), rows);
		List<DepartmentReport.IndicatorMean> means = indicatorMeans(rows);
		DepartmentReport draft = new DepartmentReport(department.code(), department.name(),
				FiscalCalendar.fiscalYear(month), month, due, indicators, rows, means, branches, summary,
				trend(department, trends), "");
		return draft.withNarrative(narrative.write(draft, department.outside(), today));
	}

	/** Each round any unit has scores in: the units' mean overall, oldest first. */
	private static List<DepartmentReport.TrendPoint> trend(Department department, Map<String, ScoreTrend> trends) {
		Map<RoundComparison.RoundRef, Map<String, ScoreTrend.Point>> byRound = new java.util.TreeMap<>(Comparator
			.comparingInt(RoundComparison.RoundRef::fiscalYear)
			.thenComparingInt(r -> r.round().number()));
		for (Department.Member member : department.members()) {
			ScoreTrend trend = trends.get(member.name());
			if (trend != null) {
				trend.points()
					.forEach(p -> byRound.computeIfAbsent(p.round(), k -> new java.util.LinkedHashMap<>()).put(member.name(), p));
			}
		}
		List<DepartmentReport.TrendPoint> points = new ArrayList<>();
		byRound.forEach((round, units) -> {
			ScoreTrend.Point first = units.values().iterator().next();
			Map<String, BigDecimal> overalls = new java.util.LinkedHashMap<>();
			units.forEach((unit, point) -> overalls.put(unit, point.overall()));
			points.add(new DepartmentReport.TrendPoint(round, first.label(), Scores.round(Scores.mean(List.copyOf(overalls.values()))),
					first.target(), overalls));
		});
		return points;
	}

	/** The rows by overall, highest first, ranks shared by equal scores; units without scores last, by name. */
	private static List<DepartmentReport.Row> ranked(List<DepartmentReport.Row> rows) {
		List<DepartmentReport.Row> sorted = new ArrayList<>(rows);
		Comparator<String> byName = ThaiNameOrder.of(rows.stream().map(r -> r.member().name()).toList());
		sorted.sort(Comparator
			.comparing((DepartmentReport.Row r) -> r.standing().overall(), Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(r -> r.member().name(), byName));
		List<DepartmentReport.Row> ranked = new ArrayList<>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			DepartmentReport.Row row = sorted.get(i);
			BigDecimal overall = row.standing().overall();
			if (overall == null) {
				ranked.add(row);
				continue;
			}
			if (previous == null || overall.compareTo(previous) != 0) {
				rank = i + 1;
			}
			previous = overall;
			ranked.add(new DepartmentReport.Row(row.member(), row.standing(), rank, row.status()));
		}
		return ranked;
	}

	private static DepartmentReport.RollUp rollUp(String code, String name, List<DepartmentReport.Row> rows) {
		List<BigDecimal> overalls = rows.stream().map(r -> r.standing().overall()).filter(Objects::nonNull).toList();
		int passed = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.standing().passed())).count();
		int made = (int) rows.stream().filter(r -> r.standing().reportId() != null).count();
		return new DepartmentReport.RollUp(code, name, rows.size(), overalls.size(), passed,
				overalls.isEmpty() ? null : Scores.round(Scores.mean(overalls)), made,
				names(rows, UnitStanding.Arrivals::silent), names(rows, UnitStanding.Arrivals::refused));
	}

	/** The units whose arrivals are as asked, in the names' order. */
	private static List<String> names(List<DepartmentReport.Row> rows, Predicate<UnitStanding.Arrivals> asked) {
		List<String> names = rows.stream().filter(r -> asked.test(r.standing().arrived())).map(r -> r.member().name()).toList();
		return names.stream().sorted(ThaiNameOrder.of(names)).toList();
	}

	private List<DepartmentReport.IndicatorMean> indicatorMeans(List<DepartmentReport.Row> rows) {
		List<DepartmentReport.IndicatorMean> means = new ArrayList<>();
		for (Indicator indicator : indicators) {
			List<UnitStanding.IndicatorStanding> scores = rows.stream()
				.map(r -> r.standing().indicators().get(indicator.number()))
				.filter(Objects::nonNull)
				.toList();
			if (!scores.isEmpty()) {
				// The targets the units' reports compared it with: a unit ranked on an older round has that round's.
				List<java.math.BigDecimal> targets = scores.stream()
					.map(UnitStanding.IndicatorStanding::target)
					.filter(Objects::nonNull)
					.sorted()
					.toList();
				means.add(new DepartmentReport.IndicatorMean(indicator,
						Scores.round(Scores.mean(scores.stream().map(UnitStanding.IndicatorStanding::score).toList())),
						scores.size(), (int) scores.stream().filter(UnitStanding.IndicatorStanding::passed).count(),
						targets.isEmpty() ? null : targets.get(0), targets.isEmpty() ? null : targets.get(targets.size() - 1)));
			}
		}
		means.sort(Comparator.comparing(DepartmentReport.IndicatorMean::mean)
			.thenComparingInt(m -> m.indicator().number()));
		return means;
	}
}
