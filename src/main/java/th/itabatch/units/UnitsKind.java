package th.itabatch.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.IndicatorCatalog;
import th.itabatch.tables.TableKind;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableRows;
import th.itabatch.workbook.TableShape;

/**
 * Register workbooks: a row per unit with its code, name, other names (several, separated by commas
 * or on the rows below), parent and kind. A list without codes (a name and its parent, as a planning
 * office may keep it) codes each unit by its name, a name met twice by the name with its parent. The
 * latest accepted register is the current one; it makes no report of its own.
 */
@Component
public class UnitsKind implements TableKind<RegisteredUnit> {

	public static final String NAME = "UNITS";

	static final ColumnAliases CODE = ColumnAliases.of("รหัส", "รหัสหน่วยงาน", "รหัสส่วนราชการ", "รหัสหน่วย", "code",
			"unit code");

	static final ColumnAliases UNIT_NAME = ColumnAliases.of("ชื่อหน่วยงาน", "หน่วยงาน", "ชื่อ",
			// The official word for a government body, as a department's own lists head the column.
			"ชื่อส่วนราชการ", "ส่วนราชการ", "ชื่อหน่วยงานภาษาไทย", "ชื่อภาษาไทย", "name", "unit name");

	// "Alias" and "Abbreviation" as a trial's English register headed them: the column was ignored, its names unknown.
	static final ColumnAliases ALIASES = ColumnAliases.of("ชื่อย่อ", "ชื่ออื่น", "ชื่อย่อ/ชื่ออื่น", "ชื่อย่อหน่วยงาน", "ชื่อย่อส่วนราชการ",
			"อักษรย่อ", "ตัวย่อ", "aliases",
			"alias", "other names", "other name", "short name", "short names", "abbreviation", "abbreviations");

	/** A unit's name in English, typed in inputs as often as its Thai one: another of its names. */
	static final ColumnAliases ENGLISH_NAME = ColumnAliases.of("ชื่อภาษาอังกฤษ", "ชื่อหน่วยงานภาษาอังกฤษ", "ชื่อ (ภาษาอังกฤษ)",
			"ชื่อหน่วยงาน (ภาษาอังกฤษ)", "ชื่อส่วนราชการภาษาอังกฤษ", "english name", "name in english", "name (english)", "english");

	static final ColumnAliases PARENT = ColumnAliases.of("สังกัด", "หน่วยงานต้นสังกัด", "ต้นสังกัด", "parent",
			"parent unit", "reports to");

	static final ColumnAliases KIND = ColumnAliases.of("ประเภท", "ประเภทหน่วยงาน", "ประเภทส่วนราชการ", "ระดับหน่วยงาน",
			"kind", "type");

	/**
	 * Which column holds what; -1 for a column the register has not.
	 *
	 * @param code the code column
	 * @param name the name column
	 * @param aliases the other names column
	 * @param englishName the English name column, more other names
	 * @param parent the parent column
	 * @param kind the kind column
	 */
	record Layout(int code, int name, int aliases, int englishName, int parent, int kind) {
	}

	private static final TableShape<Layout> SHAPE = new TableShape<>() {

		@Override
		public Optional<Layout> recognise(Header header, SheetReader sheet) {
			Layout layout = new Layout(header.column(CODE), header.column(UNIT_NAME), header.column(ALIASES),
					header.column(ENGLISH_NAME), header.column(PARENT), header.column(KIND));
			// Without codes, a parent column and other names or kinds say the table is a register: "หน่วยงาน"
			// and "สังกัด" head contact lists and results too, which would replace the register in use.
			boolean codeLess = layout.parent() >= 0 && (layout.aliases() >= 0 || layout.kind() >= 0);
			return layout.name() < 0 || layout.code() < 0 && !codeLess ? Optional.empty() : Optional.of(layout);
		}

		@Override
		public int quality(Layout layout) {
			return 2 + (layout.aliases() >= 0 ? 1 : 0) + (layout.parent() >= 0 ? 1 : 0) + (layout.kind() >= 0 ? 1 : 0);
		}
	};

	private final UnitRepository repository;

	private final UnitRegistry registry;

	UnitsKind(UnitRepository repository, UnitRegistry registry) {
		this.repository = repository;
		this.registry = registry;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int priority() {
		return 40;
	}

	@Override
	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return HeaderFinder.find(sheet, SHAPE).map(found -> found);
	}

	@Override
	public List<RegisteredUnit> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		HeaderFinder.Found<Layout> found = HeaderFinder.find(sheet, SHAPE).orElseThrow();
		Layout layout = found.layout();
		List<RegisteredUnit> units = new ArrayList<>();
		// A unit's own cell: its code's, or its name's in a register without codes.
		int key = layout.code() >= 0 ? layout.code() : layout.name();
		TableRows table = TableRows.below(sheet, found.header());
		for (TableRows.Row row : table) {
			String code = row.text(key);
			String name = row.text(layout.name());
			List<String> aliases = new ArrayList<>(UnitRegister.names(row.text(layout.aliases())));
			// The English name whole ("Division of Research, Development and Innovation" is one name), "-" none.
			String english = row.optional(layout.englishName());
			if (english != null && !aliases.contains(english)) {
				aliases.add(english);
			}
			String parent = row.optional(layout.parent());
			// A totals row ("รวม | 6 หน่วยงาน") under the list is no unit: it was registered as one (a trial).
			if (IndicatorCatalog.isOverall(code) || IndicatorCatalog.isOverall(name)) {
				continue;
			}
			if (layout.code() >= 0 && !code.isEmpty() && name.isEmpty()) {
				// A code without a name made a unit with a blank name, a blank row in the department's reports.
				log.cell(MessageCode.REGISTER_NAME_MISSING, sheet.name(), row.ref(layout.name()), code);
				continue;
			}
			if (layout.code() < 0 && !units.isEmpty() && parent == null && aliases.isEmpty()
					&& row.optional(layout.kind()) == null) {
				continue; // below the top unit, a name alone is a heading ("หน่วยงานระดับกอง")
			}
			if (code.isEmpty() && name.isEmpty()) {
				if (!units.isEmpty() && !aliases.isEmpty()) {
					// Other names on the rows below a unit belong to it.
					RegisteredUnit above = units.remove(units.size() - 1);
					List<String> all = new ArrayList<>(above.aliases());
					all.addAll(aliases);
					units.add(new RegisteredUnit(above.code(), above.name(), all, above.parent(), above.kind(),
							above.sheet(), above.cell(), above.parentCell()));
				}
				continue;
			}
			if (code.isEmpty()) {
				// A named unit whose code was left blank, not its neighbour's other name (a trial's "กกง." went
				// to the unit above and its reports with it); a name alone, a heading ("หน่วยงานระดับกอง").
				if (parent == null && aliases.isEmpty()) {
					continue;
				}
				code = name;
				log.cell(MessageCode.REGISTER_CODE_MISSING, sheet.name(), row.ref(key), name);
			}
			units.add(new RegisteredUnit(code, name, aliases, parent, row.optional(layout.kind()), sheet.name(),
					row.ref(key), layout.parent() >= 0 ? row.ref(layout.parent()) : null));
		}
		log.hiddenRowsRead(sheet.name(), table.hiddenRead());
		if (layout.code() >= 0) {
			sayRenamed(units, log);
			return units;
		}
		return codedByName(units);
	}

	/**
	 * Says where the new register gives a code of the register in use another name and does not keep
	 * the old one as another name: a renamed unit's data sent under its old name are then no longer
	 * its own (a trial's renamed division "sent nothing", its old name a unit outside the register),
	 * while a code given to another unit (a reorganisation) must not take the old unit's data, so the
	 * register does not decide it: the user does, by the other name.
	 */
	private void sayRenamed(List<RegisteredUnit> units, MessageLog log) {
		UnitRegister before = registry == null ? null : registry.current();
		if (before == null || before.isEmpty()) {
			return;
		}
		UnitRegister after = new UnitRegister(units);
		for (RegisteredUnit unit : units) {
			// The unit of this very code in the register in use (found by its index, not a walk of its thousand units).
			before.find(unit.code())
				.filter(old -> ThaiText.compactKey(old.code()).equals(ThaiText.compactKey(unit.code())))
				// Unless the old name is still a unit's name, code or other name in the new register.
				.filter(old -> after.find(old.name()).isEmpty() && after.sharing(old.name()).isEmpty())
				.ifPresent(old -> log.cell(MessageCode.REGISTER_RENAMED, unit.sheet(), unit.cell(), unit.code(), old.name(),
						unit.name()));
		}
	}

	/**
	 * Units without codes coded by their names; a name met twice (a "กลุ่มงานบริหารทั่วไป" under each
	 * division) by the name with its parent, as the register names such units apart.
	 */
	private static List<RegisteredUnit> codedByName(List<RegisteredUnit> units) {
		java.util.Map<String, Long> names = units.stream()
			.collect(java.util.stream.Collectors.groupingBy(u -> ThaiText.compactKey(u.name()),
					java.util.stream.Collectors.counting()));
		return units.stream()
			.map(u -> names.get(ThaiText.compactKey(u.name())) == 1 || u.parent() == null ? u
					: new RegisteredUnit(u.name() + " (" + u.parent() + ")", u.name(), u.aliases(), u.parent(), u.kind(),
							u.sheet(), u.cell(), u.parentCell()))
			.toList();
	}

	@Override
	public void check(List<RegisteredUnit> rows, MessageLog log) {
		UnitRegister.check(rows, log);
	}

	@Override
	public void store(long inputId, List<RegisteredUnit> rows) {
		repository.insert(inputId, rows);
	}

	@Override
	public void accept(long inputId) {
		repository.accept(inputId);
	}

	@Override
	public void forget(long inputId) {
		repository.forget(inputId);
	}

	/** A register names units but holds no data of theirs: it makes no report. */
	@Override
	public List<String> units(List<Long> inputIds) {
		return List.of();
	}

	@Override
	public List<String> unitsNamed(List<Long> inputIds) {
		return List.of();
	}
}
