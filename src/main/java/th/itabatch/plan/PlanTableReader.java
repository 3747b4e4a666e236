package th.itabatch.plan;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.thai.MonthYear;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CellNumber;
import th.itabatch.workbook.CellRefs;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.HeaderCell;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.LabelledValue;
import th.itabatch.workbook.NoValue;
import th.itabatch.workbook.SheetLabels;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableRows;
import th.itabatch.workbook.UnitAndYear;

/**
 * Reads an action-plan table laid out as the teams make them: title and policy rows above, a
 * two-row header with "ระยะเวลาดำเนินการ" merged over the months, merged measure cells, numbered
 * activities, ✓ marks in the month columns, "-" for no budget.
 */
final class PlanTableReader {

	private static final ColumnAliases PERIOD_LABEL = ColumnAliases.of("ระยะเวลาดำเนินการ", "ระยะเวลา", "period");

	private static final Pattern BRACKETS = Pattern.compile("[(\\[（]([^)\\]）]*)[)\\]）]");

	/** Besides {@link NoValue}: what people write in a month cell to say the activity does not run then. */
	private static final Set<String> NO_MARK = Set.of("0", "false", "no", "ไม่", "n");

	/** Besides {@link NoValue}: what people write for an activity without a budget. */
	private static final Set<String> NO_BUDGET = Set.of("ไม่ใช้งบประมาณ", "ไม่ใช้งบ", "ไม่มี", "ไม่มีงบประมาณ", "none",
			"0");

	/**
	 * A row without months that heads a part of the plan: "มาตรการที่ 1 …", "ประเด็นที่ 2 …" typed in
	 * the activity column (a trial's three were counted as activities, and progress by number went
	 * to the activity before the one meant).
	 */
	private static final Pattern SECTION = Pattern.compile(
			"^(?:\\d{1,2}[.)]?\\s*)?(?:มาตรการ|ประเด็น|ยุทธศาสตร์|กลยุทธ์|แนวทาง|หมวด|ส่วนที่|เป้าประสงค์|measure|strategy)");

	/** A row without months that totals the plan: "รวม", "รวมทั้งสิ้น", "รวมงบประมาณ 65,000 บาท". */
	private static final Pattern TOTAL = Pattern.compile(
			"^(?:ยอด)?รวม(?:ทั้งสิ้น|ทั้งหมด|งบประมาณ|เป็นเงิน|ทั้งปี)*[\\s\\d,.()บาท:-]*$|^(?:grand\\s*)?total\\b");

	private final PlanShape shape = new PlanShape();

	/** The plan table's header, if the sheet has one. */
	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return HeaderFinder.find(sheet, shape).map(found -> found);
	}

	/** Reads the sheet's plan; problems go to the log. Empty when the plan cannot be used at all. */
	public Optional<ActionPlan> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		HeaderFinder.Found<PlanLayout> found = HeaderFinder.find(sheet, shape).orElseThrow();
		PlanLayout layout = found.layout();
		int headerRow = found.header().firstRow();
		if (layout.months().isEmpty() && layout.period() < 0) {
			int mark = log.size();
			log.row(MessageCode.PLAN_NO_MONTH_COLUMNS, sheet.name(), found.header().lastRow() + 1);
			// The unit's, where the sheet names it: its department counted it among those that sent no plan (a
			// holdout trial), not among those whose plan was refused.
			Optional.ofNullable(UnitAndYear.value(UnitAndYear.unit(sheet, headerRow, defaults)))
				.ifPresent(unit -> log.about(mark, unit));
			return Optional.empty();
		}
		YearMonth[] period = period(sheet, headerRow, layout);
		String columnUnit = layout.unit() >= 0 ? sheet.text(found.header().lastRow() + 1, layout.unit()) : null;
		Optional<UnitAndYear.Resolved<String>> sheetUnit = UnitAndYear.unit(sheet, headerRow, defaults);
		String unit = firstNonBlank(columnUnit, UnitAndYear.value(sheetUnit));
		if (firstNonBlank(columnUnit) == null) {
			log.unitAssumed(sheetUnit, sheet.name(), headerRow + 1);
		}
		Integer fiscalYear = fiscalYear(sheet, headerRow, found.header().lastRow(), layout, period, defaults);
		if (unit == null) {
			log.row(MessageCode.UNIT_MISSING, sheet.name(), headerRow + 1);
			return Optional.empty();
		}
		if (fiscalYear == null) {
			// The unit's: its department report counts the plan as refused, not as never sent.
			int mark = log.size();
			log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), headerRow + 1);
			log.about(mark, unit);
			return Optional.empty();
		}
		if (ofAnotherYear(layout, fiscalYear)) {
			// Last year's plan copied, its year changed and its months not (a trial): refused, not a plan of
			// nothing due. Said at the first month's header.
			int mark = log.size();
			PlanLayout.MonthColumn first = layout.months().get(0);
			log.cell(MessageCode.PLAN_MONTHS_OF_ANOTHER_YEAR, sheet.name(), CellRefs.of(found.header().lastRow(), first.column()),
					String.valueOf(FiscalCalendar.fiscalYear(monthOf(first, fiscalYear))), String.valueOf(fiscalYear));
			log.about(mark, unit);
			return Optional.empty();
		}
		layout = withinFiscalYear(sheet, found.header(), layout, fiscalYear, log);
		monthHeadersUnread(sheet, found.header(), layout, log);
		// Months typed as text may name any year: those outside the plan's are said, as a stated period's.
		YearMonth[] bounds = period != null || layout.period() < 0 ? period
				: new YearMonth[] { FiscalCalendar.firstMonth(fiscalYear), FiscalCalendar.lastMonth(fiscalYear) };
		String policy = layout.policy() >= 0 ? null
				: SheetLabels.find(sheet, headerRow, PlanShape.POLICY).map(LabelledValue::value).orElse(null);

		List<Row> rows = readRows(sheet, found.header(), layout, fiscalYear, policy, log);
		if (layout.period() >= 0 && !rows.isEmpty() && rows.stream().allMatch(r -> r.months.isEmpty())) {
			// A column headed so that names no month in any row (durations, "1 วัน", "12 เดือน") is no schedule:
			// refused as before, not a plan whose activities are never due (a review).
			int mark = log.size();
			log.row(MessageCode.PLAN_NO_MONTH_COLUMNS, sheet.name(), found.header().lastRow() + 1);
			log.about(mark, unit);
			return Optional.empty();
		}
		if (rows.isEmpty()) {
			log.row(MessageCode.PLAN_NO_ACTIVITIES, sheet.name(), found.header().lastRow() + 2);
			return Optional.empty();
		}
		if (rows.stream().allMatch(r -> r.months.isEmpty()) && readShading(sheet, rows, layout, fiscalYear)) {
			log.row(MessageCode.PLAN_MONTHS_FROM_SHADING, sheet.name(), found.header().lastRow() + 1);
		}
		Set<String> periodUnread = rows.stream().filter(r -> r.periodUnread).map(r -> r.cell).collect(Collectors.toSet());
		List<Activity> activities = number(rows);
		for (Activity activity : activities) {
			if (activity.months().isEmpty() && periodUnread.contains(activity.cell())) {
				continue; // said at its period's cell
			}
			if (activity.months().isEmpty()) {
				log.cell(MessageCode.PLAN_ACTIVITY_UNSCHEDULED, sheet.name(), activity.cell(), activity.shownNumber());
			}
			else if (bounds != null) {
				List<YearMonth> outside = activity.months()
					.stream()
					.filter(m -> m.isBefore(bounds[0]) || m.isAfter(bounds[1]))
					.toList();
				if (!outside.isEmpty()) {
					log.cell(MessageCode.PLAN_OUTSIDE_PERIOD, sheet.name(), activity.cell(), activity.shownNumber(),
							join(outside, ThaiCalendar::shortMonthYear),
							ThaiCalendar.shortMonthYear(bounds[0]) + " – " + ThaiCalendar.shortMonthYear(bounds[1]),
							join(outside, YearMonth::toString), bounds[0] + " – " + bounds[1]);
				}
			}
		}
		String unitCell = firstNonBlank(columnUnit) != null ? CellRefs.of(found.header().lastRow() + 1, layout.unit())
				: UnitAndYear.cell(sheetUnit);
		return Optional.of(new ActionPlan(unit, fiscalYear, policy, period == null ? null : period[0],
				period == null ? null : period[1], activities, unitCell,
				typedProgress(sheet, layout, rows, activities, fiscalYear, unit, unitCell, log)));
	}

	/**
	 * Progress typed beside the plan, a column a month ("ผลการดำเนินงาน ต.ค. 66", or months under a
	 * merged "ผลการดำเนินงาน"), each cell the activity's status then: a trial's were passed over, its
	 * unit reported with nothing done and its department told it had sent no progress. Named by the
	 * activity's number, as the plan's own progress would name it.
	 */
	private static List<ProgressEntry> typedProgress(SheetReader sheet, PlanLayout layout, List<Row> rows,
			List<Activity> activities, int fiscalYear, String unit, String unitCell, MessageLog log) {
		List<ProgressEntry> entries = new ArrayList<>();
		for (PlanLayout.ProgressColumn column : layout.progress()) {
			YearMonth month = ProgressTableReader.monthOf(column.month(), fiscalYear);
			for (int i = 0; i < rows.size(); i++) {
				ProgressTableReader.monthCell(sheet, rows.get(i).lines.get(0), column.column(), month,
						activities.get(i).shownNumber(), unit, unitCell, log).ifPresent(entries::add);
			}
		}
		return entries;
	}

	private List<Row> readRows(SheetReader sheet, Header header, PlanLayout layout, int fiscalYear, String labelledPolicy,
			MessageLog log) {
		List<Row> rows = new ArrayList<>();
		TableRows table = TableRows.below(sheet, header);
		String section = null;
		for (TableRows.Row row : table) {
			if (isBand(sheet, row, layout)) {
				// A section's or a total's row merged across the months: its text in every month cell
				// was read as marks, and gave the activity above it every month (a trial).
				section = sectionOf(row.merged(layout.activity()), section);
				continue;
			}
			Set<YearMonth> months = marks(row, layout, fiscalYear);
			boolean periodUnread = false;
			if (layout.period() >= 0) {
				String period = row.merged(layout.period());
				months = PeriodText.months(period, fiscalYear);
				if (months.isEmpty() && !NoValue.is(period) && !row.text(layout.activity()).isEmpty()) {
					log.cell(MessageCode.PLAN_PERIOD_UNREAD, sheet.name(), row.ref(layout.period()), period);
					periodUnread = true;
				}
			}
			// Grouping columns: a blank or merged cell carries the value above it down.
			String policy = row.carried(layout.policy());
			String measure = row.carried(layout.measure());
			String topic = row.carried(layout.topic());
			String text = row.text(layout.activity());
			if (months.isEmpty() && isSectionOrTotal(text)) {
				section = sectionOf(text, section);
				continue;
			}
			if (text.isEmpty()) {
				// A second line of an activity whose cell is merged or left blank: its marks are the activity's.
				if (!rows.isEmpty()) {
					rows.get(rows.size() - 1).months.addAll(months);
					rows.get(rows.size() - 1).lines.add(row);
				}
				continue;
			}
			Row activity = new Row();
			activity.written = ActivityNumbering.parse(text);
			if (layout.number() >= 0) {
				ActivityNumbering.bare(row.text(layout.number())).ifPresent(n -> activity.written = new ActivityNumbering.Numbered(
						n.number(), activity.written.text(), n.label()));
			}
			activity.policy = policy != null ? policy : labelledPolicy;
			// A section's heading row names the measure of the activities under it where no column does.
			activity.measure = measure != null ? measure : section;
			activity.topic = topic;
			activity.months.addAll(months);
			activity.periodUnread = periodUnread;
			activity.lines.add(row);
			readBudget(sheet, row, layout.budget(), activity, log);
			activity.responsible = row.mergedOrNull(layout.responsible());
			activity.sheet = sheet.name();
			activity.cell = row.ref(layout.activity());
			rows.add(activity);
		}
		log.hiddenRowsRead(sheet.name(), table.hiddenRead());
		return withoutHeadings(rows);
	}

	/** Whether the row's activity cell is merged across month columns: a band over the table. */
	private static boolean isBand(SheetReader sheet, TableRows.Row row, PlanLayout layout) {
		org.apache.poi.ss.util.CellRangeAddress region = sheet.mergedRegion(row.index(), layout.activity());
		return region != null && layout.months().stream().anyMatch(m -> region.isInRange(row.index(), m.column()));
	}

	private static boolean isSectionOrTotal(String text) {
		String key = ThaiText.key(text);
		return !key.isEmpty() && (SECTION.matcher(key).find() || TOTAL.matcher(key).find());
	}

	/** The measure a section's row names for the rows under it; a total's row names none. */
	private static String sectionOf(String text, String before) {
		String key = ThaiText.key(text);
		if (key.isEmpty()) {
			return before;
		}
		return TOTAL.matcher(key).find() ? null : ThaiText.clean(text);
	}

	/**
	 * The rows without the headings of sub-activities: "1. การพัฒนาบุคลากร" without months of its own,
	 * over "1.1 อบรม…" and "1.2 ยกย่อง…" (a trial's heading took the progress of "1.1" to "1.3", and
	 * was counted due). Its text is its sub-activities' topic where no column gives one.
	 */
	private static List<Row> withoutHeadings(List<Row> rows) {
		List<Row> kept = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String label = row.written.label();
			boolean heading = row.months.isEmpty() && label != null && i + 1 < rows.size()
					&& rows.get(i + 1).written.label() != null && rows.get(i + 1).written.label().startsWith(label + ".");
			if (heading) {
				for (int j = i + 1; j < rows.size() && rows.get(j).written.label() != null
						&& rows.get(j).written.label().startsWith(label + "."); j++) {
					if (rows.get(j).topic == null) {
						rows.get(j).topic = row.written.text();
					}
				}
				continue;
			}
			kept.add(row);
		}
		return kept;
	}

	/**
	 * Numbers as written when they are unique; otherwise (or when absent) plan order 1, 2, 3 … A plan
	 * of sub-activities ("1.1", "1.2", "2") is numbered in order, each keeping the plan's own number
	 * as its label, which the report shows and progress is matched by.
	 */
	private static List<Activity> number(List<Row> rows) {
		Set<Integer> seen = new HashSet<>();
		boolean useWritten = rows.stream().allMatch(r -> r.written.number() != null && seen.add(r.written.number()));
		boolean subNumbered = rows.stream().anyMatch(r -> r.written.isSub());
		List<Activity> activities = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			activities.add(new Activity(useWritten ? r.written.number() : i + 1, r.policy, r.measure, r.topic,
					r.written.text(), List.copyOf(r.months), r.budget, r.budgetText, r.responsible, r.sheet, r.cell,
					useWritten || subNumbered ? r.written.label() : null));
		}
		return activities;
	}

	/**
	 * The layout without the month columns of another fiscal year, each said at its header: a
	 * thirteenth column "ต.ค." after "ก.ย." (the next year's October) was read as the plan's first
	 * October, and one headed "ต.ค. 68" in a plan of FY 2568 was left out, both without a word (a
	 * holdout trial's plan then had four activities due where it had three).
	 */
	private static PlanLayout withinFiscalYear(SheetReader sheet, Header header, PlanLayout layout, int fiscalYear,
			MessageLog log) {
		List<PlanLayout.MonthColumn> columns = layout.months();
		Set<Month> present = EnumSet.noneOf(Month.class);
		for (PlanLayout.MonthColumn column : columns) {
			if (FiscalCalendar.fiscalYear(monthOf(column, fiscalYear)) == fiscalYear) {
				present.add(column.month().month());
			}
		}
		List<PlanLayout.MonthColumn> kept = new ArrayList<>();
		Set<Month> seen = EnumSet.noneOf(Month.class);
		int latest = -1;
		for (int i = 0; i < columns.size(); i++) {
			PlanLayout.MonthColumn column = columns.get(i);
			YearMonth month = monthOf(column, fiscalYear);
			// A month again after later ones (a thirteenth "ต.ค." after "ก.ย."), not beside itself: a month
			// merged over its halves or weeks heads each (a review).
			int index = FiscalCalendar.fiscalIndex(column.month().month());
			boolean repeated = column.month().yearBE() == null && seen.contains(column.month().month()) && index < latest;
			String cell = CellRefs.of(header.lastRow(), column.column());
			if (!repeated && FiscalCalendar.fiscalYear(month) != fiscalYear && yearSlip(columns, i, present, latest, fiscalYear)) {
				// "ม.ค. 68" between "ธ.ค. 68" and "ก.พ. 69" of a plan of FY 2569, which has no other January: the
				// year mistyped, read as the plan's January and said (a trial's activity of January was dropped).
				PlanLayout.MonthColumn mended = new PlanLayout.MonthColumn(column.column(),
						new MonthYear(column.month().month(), null));
				log.cell(MessageCode.PLAN_MONTH_YEAR_SLIP, sheet.name(), cell, sheet.mergedText(header.lastRow(), column.column()),
						ThaiCalendar.monthYear(monthOf(mended, fiscalYear)), String.valueOf(fiscalYear));
				column = mended;
			}
			else if (repeated || FiscalCalendar.fiscalYear(month) != fiscalYear) {
				String heading = sheet.mergedText(header.lastRow(), column.column());
				log.cell(MessageCode.PLAN_MONTH_OTHER_YEAR, sheet.name(), cell, heading, String.valueOf(fiscalYear),
						String.valueOf(fiscalYear));
				continue;
			}
			else if (seen.contains(column.month().month()) && skipsAMonth(present, index)) {
				// Beside itself, a month's halves; but with the next month nowhere and a later one there, the
				// second "ธ.ค. 68" is the January mistyped, whose marks then counted as December's (a trial).
				log.cell(MessageCode.PLAN_MONTH_TWICE, sheet.name(), cell, sheet.mergedText(header.lastRow(), column.column()),
						ThaiCalendar.monthYear(FiscalCalendar.monthOf(fiscalYear, FiscalCalendar.monthAt(index + 1))));
			}
			seen.add(column.month().month());
			latest = Math.max(latest, FiscalCalendar.fiscalIndex(column.month().month()));
			kept.add(column);
		}
		return kept.equals(columns) ? layout : layout.withMonths(kept);
	}

	/**
	 * A header among the month columns that reads as no month but is written like one ("ม.ย. 69" for
	 * มิ.ย.), said at its cell: a trial's activity marked under it was told "not marked in any month".
	 */
	private static void monthHeadersUnread(SheetReader sheet, Header header, PlanLayout layout, MessageLog log) {
		if (layout.months().size() < 2) {
			return;
		}
		Set<Integer> months = layout.months().stream().map(PlanLayout.MonthColumn::column).collect(Collectors.toSet());
		int first = Collections.min(months);
		int last = Collections.max(months);
		for (HeaderCell cell : header.cells()) {
			String label = cell.label();
			if (cell.column() > first && cell.column() < last && !months.contains(cell.column()) && label != null
					&& MONTH_LIKE.matcher(ThaiText.clean(label)).matches()) {
				log.cell(MessageCode.PLAN_MONTH_HEADER_UNREAD, sheet.name(), CellRefs.of(header.lastRow(), cell.column()),
						label);
			}
		}
	}

	/** A year as a month's header gives it: "69", "2569", "2026"; not "สัปดาห์ 12" or "งวดที่ 12" (a review). */
	private static final String YEAR = "(?:[4-9]\\d|25\\d\\d|20\\d\\d)";

	/** A short header written as a month is: letters with a dot or a year ("ม.ย. 69", "มิถุนายม 2569"), not "รวม". */
	private static final Pattern MONTH_LIKE = Pattern
		.compile("[\\p{IsThai}a-zA-Z]{1,4}\\.[\\p{IsThai}a-zA-Z]{0,4}\\.?\\s*" + YEAR + "?"
				+ "|[\\p{IsThai}a-zA-Z]{2,9}\\s*" + YEAR);

	/**
	 * Whether a column of another year is this year's month with its year mistyped: the plan has no
	 * other column of that month, and it stands in order between this year's months around it.
	 */
	private static boolean yearSlip(List<PlanLayout.MonthColumn> columns, int at, Set<Month> present, int latest,
			int fiscalYear) {
		PlanLayout.MonthColumn column = columns.get(at);
		int index = FiscalCalendar.fiscalIndex(column.month().month());
		if (column.month().yearBE() == null || present.contains(column.month().month()) || index <= latest) {
			return false;
		}
		int next = 13;
		for (int j = at + 1; j < columns.size(); j++) {
			if (FiscalCalendar.fiscalYear(monthOf(columns.get(j), fiscalYear)) == fiscalYear) {
				next = FiscalCalendar.fiscalIndex(columns.get(j).month().month());
				break;
			}
		}
		return (latest >= 1 || next <= 12) && index < next;
	}

	/**
	 * Whether the month after this one is the one month missing between the plan's first and last: a plan
	 * of every other month, each over its halves, skips many and says nothing (a review).
	 */
	private static boolean skipsAMonth(Set<Month> present, int index) {
		if (index >= 12 || present.contains(FiscalCalendar.monthAt(index + 1))) {
			return false;
		}
		int first = 13;
		int last = 0;
		for (Month month : present) {
			first = Math.min(first, FiscalCalendar.fiscalIndex(month));
			last = Math.max(last, FiscalCalendar.fiscalIndex(month));
		}
		return index + 1 < last && last - first + 1 - present.size() == 1;
	}

	/**
	 * True when the months the header gives a year for are every one of another fiscal year than the
	 * plan's (two at least): a plan copied from last year with its year changed and not its months.
	 */
	private static boolean ofAnotherYear(PlanLayout layout, int fiscalYear) {
		List<PlanLayout.MonthColumn> dated = layout.months().stream().filter(c -> c.month().yearBE() != null).toList();
		return dated.size() >= 2 && dated.size() == layout.months().size()
				&& dated.stream().noneMatch(c -> FiscalCalendar.fiscalYear(monthOf(c, fiscalYear)) == fiscalYear);
	}

	private static Set<YearMonth> marks(TableRows.Row row, PlanLayout layout, int fiscalYear) {
		Set<YearMonth> months = new TreeSet<>();
		for (PlanLayout.MonthColumn column : layout.months()) {
			String mark = row.merged(column.column());
			if (!NoValue.is(mark) && !NO_MARK.contains(ThaiText.key(mark))) {
				months.add(monthOf(column, fiscalYear));
			}
		}
		return months;
	}

	/**
	 * Months shown as a bar of shaded cells, read where no month cell holds a mark: on each of the
	 * activity's lines (its own, and those below it its merged activity cell covers), a month cell
	 * shaded in another colour than the line's activity cell (a band shaded whole, a section's row, is
	 * no schedule). Where every month cell of the table is shaded alike (a template's input area), the
	 * shading says nothing. Returns true when some activity had a month so.
	 */
	private static boolean readShading(SheetReader sheet, List<Row> rows, PlanLayout layout, int fiscalYear) {
		Map<Row, Set<YearMonth>> found = new java.util.LinkedHashMap<>();
		Set<String> shades = new HashSet<>();
		boolean everyCellShaded = true;
		for (Row activity : rows) {
			Set<YearMonth> months = new TreeSet<>();
			for (int i = 0; i < activity.lines.size(); i++) {
				TableRows.Row line = activity.lines.get(i);
				if (i > 0 && sheet.mergedRegion(line.index(), layout.activity()) == null) {
					continue; // a row of its own below the activity: a section's or a total's, not its bar
				}
				Optional<String> own = line.shade(layout.activity());
				for (PlanLayout.MonthColumn column : layout.months()) {
					Optional<String> shade = line.shade(column.column());
					everyCellShaded &= shade.isPresent();
					shade.ifPresent(shades::add);
					if (shade.isPresent() && !shade.equals(own)) {
						months.add(monthOf(column, fiscalYear));
					}
				}
			}
			found.put(activity, months);
		}
		if (everyCellShaded && shades.size() == 1) {
			return false;
		}
		found.forEach((activity, months) -> activity.months.addAll(months));
		return found.values().stream().anyMatch(m -> !m.isEmpty());
	}

	private static YearMonth monthOf(PlanLayout.MonthColumn column, int fiscalYear) {
		return column.month().yearMonth().orElseGet(() -> FiscalCalendar.monthOf(fiscalYear, column.month().month()));
	}

	private static void readBudget(SheetReader sheet, TableRows.Row row, int column, Row activity, MessageLog log) {
		if (column < 0) {
			return;
		}
		CellNumber number = row.number(column);
		if (number instanceof CellNumber.Value value) {
			activity.budget = value.value();
		}
		else if (number instanceof CellNumber.Invalid invalid && !NO_BUDGET.contains(ThaiText.key(invalid.text()))) {
			activity.budgetText = invalid.text();
			log.cell(MessageCode.BUDGET_INVALID, sheet.name(), row.ref(column), invalid.text());
		}
		else if (number instanceof CellNumber.NoFormulaValue) {
			log.cell(MessageCode.FORMULA_NO_VALUE, sheet.name(), row.ref(column));
		}
	}

	/** The period the plan states over its months or in a title above, if any. */
	private static YearMonth[] period(SheetReader sheet, int headerRow, PlanLayout layout) {
		Optional<YearMonth[]> stated = Optional.ofNullable(layout.periodText()).flatMap(PlanTableReader::rangeIn);
		if (stated.isEmpty()) {
			stated = SheetLabels.find(sheet, headerRow, PERIOD_LABEL).flatMap(v -> rangeIn(v.value()));
		}
		if (stated.isEmpty()) {
			stated = SheetLabels.scan(sheet, headerRow, PlanTableReader::rangeIn).map(SheetLabels.Located::value);
		}
		return stated.orElse(null);
	}

	/** A month range in brackets, or the text after a "ระยะเวลา…" label. */
	private static Optional<YearMonth[]> rangeIn(String text) {
		Matcher brackets = BRACKETS.matcher(text);
		while (brackets.find()) {
			Optional<YearMonth[]> range = FiscalCalendar.monthRange(brackets.group(1));
			if (range.isPresent()) {
				return range;
			}
		}
		return PERIOD_LABEL.valueAfter(text).flatMap(FiscalCalendar::monthRange);
	}

	private static Integer fiscalYear(SheetReader sheet, int headerRow, int lastHeaderRow, PlanLayout layout,
			YearMonth[] period, InputDefaults defaults) {
		if (layout.fiscalYear() >= 0) {
			Optional<Integer> column = CommonColumns.fiscalYearValue(sheet.text(lastHeaderRow + 1, layout.fiscalYear()));
			if (column.isPresent()) {
				return column.get();
			}
		}
		// Month headers with a year ("มิ.ย. 64"), else the period stated over them.
		Optional<Integer> fromTable = layout.months()
			.stream()
			.map(c -> c.month().yearMonth())
			.flatMap(Optional::stream)
			.map(FiscalCalendar::fiscalYear)
			.findFirst()
			.or(() -> Optional.ofNullable(period).map(p -> FiscalCalendar.fiscalYear(p[1])));
		return UnitAndYear.value(UnitAndYear.fiscalYear(sheet, headerRow, defaults, fromTable));
	}

	private static String join(List<YearMonth> months, java.util.function.Function<YearMonth, String> format) {
		return months.stream().map(format).collect(Collectors.joining(", "));
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	/** An activity row while the table is read. */
	private static final class Row {

		ActivityNumbering.Numbered written;

		String policy;

		String measure;

		String topic;

		final Set<YearMonth> months = new TreeSet<>();

		/** Its months typed as text that could not be read (said at that cell). */
		boolean periodUnread;

		/** The sheet's rows the activity takes: its own and the blank-named lines below it. */
		final List<TableRows.Row> lines = new ArrayList<>();

		BigDecimal budget;

		String budgetText;

		String responsible;

		String sheet;

		String cell;
	}
}
