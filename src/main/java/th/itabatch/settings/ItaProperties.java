package th.itabatch.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import th.itabatch.workbook.InputDefaults;

/**
 * Where ITA Batch keeps its things and what it assumes ({@code ita.*}).
 *
 * @param dataDir the database, the archive of every input read, and other state
 * @param inputDir where the application's own run reads workbooks
 * @param outputDir where it writes reports and validation outputs
 * @param defaults the unit and fiscal year of a workbook that states none
 */
@ConfigurationProperties("ita")
public record ItaProperties(@DefaultValue("data") Path dataDir, @DefaultValue("input") Path inputDir,
		@DefaultValue("output") Path outputDir, @DefaultValue Defaults defaults) {

	/**
	 * Refuses one folder for the inputs and the reports: a trial's service read its own reports as
	 * workbooks sent, refused them, and told the unit to correct them.
	 */
	public ItaProperties {
		if (inputDir != null && outputDir != null
				&& inputDir.toAbsolutePath().normalize().equals(outputDir.toAbsolutePath().normalize())) {
			throw new IllegalArgumentException("ita.input-dir and ita.output-dir are one folder (" + inputDir
					+ "): the reports written there would be read as workbooks sent; give the reports a folder of their own");
		}
	}

	/** Where archived copies of the inputs go. */
	public Path archiveDir() {
		return dataDir.resolve("archive");
	}

	/**
	 * @param unit the unit of a workbook that names none
	 * @param fiscalYear the fiscal year (BE) of a workbook that states none
	 */
	public record Defaults(String unit, Integer fiscalYear) {

		public Defaults {
			if (fiscalYear != null) {
				th.itabatch.catalog.BuddhistYears.require("ita.defaults.fiscal-year", fiscalYear);
			}
		}

		public InputDefaults toInputDefaults() {
			return InputDefaults.configured(unit == null || unit.isBlank() ? null : unit.trim(), fiscalYear);
		}
	}
}
