package th.itabatch.scores;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.tables.TableKind;
import th.itabatch.tables.UnitMatch;
import th.itabatch.tables.UnitNames;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;

/** Scores tables, wide or long: read, checked across the workbook, stored. */
@Component
public class ScoresKind implements TableKind<ScoreEntry> {

	public static final String NAME = "SCORES";

	private final ScoresTableReader reader;

	private final ScoresValidator validator;

	private final ScoreRepository repository;

	private final ScoreChanges changes;

	public ScoresKind(Catalog catalog, ScoreRepository repository) {
		this.reader = new ScoresTableReader(catalog);
		this.validator = new ScoresValidator(catalog);
		this.repository = repository;
		this.changes = repository == null ? null : new ScoreChanges(repository);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int priority() {
		return 30;
	}

	@Override
	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return reader.locate(sheet);
	}

	@Override
	public List<ScoreEntry> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		return reader.read(sheet, defaults, log);
	}

	@Override
	public java.util.Set<String> unitsOf(List<ScoreEntry> rows) {
		return rows.stream().map(ScoreEntry::unit).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public Optional<InputDefaults> stated(List<ScoreEntry> rows) {
		return rows.stream().findFirst().map(s -> new InputDefaults(s.unit(), s.fiscalYear()));
	}

	@Override
	public void check(List<ScoreEntry> rows, MessageLog log) {
		validator.check(rows, log);
	}

	@Override
	public List<ScoreEntry> withRegisteredUnits(List<ScoreEntry> rows, UnitNames units, MessageLog log) {
		UnitMatch match = new UnitMatch(units, log);
		log.replaceNotes(BlankScore.class, blank -> blank.withUnit(units.canonical(blank.unit()).orElse(blank.unit())));
		return rows.stream().map(s -> s.withUnit(match.of(s.unit(), s.sheet(), s.unitLocation()))).toList();
	}

	@Override
	public void store(long inputId, List<ScoreEntry> rows) {
		repository.insert(inputId, rows);
	}

	@Override
	public void compareOnAccepting(long inputId, MessageLog log) {
		if (changes != null) {
			changes.check(inputId, log);
		}
	}

	@Override
	public void accept(long inputId) {
		repository.accept(inputId);
	}

	@Override
	public void forget(long inputId) {
		repository.forget(inputId);
	}

	@Override
	public List<String> units(List<Long> inputIds) {
		return repository.units(inputIds);
	}

	@Override
	public List<String> unitsNamed(List<Long> inputIds) {
		return repository.unitsNamed(inputIds);
	}
}
