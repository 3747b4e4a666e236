package th.itabatch.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Workbook;

import th.itabatch.files.ContentHash;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.UnreadableWorkbookException;
import th.itabatch.workbook.WorkbookLimits;
import th.itabatch.workbook.WorkbookOpener;

/**
 * Reads a whole input workbook: finds in each visible sheet the table it holds (whichever kind
 * recognises its header best), reads it and checks it. The unit and fiscal year one sheet states
 * serve the other sheets of the workbook that state none.
 */
public final class WorkbookContentReader {

	private final List<TableKind<?>> kinds;

	private final InputDefaults configured;

	private final WorkbookLimits limits;

	private final UnitNames units;

	/** A reader within the default limits, with no register of units. */
	public WorkbookContentReader(List<? extends TableKind<?>> kinds, InputDefaults configured) {
		this(kinds, configured, WorkbookLimits.DEFAULTS, UnitNames.NONE);
	}

	/**
	 * @param kinds the kinds of table a sheet may hold
	 * @param configured the unit and fiscal year of a workbook that states none
	 * @param limits what a workbook must keep before it is opened
	 * @param units the register the units the workbook names are matched to
	 */
	public WorkbookContentReader(List<? extends TableKind<?>> kinds, InputDefaults configured, WorkbookLimits limits,
			UnitNames units) {
		this.limits = limits;
		this.units = units;
		List<TableKind<?>> sorted = new ArrayList<>(kinds);
		sorted.sort(Comparator.comparingInt(TableKind::priority));
		this.kinds = List.copyOf(sorted);
		this.configured = configured.withUnits(units);
	}

	public WorkbookContent read(String fileName, byte[] bytes) {
		MessageLog log = new MessageLog(fileName);
		Map<TableKind<?>, List<Object>> rows = new LinkedHashMap<>();
		boolean readWhole = false;
		try (Workbook workbook = WorkbookOpener.open(bytes, limits)) {
			List<Located> later = new ArrayList<>();
			// Without a register, the unit configured for a division's own workbooks comes before a guess from
			// a file's name ("… ส่ง กองแผนงาน.xlsx" names the office it is sent to; a review).
			InputDefaults assumed = units.isEmpty() && configured.unit() != null ? configured
					: units.namedInFile(fileName).map(InputDefaults::fromFileName)
						.map(byName -> byName.orElse(configured))
						.orElse(configured);
			InputDefaults found = InputDefaults.none();
			boolean anyTable = false;
			boolean anyCell = false;
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				anyCell |= workbook.getSheetAt(i).getPhysicalNumberOfRows() > 0;
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					continue; // helper sheets people hide are not tables to report on
				}
				SheetReader sheet = new SheetReader(workbook.getSheetAt(i));
				Optional<TableKind<?>> kind = kindOf(sheet);
				if (kind.isEmpty()) {
					continue;
				}
				anyTable = true;
				if (kind.get().readsAfterOthers()) {
					later.add(new Located(sheet, kind.get()));
					continue;
				}
				found = found.orElse(read(kind.get(), sheet, found.orElse(assumed), log, rows));
			}
			for (Located sheet : later) {
				read(sheet.kind(), sheet.sheet(), found.orElse(assumed), log, rows);
			}
			if (!anyTable) {
				// A workbook saved with nothing in it said "no table was found" as if its table were misnamed (a trial).
				log.file(anyCell ? MessageCode.NO_TABLE : MessageCode.WORKBOOK_EMPTY);
			}
			readWhole = true;
		}
		catch (UnreadableWorkbookException ex) {
			log.unreadable(ex);
		}
		catch (IOException ex) {
			log.file(MessageCode.FILE_CORRUPT, ex.getMessage());
		}
		if (units.isEmpty() && configured.unit() != null
				&& log.messages().stream().anyMatch(m -> m.code().equals(MessageCode.UNIT_FROM_CONFIGURATION.name()))) {
			// The file's name gives another unit, which a workbook of no register's does not take (a review).
			units.namedInFile(fileName)
				.filter(named -> !ThaiText.compactKey(named).equals(ThaiText.compactKey(configured.unit())))
				.ifPresent(named -> log.file(MessageCode.UNIT_FILE_NAME_NOT_USED, named, configured.unit()));
		}
		List<Table<?>> tables = new ArrayList<>();
		boolean checked = readWhole;
		rows.forEach((kind, read) -> tables.add(table(kind, read, units, log, checked)));
		if (!units.isEmpty()) {
			log.renameUnits(typed -> units.canonical(typed).orElse(typed));
		}
		if (log.hasErrors()) {
			// A refused workbook of one unit's data is that unit's: its department report said the unit had
			// sent no scores where its scores workbook was refused (a trial).
			// The tables' rows bear the register's names, as the messages now do: "กค." and กองคลัง are one unit.
			Set<String> named = tables.stream().flatMap(WorkbookContentReader::unitsOf)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			if (named.size() == 1) {
				log.about(0, named.iterator().next());
			}
			else {
				// Of several units' rows, each unit no message names is told of too, so that its department
				// report does not say it sent nothing (a retrial's refused planning office workbook).
				Set<String> mentioned = log.messages().stream().map(Message::unit).filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet());
				named.stream().filter(unit -> !mentioned.contains(unit)).forEach(unit -> {
					int mark = log.size();
					log.file(MessageCode.WORKBOOK_REFUSED_UNIT, unit);
					log.about(mark, unit);
				});
			}
		}
		return new WorkbookContent(fileName, ContentHash.sha256(bytes), bytes.length, List.copyOf(tables), log.messages(),
				null);
	}

	/**
	 * The registered unit a file's name names, its words apart at "_" and "-" as people name files
	 * ("ITA_กลุ่มงานระบบสารสนเทศ_ศทส.xlsx"): a unit's own workbook named for it and nowhere inside was
	 * refused for naming no unit, and its department report said it sent nothing (a trial).
	 */
	private static <T> java.util.stream.Stream<String> unitsOf(Table<T> table) {
		return table.kind().unitsOf(table.rows()).stream();
	}

	/** Reads one sheet with its kind; returns the unit and year its rows state, to serve other sheets. */
	@SuppressWarnings("unchecked")
	private static <T> InputDefaults read(TableKind<T> kind, SheetReader sheet, InputDefaults defaults, MessageLog log,
			Map<TableKind<?>, List<Object>> rows) {
		List<T> read = kind.read(sheet, defaults, log);
		((List<T>) (List<?>) rows.computeIfAbsent(kind, k -> new ArrayList<>())).addAll(read);
		return kind.stated(read).orElse(InputDefaults.none());
	}

	/**
	 * The kind's rows with their units as the register names them, checked across the workbook and
	 * compared with earlier inputs. Checked once named: "กค." and "กองคลัง" in one workbook are one
	 * unit's rows, whose round is whole or lacks an indicator together, and whose messages name it
	 * as registered (a trial's warning said "ตสน." of a round).
	 */
	@SuppressWarnings("unchecked")
	private static <T> Table<T> table(TableKind<T> kind, List<Object> rows, UnitNames units, MessageLog log,
			boolean readWhole) {
		List<T> read = (List<T>) rows;
		List<T> named = units.isEmpty() ? read : kind.withRegisteredUnits(read, units, log);
		// A workbook that broke off part-way is refused for that: its rows read so far are not checked.
		if (readWhole) {
			kind.check(named, log);
		}
		kind.compare(named, log);
		return new Table<>(kind, List.copyOf(named));
	}

	/** The kind whose header the sheet matches best; on a tie, the kind of lower priority number. */
	private Optional<TableKind<?>> kindOf(SheetReader sheet) {
		TableKind<?> best = null;
		int bestQuality = 0;
		for (TableKind<?> kind : kinds) {
			Optional<HeaderFinder.Found<?>> found = kind.locate(sheet);
			// kinds are in priority order: a later kind wins only with a better header
			if (found.isPresent() && found.get().quality() > bestQuality) {
				best = kind;
				bestQuality = found.get().quality();
			}
		}
		return Optional.ofNullable(best);
	}

	private record Located(SheetReader sheet, TableKind<?> kind) {
	}
}
