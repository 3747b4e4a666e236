package th.itabatch.workbook;

/**
 * What to assume when a workbook does not say: the unit and fiscal year from another sheet, from the
 * file's name or from configuration, used only after a column and a labelled cell were looked for; and
 * the register's names, which a title may name a unit by.
 *
 * @param unit the unit, or {@code null}
 * @param fiscalYear the fiscal year (BE), or {@code null}
 * @param unitSource where the unit comes from: {@link UnitAndYear.Source#WORKBOOK} (another sheet),
 *     {@link UnitAndYear.Source#FILE_NAME} or {@link UnitAndYear.Source#CONFIGURATION}; {@code null} without one
 * @param units the known units a title may name ({@link UnitFinder#NONE} without a register)
 */
public record InputDefaults(String unit, Integer fiscalYear, UnitAndYear.Source unitSource, UnitFinder units) {

	public InputDefaults {
		units = units == null ? UnitFinder.NONE : units;
		unitSource = unit == null ? null : unitSource == null ? UnitAndYear.Source.WORKBOOK : unitSource;
	}

	/** What another sheet of the workbook states, or what configuration says. */
	public InputDefaults(String unit, Integer fiscalYear, boolean unitConfigured) {
		this(unit, fiscalYear, unitConfigured ? UnitAndYear.Source.CONFIGURATION : UnitAndYear.Source.WORKBOOK,
				UnitFinder.NONE);
	}

	/** What another sheet of the workbook states. */
	public InputDefaults(String unit, Integer fiscalYear) {
		this(unit, fiscalYear, false);
	}

	/** What the configuration says ({@code ita.defaults.*}). */
	public static InputDefaults configured(String unit, Integer fiscalYear) {
		return new InputDefaults(unit, fiscalYear, unit != null);
	}

	/** The unit a workbook's file name names ("ITA_กลุ่มงานระบบสารสนเทศ_ศทส.xlsx"). */
	public static InputDefaults fromFileName(String unit) {
		return new InputDefaults(unit, null, UnitAndYear.Source.FILE_NAME, UnitFinder.NONE);
	}

	public static InputDefaults none() {
		return new InputDefaults(null, null);
	}

	/** True when the unit was taken from the configuration: the workbook names none. */
	public boolean unitConfigured() {
		return unitSource == UnitAndYear.Source.CONFIGURATION;
	}

	/**
	 * These defaults, with the known units a title may name; without the configured unit where they are a
	 * department's, in which a workbook or export naming no unit is refused for it, not filed under that one.
	 */
	public InputDefaults withUnits(UnitFinder known) {
		return known.severalUnits() ? new InputDefaults(null, fiscalYear, null, known)
				: new InputDefaults(unit, fiscalYear, unitSource, known);
	}

	/** These defaults with the gaps filled from {@code other}. */
	public InputDefaults orElse(InputDefaults other) {
		return new InputDefaults(unit != null ? unit : other.unit, fiscalYear != null ? fiscalYear : other.fiscalYear,
				unit != null ? unitSource : other.unitSource, units != UnitFinder.NONE ? units : other.units);
	}
}
