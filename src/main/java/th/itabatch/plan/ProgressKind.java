package th.itabatch.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.itabatch.tables.TableKind;
import th.itabatch.tables.UnitMatch;
import th.itabatch.tables.UnitNames;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;

/**
 * Progress tables: a row per activity and month. Read after the workbook's other sheets, whose
 * plan states the unit and year; matched with the plan by the ingest job once every plan of the
 * run is stored.
 */
@Component
public class ProgressKind implements TableKind<ProgressEntry> {

	public static final String NAME = "PROGRESS";

	private final ProgressTableReader reader = new ProgressTableReader();

	private final PlanRepository repository;

	private final ProgressChanges changes;

	/** Progress read on its own, no reports to tell a late month against. */
	public ProgressKind(PlanRepository repository) {
		this(repository, ReportedMonths.NONE);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public ProgressKind(PlanRepository repository, ReportedMonths reported) {
		this.repository = repository;
		// Without a store (a workbook read on its own, as tests and tools read one) there is nothing to compare with.
		this.changes = repository == null ? null : new ProgressChanges(repository, reported);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int priority() {
		return 20;
	}

	@Override
	public boolean readsAfterOthers() {
		return true;
	}

	@Override
	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return reader.locate(sheet);
	}

	@Override
	public List<ProgressEntry> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		return reader.read(sheet, defaults, log);
	}

	@Override
	public List<ProgressEntry> withRegisteredUnits(List<ProgressEntry> rows, UnitNames units, MessageLog log) {
		UnitMatch match = new UnitMatch(units, log);
		return rows.stream().map(p -> p.withUnit(match.of(p.unit(), p.sheet(), p.unitCell()))).toList();
	}

	@Override
	public void compare(List<ProgressEntry> rows, MessageLog log) {
		if (changes != null) {
			changes.check(rows, log);
		}
	}

	@Override
	public java.util.Set<String> unitsOf(List<ProgressEntry> rows) {
		return rows.stream().map(ProgressEntry::unit).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public void store(long inputId, List<ProgressEntry> rows) {
		repository.insertProgress(inputId, rows);
	}

	@Override
	public void accept(long inputId) {
		repository.acceptProgress(inputId);
	}

	@Override
	public void forget(long inputId) {
		repository.forgetProgress(inputId);
	}

	@Override
	public List<String> units(List<Long> inputIds) {
		return repository.progressUnits(inputIds);
	}

	@Override
	public List<String> unitsNamed(List<Long> inputIds) {
		return repository.progressUnitsNamed(inputIds);
	}
}
