package th.itabatch.thai;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Buddhist Era years, Thai month names and the dates as official documents write them
 * ("10 กรกฎาคม 2564").
 */
public final class ThaiCalendar {

	/** BE = CE + 543. */
	public static final int BE_OFFSET = 543;

	private static final String[] FULL = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private static final String[] ABBREVIATED = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private ThaiCalendar() {
	}

	public static String fullName(Month month) {
		return FULL[month.ordinal()];
	}

	public static String abbreviation(Month month) {
		return ABBREVIATED[month.ordinal()];
	}

	public static int toBE(int ceYear) {
		return ceYear + BE_OFFSET;
	}

	/** A year typed by a person: four digits from 2400 up are BE, smaller ones CE. */
	public static int yearToBE(int year) {
		return year >= 2400 ? year : year + BE_OFFSET;
	}

	/** The month as a person types it in a form or a command: "2564-06". */
	public static String typedMonth(YearMonth month) {
		return toBE(month.getYear()) + "-" + String.format("%02d", month.getMonthValue());
	}

	/** "มิถุนายน 2564". */
	public static String monthYear(YearMonth month) {
		return fullName(month.getMonth()) + " " + toBE(month.getYear());
	}

	/** "มิ.ย. 2564". */
	public static String shortMonthYear(YearMonth month) {
		return abbreviation(month.getMonth()) + " " + toBE(month.getYear());
	}

	/** "10 กรกฎาคม 2564". */
	public static String date(LocalDate date) {
		return date.getDayOfMonth() + " " + fullName(date.getMonth()) + " " + toBE(date.getYear());
	}
}
