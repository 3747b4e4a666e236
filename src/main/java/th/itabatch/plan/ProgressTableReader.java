package th.itabatch.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.thai.MonthYear;
import th.itabatch.thai.ThaiDates;
import th.itabatch.thai.ThaiMonths;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CellNumber;
import th.itabatch.workbook.CellRefs;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetLabels;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableRows;
import th.itabatch.workbook.UnitAndYear;

/**
 * Reads a progress table: a row per activity and month with its status, result, participants,
 * budget used, evidence and problems. The month comes from a month or date column, or from a label
 * or title above the table ("ผลการดำเนินงาน ประจำเดือนมิถุนายน ๒๕๖๔").
 */
final class ProgressTableReader {

	private final ProgressShape shape = new ProgressShape();

	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return HeaderFinder.find(sheet, shape).map(found -> found);
	}

	/** Reads the sheet's progress rows; problems go to the log. Activities are matched to the plan later. */
	public List<ProgressEntry> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		HeaderFinder.Found<ProgressLayout> found = HeaderFinder.find(sheet, shape).orElseThrow();
		ProgressLayout layout = found.layout();
		int headerRow = found.header().firstRow();
		Optional<UnitAndYear.Resolved<String>> sheetUnit = UnitAndYear.unit(sheet, headerRow, defaults);
		if (layout.unit() < 0) {
			log.unitAssumed(sheetUnit, sheet.name(), headerRow + 1);
		}
		Integer fiscalYear = UnitAndYear.value(UnitAndYear.fiscalYear(sheet, headerRow, defaults, Optional.empty()));
		Optional<MonthYear> sheetMonth = SheetLabels.find(sheet, headerRow, ProgressShape.MONTH)
			.flatMap(v -> ThaiMonths.parse(v.value()).or(() -> ThaiMonths.findInText(v.value())))
			.or(() -> SheetLabels.scan(sheet, headerRow, ThaiMonths::findInText).map(SheetLabels.Located::value))
			// A sheet a month, named for it ("ต.ค.66") where its title does not say it (a trial's were dropped).
			.or(() -> ThaiMonths.findInText(sheet.name()));

		if (!layout.months().isEmpty()) {
			return readByMonthColumns(sheet, found, fiscalYear, sheetUnit, log);
		}
		List<ProgressEntry> entries = new ArrayList<>();
		YearMonth monthAbove = null;
		boolean monthMissingReported = false;
		TableRows table = TableRows.below(sheet, found.header());
		for (TableRows.Row tableRow : table) {
			int row = tableRow.index();
			String activity = tableRow.carried(layout.activity());
			String statusText = layout.status() >= 0 ? tableRow.text(layout.status()) : "";
			String percentText = percent(sheet, row, layout.percent());
			String result = tableRow.optional(layout.result());
			if (statusText.isEmpty() && result == null && percentText.isEmpty()) {
				continue; // an activity listed with nothing reported yet
			}
			String activityCell = CellRefs.of(row, layout.activity());
			boolean byPercent = statusText.isEmpty() && !percentText.isEmpty();
			Optional<ProgressStatus.Stated> status = ProgressStatus.parseStated(byPercent ? percentText : statusText)
				.map(stated -> withPercent(stated, percentText));
			if (status.isEmpty()) {
				String said = byPercent ? percentText : statusText;
				log.cell(MessageCode.PROGRESS_STATUS_UNKNOWN, sheet.name(),
						CellRefs.of(row, byPercent || layout.status() < 0 ? layout.percent() : layout.status()),
						said.isEmpty() ? "(ว่าง/blank)" : said);
				continue;
			}
			if (activity == null) {
				log.cell(MessageCode.PROGRESS_UNKNOWN_ACTIVITY, sheet.name(), activityCell, "(ว่าง/blank)");
				continue;
			}
			Integer rowYear = fiscalYear;
			if (layout.fiscalYear() >= 0) {
				rowYear = CommonColumns.fiscalYearValue(sheet.text(row, layout.fiscalYear())).orElse(fiscalYear);
			}
			MonthResult month = month(sheet, row, layout, sheetMonth, rowYear, monthAbove);
			if (month.invalidText != null) {
				log.cell(MessageCode.PROGRESS_MONTH_INVALID, sheet.name(), CellRefs.of(row, month.column),
						month.invalidText);
				continue;
			}
			if (month.month == null) {
				if (month.needsYear) {
					log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), row + 1);
				}
				else if (!monthMissingReported) {
					log.row(MessageCode.PROGRESS_MONTH_MISSING, sheet.name(), row + 1);
					monthMissingReported = true;
				}
				continue;
			}
			monthAbove = month.month;
			RowUnit rowUnit = RowUnit.of(tableRow, layout.unit(), sheetUnit);
			String unit = rowUnit.unit();
			String unitCell = rowUnit.cell();
			if (unit == null) {
				log.row(MessageCode.UNIT_MISSING, sheet.name(), row + 1);
				continue;
			}
			Integer participants = wholeNumber(sheet, row, layout.participants(), log);
			BigDecimal budgetUsed = decimal(sheet, row, layout.budgetUsed(), log);
			entries.add(new ProgressEntry(unit, FiscalCalendar.fiscalYear(month.month), activity, null, month.month,
					status.get().status(), result, participants, budgetUsed, tableRow.optional(layout.evidence()),
					tableRow.optional(layout.problems()), sheet.name(), activityCell, status.get().percent(), unitCell));
		}
		log.hiddenRowsRead(sheet.name(), table.hiddenRead());
		return entries;
	}

	/** A row per activity, a column a month: each status cell a progress row of its activity and month. */
	private static List<ProgressEntry> readByMonthColumns(SheetReader sheet, HeaderFinder.Found<ProgressLayout> found,
			Integer fiscalYear, Optional<UnitAndYear.Resolved<String>> sheetUnit, MessageLog log) {
		ProgressLayout layout = found.layout();
		List<ProgressEntry> entries = new ArrayList<>();
		boolean yearMissingReported = false;
		TableRows table = TableRows.below(sheet, found.header());
		for (TableRows.Row row : table) {
			String activity = row.text(layout.activity());
			if (activity.isEmpty()) {
				continue;
			}
			RowUnit rowUnit = RowUnit.of(row, layout.unit(), sheetUnit);
			String unit = rowUnit.unit();
			String unitCell = rowUnit.cell();
			for (PlanLayout.MonthColumn column : layout.months()) {
				YearMonth month = monthOf(column.month(), fiscalYear);
				if (month == null) {
					if (!yearMissingReported) {
						log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), found.header().firstRow() + 1);
						yearMissingReported = true;
					}
					continue;
				}
				if (unit == null) {
					log.row(MessageCode.UNIT_MISSING, sheet.name(), row.index() + 1);
					break;
				}
				monthCell(sheet, row, column.column(), month, activity, unit, unitCell, log).ifPresent(entries::add);
			}
		}
		log.hiddenRowsRead(sheet.name(), table.hiddenRead());
		return entries;
	}

	/**
	 * A cell of an activity's status in a month's column ("ดำเนินการแล้ว", "50%", "✓"): its progress
	 * row, or none where it is blank; a status not known is said at its cell. For a table of a column a
	 * month, and for progress typed beside a plan.
	 */
	static Optional<ProgressEntry> monthCell(SheetReader sheet, TableRows.Row row, int column, YearMonth month,
			String activityRef, String unit, String unitCell, MessageLog log) {
		String text = row.text(column);
		if (th.itabatch.workbook.NoValue.is(text)) {
			return Optional.empty();
		}
		Optional<ProgressStatus.Stated> status = ProgressStatus.parseStated(text);
		if (status.isEmpty()) {
			log.cell(MessageCode.PROGRESS_STATUS_UNKNOWN, sheet.name(), row.ref(column), text);
			return Optional.empty();
		}
		return Optional.of(new ProgressEntry(unit, FiscalCalendar.fiscalYear(month), activityRef, null, month,
				status.get().status(), null, null, null, null, null, sheet.name(), row.ref(column), status.get().percent(),
				unitCell));
	}

	/** A month a header names, its year from the header or the fiscal year; null where neither says it. */
	static YearMonth monthOf(MonthYear month, Integer fiscalYear) {
		return resolve(month, fiscalYear).month;
	}

	private static MonthResult month(SheetReader sheet, int row, ProgressLayout layout, Optional<MonthYear> sheetMonth,
			Integer fiscalYear, YearMonth above) {
		if (layout.month() >= 0) {
			int column = layout.month();
			if (sheet.isDateCell(row, column)) {
				return MonthResult.of(YearMonth.from(sheet.date(row, column).orElseThrow()));
			}
			String text = sheet.mergedText(row, column);
			if (text.isEmpty()) {
				return above != null ? MonthResult.of(above) : fromSheet(sheetMonth, fiscalYear);
			}
			Optional<MonthYear> parsed = ThaiMonths.parse(text);
			if (parsed.isPresent()) {
				return resolve(parsed.get(), fiscalYear);
			}
			Optional<YearMonth> fromDate = ThaiDates.parse(text).map(YearMonth::from).or(() -> numericMonth(text));
			if (fromDate.isPresent()) {
				return MonthResult.of(fromDate.get());
			}
			MonthResult invalid = new MonthResult(null, false, text, column);
			return invalid;
		}
		if (layout.date() >= 0) {
			Optional<YearMonth> fromDate = sheet.date(row, layout.date()).map(YearMonth::from);
			if (fromDate.isPresent()) {
				return MonthResult.of(fromDate.get());
			}
		}
		return fromSheet(sheetMonth, fiscalYear);
	}

	/** "๐๗/๒๕๖๗", "07/2567", "2567-07": a month typed in numbers, as the run command's month is (a trial's was refused). */
	private static Optional<YearMonth> numericMonth(String text) {
		try {
			return Optional.of(ThaiMonths.yearMonth(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static MonthResult fromSheet(Optional<MonthYear> sheetMonth, Integer fiscalYear) {
		return sheetMonth.map(m -> resolve(m, fiscalYear)).orElse(new MonthResult(null, false, null, -1));
	}

	private static MonthResult resolve(MonthYear month, Integer fiscalYear) {
		if (month.yearBE() != null) {
			return MonthResult.of(month.yearMonth().orElseThrow());
		}
		if (fiscalYear == null) {
			return new MonthResult(null, true, null, -1);
		}
		return MonthResult.of(FiscalCalendar.monthOf(fiscalYear, month.month()));
	}

	/**
	 * The share done a percent column states, as a status cell would ("50%"), or "" where it is blank:
	 * a cell formatted as a percent or typed "50%" as written, a fraction (0.5, or 1 for all) times a
	 * hundred, words as they are (to be told unknown if they are no status).
	 */
	private static String percent(SheetReader sheet, int row, int column) {
		if (column < 0) {
			return "";
		}
		CellNumber number = sheet.number(row, column);
		if (number instanceof CellNumber.Value value) {
			BigDecimal share = value.value();
			if (share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0) {
				share = share.movePointRight(2); // a fraction, as a formula done/total gives it: 1 is all of it
			}
			// Down: 99.5% is not done yet.
			return share.setScale(0, RoundingMode.DOWN).toPlainString() + "%";
		}
		return number instanceof CellNumber.Invalid invalid ? invalid.text() : "";
	}

	/** A status "in progress" without its share, with the share the percent column gives. */
	private static ProgressStatus.Stated withPercent(ProgressStatus.Stated stated, String percentText) {
		if (stated.status() != ProgressStatus.IN_PROGRESS || stated.percent() != null || percentText.isEmpty()) {
			return stated;
		}
		return ProgressStatus.parseStated(percentText)
			.filter(share -> share.status() == ProgressStatus.IN_PROGRESS)
			.map(share -> new ProgressStatus.Stated(ProgressStatus.IN_PROGRESS, share.percent()))
			.orElse(stated);
	}

	private static Integer wholeNumber(SheetReader sheet, int row, int column, MessageLog log) {
		BigDecimal value = decimal(sheet, row, column, log);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			log.cell(MessageCode.NUMBER_INVALID, sheet.name(), CellRefs.of(row, column), sheet.text(row, column),
					"จำนวนผู้เข้าร่วม/participants");
			return null;
		}
	}

	private static BigDecimal decimal(SheetReader sheet, int row, int column, MessageLog log) {
		if (column < 0) {
			return null;
		}
		CellNumber number = sheet.number(row, column);
		if (number instanceof CellNumber.Value value) {
			return value.value();
		}
		if (number instanceof CellNumber.Invalid invalid) {
			log.cell(MessageCode.NUMBER_INVALID, sheet.name(), CellRefs.of(row, column), invalid.text(),
					CellRefs.of(row, column).replaceAll("\\d", ""));
		}
		return null;
	}

	/**
	 * The unit a progress row is of: its own unit cell's, else the one the sheet states.
	 *
	 * @param unit the unit, or {@code null} where neither names one
	 * @param cell where it was read, or {@code null}
	 */
	private record RowUnit(String unit, String cell) {

		static RowUnit of(TableRows.Row row, int column, Optional<UnitAndYear.Resolved<String>> sheetUnit) {
			String own = row.merged(column);
			return own.isEmpty() ? new RowUnit(UnitAndYear.value(sheetUnit), UnitAndYear.cell(sheetUnit))
					: new RowUnit(own, row.ref(column));
		}
	}

	/** A row's month, or why there is none. */
	private record MonthResult(YearMonth month, boolean needsYear, String invalidText, int column) {

		static MonthResult of(YearMonth month) {
			return new MonthResult(month, false, null, -1);
		}
	}
}
