package th.itabatch.workbook;

/**
 * What to assume when a workbook does not say: the unit and fiscal year from configuration, used
 * only after a column and a labelled cell were looked for; and the register's names, which a title
 * may name a unit by.
 *
 * @param unit the unit, or {@code null}
 * @param fiscalYear the fiscal year (BE), or {@code null}
 * @param unitConfigured true when the unit comes from configuration, not from the workbook
 * @param units the known units a title may name ({@link UnitFinder#NONE} without a register)
 */
public record InputDefaults(String unit, Integer fiscalYear, boolean unitConfigured, UnitFinder units) {

	public InputDefaults {
		units = units == null ? UnitFinder.NONE : units;
	}

	/** What another sheet of the workbook states, or what configuration says. */
	public InputDefaults(String unit, Integer fiscalYear, boolean unitConfigured) {
		this(unit, fiscalYear, unitConfigured, UnitFinder.NONE);
	}

	/** What another sheet of the workbook states. */
	public InputDefaults(String unit, Integer fiscalYear) {
		this(unit, fiscalYear, false);
	}

	/** What the configuration says ({@code ita.defaults.*}). */
	public static InputDefaults configured(String unit, Integer fiscalYear) {
		return new InputDefaults(unit, fiscalYear, unit != null);
	}

	public static InputDefaults none() {
		return new InputDefaults(null, null);
	}

	/** These defaults, with the known units a title may name. */
	public InputDefaults withUnits(UnitFinder known) {
		return new InputDefaults(unit, fiscalYear, unitConfigured, known);
	}

	/** These defaults with the gaps filled from {@code other}. */
	public InputDefaults orElse(InputDefaults other) {
		return new InputDefaults(unit != null ? unit : other.unit, fiscalYear != null ? fiscalYear : other.fiscalYear,
				unit != null ? unitConfigured : other.unitConfigured, units != UnitFinder.NONE ? units : other.units);
	}
}
