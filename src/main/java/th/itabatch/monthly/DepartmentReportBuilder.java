package th.itabatch.monthly;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.files.ContentHash;
import th.itabatch.report.Department;
import th.itabatch.report.DepartmentProperties;
import th.itabatch.report.DepartmentReport;
import th.itabatch.report.DepartmentReportAssembler;
import th.itabatch.report.Departments;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.StandingsRepository;
import th.itabatch.report.UnitStanding;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

/** Finds the departments to report on for a month and computes their reports from the units' stored standings. */
@Component
public class DepartmentReportBuilder {

	private final UnitRegistry registry;

	private final StandingsRepository standings;

	private final DepartmentProperties properties;

	private final DepartmentReportAssembler assembler;

	private final Clock clock;

	private final ScoreRepository scores;

	private final Catalog catalog;

	DepartmentReportBuilder(UnitRegistry registry, StandingsRepository standings, ScoreRepository scores,
			Catalog catalog, ReportProperties reportProperties, DepartmentProperties properties, Clock clock) {
		this.scores = scores;
		this.catalog = catalog;
		this.registry = registry;
		this.standings = standings;
		this.properties = properties;
		this.assembler = new DepartmentReportAssembler(catalog.indicators().all(), reportProperties);
		this.clock = clock;
	}

	/**
	 * A department to report on, and what its report would be made from.
	 *
	 * @param department the department
	 * @param fingerprint its units' latest reports and inputs for the month, hashed: the same
	 *     fingerprint makes the same report
	 */
	public record Planned(Department department, String fingerprint) {
	}

	/** The departments to report on for a month (none when department reports are switched off). */
	public List<Planned> plan(YearMonth month) {
		if (!properties.enabled()) {
			return List.of();
		}
		Map<String, UnitStanding> now = standingsOf(month);
		// Nothing for the month anywhere (a register alone) is nothing to report yet. A department whose
		// own units have sent nothing is reported all the same: its office chases exactly those units.
		if (now.isEmpty()) {
			return List.of();
		}
		// Nor is a month on which no unit of the register was reported: a stray workbook of another year
		// (an unregistered unit's, FY 2564) had every department of a register of FY 2568 reported on June
		// 2564, empty, "no unit has scores yet" (a trial).
		UnitRegister register = registry.current();
		if (now.values()
			.stream()
			.noneMatch(s -> s.reportId() != null && (register.isEmpty() || register.named(s.unit()).isPresent()))) {
			return List.of();
		}
		return departments(now, month).stream().map(d -> new Planned(d, fingerprint(d, now))).toList();
	}

	/**
	 * A department's report, and the name its files go by.
	 *
	 * @param report the report
	 * @param fileKey the department's name, followed by its code when another department has the
	 *     same name (two "สำนักงานเลขานุการ" under two departments must not write over each other)
	 */
	public record Built(DepartmentReport report, String fileKey) {
	}

	/** A department's report for the month, from its units' standings as stored now. */
	public Optional<Built> build(String code, YearMonth month) {
		Map<String, UnitStanding> now = standingsOf(month);
		List<Department> all = departments(now, month);
		return all.stream()
			.filter(d -> d.code().equals(code))
			.findFirst()
			.map(d -> new Built(assembler.assemble(d, month, now, trends(d, month), LocalDate.now(clock)),
					all.stream().filter(o -> o.name().equals(d.name())).count() > 1 ? d.name() + "-" + d.code() : d.name()));
	}

	/**
	 * The units' standings of the month, read once for all the departments of a run: each of the
	 * 21 department reports of a thousand units' run read every unit's standings again. Read again
	 * when a unit's report or an input was stored since (a department's own report changes nothing of them).
	 */
	private Map<String, UnitStanding> standingsOf(YearMonth month) {
		StandingsRepository.Version version = standings.version();
		List<Object> key = List.of(month, version.reports().subList(0, 2), version.inputs());
		Read last = read;
		if (last != null && last.key().equals(key)) {
			return last.standings();
		}
		Map<String, UnitStanding> now = standings.of(month);
		read = new Read(key, now);
		return now;
	}

	private record Read(List<Object> key, Map<String, UnitStanding> standings) {
	}

	private volatile Read read;

	/** The department's units' trends as of the month, from one read of their current scores. */
	private Map<String, ScoreTrend> trends(Department department, YearMonth month) {
		Map<String, ScoreTrend> trends = new java.util.HashMap<>();
		scores.currentScoresOf(department.members().stream().map(Department.Member::name).toList())
			.forEach((unit, entries) -> trends.put(unit, ScoreTrend.of(catalog, unit, month, entries)));
		return trends;
	}

	private List<Department> departments(Map<String, UnitStanding> now, YearMonth month) {
		return Departments.of(registry.current(), properties.levels(), now.keySet(), standings.unitsWithRecentData(month),
				properties.allUnitsName());
	}

	private static String fingerprint(Department department, Map<String, UnitStanding> now) {
		StringBuilder text = new StringBuilder(department.name());
		for (Department.Member member : department.members()) {
			UnitStanding standing = now.get(member.name());
			text.append('\n').append(member.name()).append('\t').append(member.branch());
			if (standing != null) {
				text.append('\t').append(standing.reportId()).append('\t').append(standing.arrived());
			}
		}
		// The units outside the register its narrative names: one more makes another report.
		// (Those of a name several units share as such: the reports of earlier versions are not remade for nothing.)
		department.outside().forEach(unit -> text.append("\noutside\t").append(unit.name()).append('\t').append(unit.likely())
			.append(unit.shared() ? "\t" + String.join("|", unit.sharedBy()) : ""));
		return ContentHash.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
