package th.itabatch.report;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import th.itabatch.files.ContentHash;
import th.itabatch.thai.ThaiCalendar;

/**
 * Names report files from a template's file-name pattern: {@code ITA-report_{unit}_FY{fiscalYear}_{year}-{month}.xlsx}
 * gives {@code ITA-report_กองคลัง_FY2564_2564-06.xlsx}.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	/** The placeholders of a unit's monthly report: unit, fiscalYear, year (BE) and month (01–12). */
	public static Map<String, String> unitMonth(String unit, int fiscalYear, YearMonth month) {
		return Map.of("unit", unitKey(unit), "fiscalYear", String.valueOf(fiscalYear), "year",
				String.valueOf(ThaiCalendar.toBE(month.getYear())), "month", String.format("%02d", month.getMonthValue()));
	}

	/** How much of a unit's name its file names keep. */
	static final int UNIT_CHARS = 40;

	/**
	 * The unit as part of a file name, one to a unit: its name when that is safe as it stands ("กองคลัง");
	 * otherwise the safe form followed by a short hash of the name, so that "กองชน ก", "กองชน-ก" and
	 * "กองชน/ก" never write over each other's reports.
	 */
	public static String unitKey(String unit) {
		String safe = safe(unit);
		if (safe.equals(unit) && safe.length() <= UNIT_CHARS) {
			return safe;
		}
		String hash = ContentHash.sha256(unit.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
		return (safe.length() > UNIT_CHARS ? safe.substring(0, UNIT_CHARS) : safe) + "-" + hash;
	}

	/** A value as part of a file name: characters that file systems refuse become "_". */
	static String safe(String value) {
		String safe = value.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", "-").strip();
		return safe.isEmpty() ? "unit" : safe;
	}
}
