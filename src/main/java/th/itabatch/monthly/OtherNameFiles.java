package th.itabatch.monthly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.itabatch.report.ReportRepository;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

/**
 * Takes out of the output folder the documents a unit's month was reported in under another of its
 * names (a misspelling or an old name the register now gives it, or the name as typed before the
 * register named it), or under file names of its own that
 * are not those of its latest report, once the month is reported again: a trial's output folder held
 * both, the same scores as two units'. Only the
 * folder this run writes to is touched ({@link RetiredCopies}), only for names the register gives this
 * unit and no other.
 */
@Component
class OtherNameFiles {

	private final UnitRegistry registry;

	private final ReportRepository reports;

	private final Clock clock;

	private volatile Strays strays;

	OtherNameFiles(UnitRegistry registry, ReportRepository reports, Clock clock) {
		this.registry = registry;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The names the month was reported under that are no registered unit's name, kept for
	 * {@link #STRAY_NAMES_KEPT} with the register: asked by every unit's job, the month's names (a
	 * thousand units' at a department) were read a thousand times a run. Names reported since are
	 * those of this run's units, the register's or outside it, never one it finds as a registered unit.
	 */
	private Set<String> strayNames(UnitRegister register, YearMonth month) {
		Strays kept = strays;
		Instant now = clock.instant();
		if (kept == null || kept.register() != register || !kept.month().equals(month)
				|| kept.at().plus(STRAY_NAMES_KEPT).isBefore(now)) {
			Set<String> registered = register.units().stream().map(RegisteredUnit::name).collect(Collectors.toSet());
			Set<String> stray = reports.unitsReported(month).stream().filter(name -> !registered.contains(name))
				.collect(Collectors.toUnmodifiableSet());
			kept = new Strays(register, month, now, stray);
			strays = kept;
		}
		return kept.names();
	}

	/** How long the month's stray names are kept: within one run. */
	static final Duration STRAY_NAMES_KEPT = Duration.ofSeconds(30);

	private record Strays(UnitRegister register, YearMonth month, Instant at, Set<String> names) {
	}

	/**
	 * Removes from {@code outputDir} the month's documents under the unit's other names, and those it
	 * was written in under an earlier file name of its own (the naming of files changed: "สำนักงานเขต-1-3b9e6334"
	 * is "สำนักงานเขต 1" now), keeping {@code written}.
	 */
	void retire(String unit, YearMonth month, Path outputDir, List<ReportRepository.Document> written) {
		UnitRegister register = registry.current();
		List<String> names = new ArrayList<>(List.of(unit));
		Optional<RegisteredUnit> registered = register.named(unit);
		if (registered.isPresent()) {
			// The unit's other names that are no other unit's (an other name given to two units, or another
			// unit's name or code, is left alone), as its reports were stored under them.
			registered.get().aliases().stream()
				.filter(name -> register.otherNameOf(name).map(RegisteredUnit::name).filter(unit::equals).isPresent())
				.forEach(names::add);
			// And the names the month was reported under before the register gave the unit its own, which
			// the register finds as this unit once normalised: a trial's "กลุ่มงานยุทธศาสตร์" stayed beside
			// the register's "กลุ่มงาน ยุทธศาสตร์", two reports of one unit's month.
			strayNames(register, month).stream()
				.filter(name -> !names.contains(name) && register.find(name).map(RegisteredUnit::name).filter(unit::equals).isPresent())
				.forEach(names::add);
		}
		List<ReportRepository.Document> retired = reports.documents(reports.of(names, month)).values().stream()
			.flatMap(List::stream)
			.toList();
		RetiredCopies.retire(outputDir, retired, written.stream().map(ReportRepository.Document::file).toList(),
				month + ": " + unit + "'s report of the month is written under its registered name and its file names now");
	}
}
