package th.itabatch.report;

import java.time.YearMonth;

import th.itabatch.thai.ThaiCalendar;

/** Names report files by unit, fiscal year and month: {@code ITA-report_กองคลัง_FY2564_2564-06.xlsx}. */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static String fileName(String unit, int fiscalYear, YearMonth month) {
		return "ITA-report_" + safe(unit) + "_FY" + fiscalYear + "_" + ThaiCalendar.toBE(month.getYear()) + "-"
				+ String.format("%02d", month.getMonthValue()) + ".xlsx";
	}

	/** The unit as part of a file name: characters that file systems refuse become "_". */
	static String safe(String unit) {
		String safe = unit.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", "-").strip();
		return safe.isEmpty() ? "unit" : safe;
	}
}
