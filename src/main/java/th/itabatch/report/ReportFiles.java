package th.itabatch.report;

import java.time.YearMonth;
import java.util.Map;

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
		return Map.of("unit", unit, "fiscalYear", String.valueOf(fiscalYear), "year",
				String.valueOf(ThaiCalendar.toBE(month.getYear())), "month", String.format("%02d", month.getMonthValue()));
	}

	/** A value as part of a file name: characters that file systems refuse become "_". */
	static String safe(String value) {
		String safe = value.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", "-").strip();
		return safe.isEmpty() ? "unit" : safe;
	}
}
