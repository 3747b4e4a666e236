package th.itabatch.workbook.stream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The value of a cell typed {@code t="d"}, which streaming writers save as ISO 8601 text
 * ({@code 2021-06-14T08:00:07Z}): its Excel serial number (1900 date system), as a date formatted
 * cell saved as a number reads, so both kinds of date cell come out alike and parse as dates
 * downstream. Text that is no date Excel can hold is given as it is.
 */
public final class IsoDates {

	private IsoDates() {
	}

	public static String serial(String text) {
		String iso = withoutZone(text.strip());
		try {
			double serial;
			if (iso.indexOf('T') > 0) {
				serial = DateUtil.getExcelDate(LocalDateTime.parse(iso));
			}
			else if (iso.indexOf(':') > 0) {
				// a time alone is a fraction of a day, as Excel stores it
				serial = LocalTime.parse(iso.startsWith("T") ? iso.substring(1) : iso).toNanoOfDay() / 86_400e9;
			}
			else {
				serial = DateUtil.getExcelDate(LocalDate.parse(iso));
			}
			return serial < 0 ? text : BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString();
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	/** The local date and time as written: a zone would move it off what the person typed. */
	private static String withoutZone(String iso) {
		if (iso.endsWith("Z") || iso.endsWith("z")) {
			return iso.substring(0, iso.length() - 1);
		}
		int time = iso.indexOf(':');
		int sign = Math.max(iso.lastIndexOf('+'), iso.lastIndexOf('-'));
		return time > 0 && sign > time ? iso.substring(0, sign) : iso;
	}
}
