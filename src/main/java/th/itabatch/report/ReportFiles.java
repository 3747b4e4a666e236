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

	/**
	 * How much of a unit's name its file names keep, in UTF-8 bytes: a file name may have 255, and the
	 * rest of a report's ("ITA-department_", "_FY2569_2569-07.xlsx", a code) takes under 50. Sixty Thai
	 * letters: a trial's three "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุ…" were cut at forty, the same
	 * name followed by three hashes.
	 */
	static final int UNIT_BYTES = 180;

	/**
	 * The unit as part of a file name, one to a unit: its name when that is safe as it stands ("กองคลัง",
	 * "สำนักงานเขต 1"); otherwise the safe form followed by a short hash of the name, so that "กองชน/ก",
	 * "กองชน_ก" and "กองชน  ก" never write over each other's reports.
	 */
	public static String unitKey(String unit) {
		String safe = safe(unit);
		if (safe.equals(unit) && bytes(safe) <= UNIT_BYTES) {
			return safe;
		}
		String hash = ContentHash.sha256(unit.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
		StringBuilder kept = new StringBuilder();
		int size = 0;
		for (int c : safe.codePoints().toArray()) {
			size += bytes(Character.toString(c));
			if (size > UNIT_BYTES - hash.length() - 1) {
				break;
			}
			kept.appendCodePoint(c);
		}
		return kept + "-" + hash;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/**
	 * A value as part of a file name: characters that file systems refuse become "_", spaces one space
	 * ("สำนักงานเขต 1", as a civil servant names files; it was "สำนักงานเขต-1-3b9e6334", twelve such offices a
	 * folder nobody could sort, a trial).
	 */
	static String safe(String value) {
		String safe = value.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").strip();
		return safe.isEmpty() ? "unit" : safe;
	}
}
