package th.itabatch.workbook;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiText;

/**
 * Columns and labels every kind of table may have, the unit and the fiscal year, and the notes row
 * that ends a table.
 */
public final class CommonColumns {

	public static final ColumnAliases UNIT = ColumnAliases.of("หน่วยงาน", "ชื่อหน่วยงาน", "ส่วนราชการ", "หน่วยงานที่ประเมิน",
			"หน่วยงานที่รับการประเมิน", "unit", "division", "department", "organization", "organisation", "agency");

	/**
	 * A unit's code heading the unit's column, as a department's exported tables do ("รหัสหน่วยงาน"): the
	 * register knows the unit by it. Asked only where no column is headed by the unit's name.
	 */
	public static final ColumnAliases UNIT_CODE = ColumnAliases.of("รหัสหน่วยงาน", "รหัสส่วนราชการ", "รหัสหน่วย",
			"unit code");

	public static final ColumnAliases FISCAL_YEAR = ColumnAliases.of("ปีงบประมาณ", "ปีงบประมาณ พ.ศ.", "ปีงบ", "ปี พ.ศ.",
			"ปี", "fiscal year", "fy", "year");

	/**
	 * The unit's column of a table: the one its name heads, else its code's (a trial's scores by
	 * "รหัสหน่วยงาน" were all filed under the configured unit, thirty duplicates refused); -1 for none.
	 */
	public static int unitColumn(Header header) {
		int named = header.column(UNIT);
		return named >= 0 ? named : header.column(UNIT_CODE);
	}

	/** After its word, a year of four digits, or of two as people shorten it ("ปีงบประมาณ 67", "FY24"). */
	private static final Pattern YEAR_IN_TITLE = Pattern
		.compile("(?:ปีงบประมาณ|ปีงบ|(?<![a-z])(?:fiscal\\s*year|fy))\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*(\\d{4}|\\d{2})(?!\\d)");

	/** A fiscal year stated after a unit's name in its cell: "หน่วยงาน: กองคลัง     ปีงบประมาณ 2568". */
	private static final Pattern YEAR_AFTER_NAME = Pattern.compile("\\s+(?:(?:ประจำ)?(?:ปีงบประมาณ|ปีงบ|ปี)|fiscal\\s*year|fy"
			+ "|พ\\.\\s*ศ\\.)\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*[0-9๐-๙]{2,4}(?![0-9๐-๙]).*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR_ALONE = Pattern.compile("^(?:พ\\.?\\s*ศ\\.?)?\\s*(\\d{4})(?:\\.0+)?$");

	/** The words a unit's name starts with, by its kind ("กองคลัง", "สำนักงานเลขานุการกรม"). */
	private static final List<String> KINDS = List.of("กอง", "สำนักงาน", "สำนัก", "ศูนย์", "กลุ่ม", "กรม", "สถาบัน", "โรงพยาบาล");

	/** The kinds of unit that have groups below them, and the kinds of those groups, as names start. */
	private static final List<String> GROUPED_KINDS = List.of("กอง", "สำนัก", "ศูนย์", "สถาบัน");

	private static final List<String> GROUP_KINDS = List.of("กลุ่ม", "ฝ่าย", "งาน");

	/** True when the name is of a kind of unit that has groups below it: a กอง, สำนัก…, ศูนย์ or สถาบัน. */
	public static boolean hasGroupsBelow(String name) {
		String key = ThaiText.compactKey(name);
		return GROUPED_KINDS.stream().anyMatch(key::startsWith);
	}

	/** True when the name is a group's within a unit: a กลุ่ม…, ฝ่าย… or งาน…. */
	public static boolean isGroup(String name) {
		String key = ThaiText.compactKey(name);
		return GROUP_KINDS.stream().anyMatch(key::startsWith);
	}

	/**
	 * A unit named in a title: a word that starts with a kind of unit ("กองคลัง", "สำนักงานเลขานุการกรม",
	 * "ศูนย์เทคโนโลยีสารสนเทศ"), standing alone or after "ของ" / "หน่วยงาน".
	 */
	private static final Pattern UNIT_IN_TITLE = Pattern
		.compile("(?:^|\\s|ของ|หน่วยงาน)((?:" + String.join("|", KINDS) + ")[^\\s()\\[\\]:,]+)");

	/** A kind of unit inside a word ("บุคลากรกลุ่มงานส่งเสริมคุณธรรม"), where no title's wording marks it. */
	private static final Pattern KIND_IN_WORD = Pattern.compile(String.join("|", KINDS));

	/**
	 * The kinds alone, "กลุ่มงาน" too, which name no one unit: "ตามแนวทางของสำนักงาน ป.ป.ช." in a plan's policy row
	 * filed a trial's plan under a unit "สำนักงาน".
	 */
	private static final Set<String> KINDS_ALONE = java.util.stream.Stream.concat(KINDS.stream(), java.util.stream.Stream.of("กลุ่มงาน"))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** A unit labelled inside a title ("ผลคะแนน ITA ปี 2567 หน่วยงาน: สพต."): whatever name follows the label. */
	private static final Pattern UNIT_LABELLED_IN_TITLE = Pattern
		.compile("(?:หน่วยงาน|ส่วนราชการ)\\s*[:：]\\s*([^\\s()\\[\\]:,]+)");

	private static final String[] NOTE_STARTS = { "หมายเหตุ", "note", "notes", "ที่มา", "source", "*" };

	private CommonColumns() {
	}

	/** The fiscal year (BE) that a cell or label value states: "2564", "๒๕๖๔", "พ.ศ. 2564", "2021". */
	public static Optional<Integer> fiscalYearValue(String text) {
		String key = ThaiText.key(text);
		Matcher alone = YEAR_ALONE.matcher(key);
		if (alone.matches()) {
			return plausible(ThaiCalendar.yearToBE(Integer.parseInt(alone.group(1))));
		}
		return fiscalYearInTitle(key);
	}

	/**
	 * A unit's name without the fiscal year typed after it in the same cell: "กองคลัง     ปีงบประมาณ
	 * 2568" was taken for a unit of that name (a holdout trial's progress, refused for having no plan
	 * "ของ กองคลัง ปีงบประมาณ 2568 ปีงบประมาณ 2568"). The year is read from the cell as a title's.
	 */
	public static String withoutYearStated(String name) {
		return YEAR_AFTER_NAME.matcher(name).replaceFirst("");
	}

	/** The fiscal year a title states: "… ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "FY 2021". */
	public static Optional<Integer> fiscalYearInTitle(String text) {
		Matcher matcher = YEAR_IN_TITLE.matcher(ThaiDigits.toArabic(ThaiText.key(text)));
		return matcher.find() ? written(matcher.group(1)) : Optional.empty();
	}

	/**
	 * A round's number with its year after a slash ("รอบ 1/2566", "รอบที่ 2/66") or a dash, four digits
	 * ("ครั้งที่ 1-2567"); "ปี 66" or "ปีงบประมาณ 2566" with it; or the year before it ("2567 รอบ 1").
	 */
	private static final Pattern ROUND_AND_YEAR = Pattern.compile("(?:รอบ|ครั้ง|round)\\s*(?:ที่)?\\s*\\d\\s*"
			+ "(?:/\\s*(\\d{4}|\\d{2})|-\\s*(25\\d{2}))(?!\\d)"
			+ "|(?:ปีงบประมาณ|ปีงบ|ปี|(?<![a-z])fy)\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*(\\d{4}|\\d{2})(?!\\d)"
			+ "|^(25\\d{2})\\s*(?:รอบ|ครั้ง)");

	/**
	 * The fiscal year a round's heading states with it, in one of the ways above; none from a date or
	 * months in it ("รอบ 1 (ณ 31 ธ.ค. 2565)" is of FY 2566: its months are the calendar's to read), nor
	 * from a count ("ครั้งที่ 1-10"). A trial's "รอบ 1/2566", "รอบ 2/2566", "รอบ 1/2567" were refused for
	 * naming no year.
	 */
	public static Optional<Integer> fiscalYearInRoundHeading(String text) {
		Matcher stated = ROUND_AND_YEAR.matcher(ThaiDigits.toArabic(ThaiText.key(text)));
		if (!stated.find()) {
			return Optional.empty();
		}
		for (int group = 1; group <= stated.groupCount(); group++) {
			if (stated.group(group) != null) {
				return written(stated.group(group));
			}
		}
		return Optional.empty();
	}

	/** A sheet's name as people name a year's sheet: "แผน ปี 66", "ปีงบ 2566", "FY2023", "2566". */
	private static final Pattern YEAR_IN_SHEET_NAME = Pattern
		.compile("(?:(?:ปีงบประมาณ|ปีงบ|ปี|(?<![a-z])fy)\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*(\\d{4}|\\d{2})|(?<!\\d)(25\\d{2}))(?!\\d)");

	/**
	 * The fiscal year a sheet's name states, where its table and the rows above state none: a
	 * workbook keeping last year's plan on a sheet "แผน ปี 66" beside this year's (a trial's whole
	 * workbook was refused for that sheet's year missing).
	 */
	public static Optional<Integer> fiscalYearInSheetName(String name) {
		Matcher matcher = YEAR_IN_SHEET_NAME.matcher(ThaiDigits.toArabic(ThaiText.key(name)));
		if (!matcher.find()) {
			return Optional.empty();
		}
		return written(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
	}

	/** A year as written, in four digits or shortened to two, as a plausible Buddhist-era year. */
	private static Optional<Integer> written(String digits) {
		int year = Integer.parseInt(digits);
		if (digits.length() == 2) {
			// BE 2550–2599 (2007–2056) written short as 50–99; below 50, CE 2000–2049 ("FY24").
			year = year >= 50 ? 2500 + year : 2000 + year;
		}
		return plausible(ThaiCalendar.yearToBE(year));
	}

	private static Optional<Integer> plausible(int yearBE) {
		return yearBE >= 2500 && yearBE <= 2700 ? Optional.of(yearBE) : Optional.empty();
	}

	/**
	 * A unit's name without the word of its kind it starts with ("พัฒนาชุมชนจังหวัดตรัง" of
	 * "สำนักงานพัฒนาชุมชนจังหวัดตรัง"), as people leave it out; the name itself where it starts with none.
	 */
	public static String withoutKind(String name) {
		String longest = "";
		for (String kind : KINDS) {
			if (name.startsWith(kind) && kind.length() > longest.length()) {
				longest = kind;
			}
		}
		return name.substring(longest.length());
	}

	/** The unit a title names ("แผนปฏิบัติการส่งเสริมคุณธรรมของกองคลัง ประจำปี …" gives "กองคลัง"). */
	public static Optional<String> unitInTitle(String text) {
		String clean = ThaiText.clean(text);
		Matcher labelled = UNIT_LABELLED_IN_TITLE.matcher(clean);
		// A name has letters: "หน่วยงาน: ............" is a form's line left to fill, no unit.
		if (labelled.find() && labelled.group(1).codePoints().anyMatch(Character::isLetter)) {
			return Optional.of(labelled.group(1));
		}
		Matcher matcher = UNIT_IN_TITLE.matcher(clean);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (KINDS_ALONE.contains(name)) {
				continue;
			}
			return Optional.of(ranOnFrom(clean, matcher.start(1)).map(before -> before + " " + name).orElse(name));
		}
		return Optional.empty();
	}

	/**
	 * A unit's name begun inside the word before the space at {@code start}, of which the name found
	 * there is the rest: "…ให้กับบุคลากรกลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส สำนักงานปลัดกระทรวง…"
	 * names the group of the ministry's office, not the office (a trial's plan went to the office, its
	 * scores to the group).
	 */
	private static Optional<String> ranOnFrom(String text, int start) {
		if (start == 0 || !Character.isWhitespace(text.charAt(start - 1))) {
			return Optional.empty();
		}
		int end = start - 1;
		int wordStart = end;
		while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		Matcher kind = KIND_IN_WORD.matcher(text).region(wordStart, end);
		while (kind.find()) {
			String begun = text.substring(kind.start(), end);
			// Inside the word only: one standing at its start would have been found as a name itself.
			if (kind.start() > wordStart && !KINDS_ALONE.contains(begun)) {
				return Optional.of(begun);
			}
		}
		return Optional.empty();
	}

	/** True when a row starting with this text is a note under a table, which ends the table. */
	public static boolean isNotesRow(String firstText) {
		String key = ThaiText.key(firstText);
		for (String start : NOTE_STARTS) {
			if (key.startsWith(start)) {
				return true;
			}
		}
		return false;
	}
}
