package th.itabatch.workbook;

import java.util.Optional;

/**
 * The one resolver of which unit and fiscal year a table belongs to, trying in order: a column of
 * the table (read per row by the reader), a labelled cell above the table ("หน่วยงาน: กองคลัง",
 * "ปีงบประมาณ 2564"), a title row naming a registered unit or worded as a unit's name ("แผนปฏิบัติการ …
 * กองคลัง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"), what the
 * table's own headers state (round or month headers with a year), another sheet's, the file's name (a
 * registered unit's name in it), and last the configuration.
 */
public final class UnitAndYear {

	/** Where a unit or fiscal year was found. */
	public enum Source {

		LABEL, TITLE, TABLE,

		/** Another sheet of the same workbook. */
		WORKBOOK,

		/** The workbook's file name, naming a registered unit where no sheet does. */
		FILE_NAME,

		CONFIGURATION

	}

	/**
	 * A resolved value and where it came from.
	 *
	 * @param value the unit or fiscal year
	 * @param source where it was found
	 * @param cell the A1 reference of the cell it was read from, or {@code null} (the configuration)
	 * @param <T> its type
	 */
	public record Resolved<T>(T value, Source source, String cell) {

		/** A value not read from a cell of this sheet. */
		public Resolved(T value, Source source) {
			this(value, source, null);
		}
	}

	private UnitAndYear() {
	}

	/** The unit of the table above {@code headerRow}, before any unit column is read. */
	public static Optional<Resolved<String>> unit(SheetReader sheet, int headerRow, InputDefaults defaults) {
		return SheetLabels.find(sheet, headerRow, CommonColumns.UNIT)
			.map(label -> new Resolved<>(CommonColumns.withoutYearStated(label.value()), Source.LABEL, label.cell()))
			.filter(label -> !label.value().isEmpty())
			// A registered name or short name in a title first: "… พ.ศ. ๒๕๖๕ สพต." names no unit by its wording.
			.or(() -> SheetLabels.scan(sheet, headerRow, defaults.units()::namedIn)
				.map(found -> new Resolved<>(found.value(), Source.TITLE, found.cell())))
			.or(() -> SheetLabels.scan(sheet, headerRow, CommonColumns::unitInTitle)
				.map(found -> new Resolved<>(found.value(), Source.TITLE, found.cell())))
			// The configured unit's name in a title, run into its words ("…ให้กับบุคลากรกองคลัง", the shipped
			// example's): the file names its unit, and a warning that it names none would be untrue.
			.or(() -> SheetLabels.scan(sheet, headerRow, UnitFinder.runInto(defaults.unit())::namedIn)
				.map(found -> new Resolved<>(found.value(), Source.TITLE, found.cell())))
			.or(() -> Optional.ofNullable(defaults.unit()).map(unit -> new Resolved<>(unit, defaults.unitSource())));
	}

	/**
	 * The fiscal year of the table above {@code headerRow}, before any fiscal-year column is read.
	 *
	 * @param fromTable what the table's own headers state, tried after the rows above it
	 */
	public static Optional<Resolved<Integer>> fiscalYear(SheetReader sheet, int headerRow, InputDefaults defaults,
			Optional<Integer> fromTable) {
		return SheetLabels.find(sheet, headerRow, CommonColumns.FISCAL_YEAR)
			.flatMap(v -> CommonColumns.fiscalYearValue(v.value()))
			.map(year -> new Resolved<>(year, Source.LABEL))
			.or(() -> SheetLabels.scan(sheet, headerRow, CommonColumns::fiscalYearInTitle)
				.map(found -> new Resolved<>(found.value(), Source.TITLE)))
			.or(() -> fromTable.map(year -> new Resolved<>(year, Source.TABLE)))
			.or(() -> CommonColumns.fiscalYearInSheetName(sheet.name()).map(year -> new Resolved<>(year, Source.TITLE)))
			.or(() -> Optional.ofNullable(defaults.fiscalYear())
				.map(year -> new Resolved<>(year, Source.CONFIGURATION)));
	}

	/** The cell the value was read from, or {@code null}: where a message about it points. */
	public static String cell(Optional<? extends Resolved<?>> resolved) {
		return resolved.map(Resolved::cell).orElse(null);
	}

	/** The value alone, or {@code null}. */
	public static <T> T value(Optional<Resolved<T>> resolved) {
		return resolved.map(Resolved::value).orElse(null);
	}
}
