package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar.RoundLabel;
import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.IndicatorCatalog;
import th.itabatch.catalog.Tool;
import th.itabatch.tables.UnitNames;
import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiNumbers;
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
import th.itabatch.workbook.SheetLabels;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableRows;
import th.itabatch.workbook.UnitAndYear;

/**
 * Reads the scores table of a sheet, wide (a column per round) or long (a row per unit, year,
 * round and indicator), checking each cell as it goes.
 */
final class ScoresTableReader {

	private static final ColumnAliases ROUND_LABEL = ColumnAliases.of("รอบ", "รอบที่", "รอบการประเมิน", "round");

	/** The letter o typed for a zero among digits. */
	private static final java.util.regex.Pattern LETTER_O = java.util.regex.Pattern.compile("[oO]");

	/** How far a stated tool score may be from its indicators' mean: rounding to two places. */
	private static final BigDecimal TOOL_TOLERANCE = new BigDecimal("0.01");

	/** What a message quotes of a cell left empty. */
	private static final String BLANK = "(ว่าง/blank)";

	/** A year cell that holds no year, already said. */
	private static final Integer YEAR_INVALID = Integer.MIN_VALUE;

	private final Catalog catalog;

	private final ScoresShape shape;

	public ScoresTableReader(Catalog catalog) {
		this.catalog = catalog;
		this.shape = new ScoresShape(catalog);
	}

	/** The scores table's header, if the sheet has one; its quality ranks it against other kinds. */
	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return HeaderFinder.find(sheet, shape).map(found -> found);
	}

	/** Reads the sheet's scores table; problems go to the log. */
	public List<ScoreEntry> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		HeaderFinder.Found<ScoresLayout> found = HeaderFinder.find(sheet, shape).orElseThrow();
		ScoresLayout layout = found.layout();
		int headerRow = found.header().firstRow();
		if (layout.indicator() < 0 && !layout.isMatrix()) {
			log.row(MessageCode.SCORES_NO_INDICATOR_COLUMN, sheet.name(), found.header().lastRow() + 1);
			return List.of();
		}
		if (!layout.isMatrix() && layout.score() < 0 && layout.roundColumns().isEmpty()) {
			log.row(MessageCode.SCORES_NO_SCORE_COLUMNS, sheet.name(), found.header().lastRow() + 1,
					found.header().cells().stream()
						.filter(c -> c.column() != layout.indicator())
						.map(c -> "\"" + c.label() + "\"")
						.collect(java.util.stream.Collectors.joining(", ")));
			return List.of();
		}
		Optional<UnitAndYear.Resolved<String>> sheetUnit = UnitAndYear.unit(sheet, headerRow, defaults);
		if (layout.unit() < 0) {
			log.unitAssumed(sheetUnit, sheet.name(), headerRow + 1);
		}
		Optional<UnitAndYear.Resolved<Integer>> tableYear = UnitAndYear.fiscalYear(sheet, headerRow, defaults,
				yearInRoundHeaders(layout));
		boolean yearLabelled = tableYear.map(y -> y.source() == UnitAndYear.Source.LABEL || y.source() == UnitAndYear.Source.TITLE)
			.orElse(false);
		// A code column beside the name's, read where the name is no one registered unit's.
		int codeColumn = layout.unit() >= 0 && found.header().column(CommonColumns.UNIT) == layout.unit()
				? found.header().column(CommonColumns.UNIT_CODE) : -1;
		Context context = new Context(sheet, layout, log, UnitAndYear.value(sheetUnit), UnitAndYear.cell(sheetUnit),
				UnitAndYear.value(tableYear), yearLabelled, new AtomicBoolean(), new HashSet<>(), codeColumn,
				defaults.units() instanceof UnitNames names ? names : UnitNames.NONE);
		if (layout.isMatrix()) {
			return readMatrix(context, found);
		}
		List<ScoresLayout.RoundColumn> rounds = roundSources(sheet, headerRow, layout, log);
		if (rounds == null) {
			return List.of();
		}
		if (!layout.isLong()) {
			if (layout.unit() < 0 && context.unit == null) {
				log.row(MessageCode.UNIT_MISSING, sheet.name(), headerRow + 1);
				return List.of();
			}
			if (layout.fiscalYear() < 0 && context.fiscalYear == null
					&& rounds.stream().allMatch(r -> r.label().fiscalYear() == null)) {
				// The sheet's unit is known: its department report counts it among those whose workbook was
				// refused, not among those that sent nothing (a trial).
				int mark = log.size();
				log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), headerRow + 1);
				log.about(mark, context.unit);
				return List.of();
			}
		}
		if (!layout.isLong() && !layout.isMatrix()) {
			unreadRounds(sheet, found.header(), layout, log);
		}
		List<ScoreEntry> entries = new ArrayList<>();
		List<Missing> missing = new ArrayList<>();
		List<OverallCount> overallCounts = new ArrayList<>();
		TableRows table = TableRows.below(sheet, found.header());
		for (TableRows.Row row : table) {
			readRow(context, row, rounds, entries, missing, overallCounts);
		}
		log.hiddenRowsRead(sheet.name(), table.hiddenRead());
		reportMissing(sheet, entries, missing, log);
		return withOverallCounts(sheet, entries, overallCounts, log);
	}

	/**
	 * A survey team often writes how many answered once, on the overall row (a trial's "31" under round
	 * 2's จำนวนผู้ตอบ, its score cell blank, was dropped without a word): where the round's indicator rows
	 * state none, it is the count of the round's one survey, given to its indicators as if written on
	 * each. Where the round has both IIT and EIT, answered by different people, it could be either's or
	 * their sum: not guessed, a warning at its cell asks for each survey's count on its own rows. OIT
	 * alone is published evidence that no one answers (its rows' counts are left out too).
	 */
	private List<ScoreEntry> withOverallCounts(SheetReader sheet, List<ScoreEntry> entries, List<OverallCount> counts,
			MessageLog log) {
		List<ScoreEntry> result = new ArrayList<>(entries);
		for (OverallCount count : counts) {
			List<ScoreEntry> round = result.stream()
				.filter(e -> !e.isOverall() && e.unit().equals(count.unit()) && e.fiscalYear() == count.fiscalYear()
						&& e.round() == count.round())
				.toList();
			if (round.stream().anyMatch(e -> e.indicator().tool().surveyed() && e.respondents() != null)) {
				continue; // the indicators' own counts, per survey, say more
			}
			List<Tool> surveys = round.stream().map(e -> e.indicator().tool()).filter(Tool::surveyed).distinct().toList();
			if (surveys.size() == 1) {
				result.replaceAll(e -> round.contains(e) && e.indicator().tool() == surveys.get(0)
						? e.withRespondents(count.count()) : e);
			}
			else if (surveys.size() > 1) {
				int mark = log.size();
				log.cell(MessageCode.RESPONDENTS_OVERALL_UNUSED, sheet.name(), count.cell(), String.valueOf(count.count()),
						String.valueOf(count.round()));
				log.about(mark, count.unit());
			}
		}
		return result;
	}

	/**
	 * A blank cell in a round that has other scores of its tool is a score left out, not a round still
	 * to come; a whole tool left blank ("-" under EIT and OIT for a unit evaluated by IIT alone) is a
	 * tool not in the round, as {@code ROUND_INCOMPLETE} takes it too.
	 */
	private void reportMissing(SheetReader sheet, List<ScoreEntry> entries, List<Missing> missing, MessageLog log) {
		for (Missing gap : missing) {
			// A blank row naming an indicator scored on another row is a heading that mentions it (a group
			// row "OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ" above the OIT indicators, a trial), not a score left out.
			boolean scoredElsewhere = entries.stream().anyMatch(e -> sameRound(e, gap) && !e.isOverall()
					&& e.indicator().number() == gap.indicator().number());
			if (!scoredElsewhere && entries.stream().anyMatch(e -> sameRound(e, gap) && !e.isOverall()
					&& e.indicator().tool() == gap.indicator().tool())) {
				log.note(new BlankScore(gap.unit(), gap.fiscalYear(), gap.round(), gap.indicator().number()));
				int mark = log.size();
				log.cell(MessageCode.SCORE_MISSING, sheet.name(), gap.cell(), gap.indicator().thai(),
						catalog.calendar().round(gap.round()).map(r -> r.thai()).orElse(String.valueOf(gap.round())),
						gap.indicator().english(), catalog.calendar()
							.round(gap.round())
							.map(r -> r.number() + " (" + r.english() + ")")
							.orElse(String.valueOf(gap.round())));
				log.about(mark, gap.unit());
			}
		}
	}

	private static boolean sameRound(ScoreEntry entry, Missing gap) {
		return entry.unit().equals(gap.unit()) && entry.fiscalYear() == gap.fiscalYear() && entry.round() == gap.round();
	}

	/**
	 * A matrix: a column per indicator, a row per unit (a planning office's summary) or per round (a
	 * unit's own history). A row's round is its round column's, its indicators' group header's
	 * ("รอบ 1" merged over them) or the label above the table's; a row of targets ("เป้าหมาย") sets
	 * each indicator's target, and a row of the units' mean ("ค่าเฉลี่ย") is the sheet's own sum, not a unit.
	 */
	private List<ScoreEntry> readMatrix(Context context, HeaderFinder.Found<ScoresLayout> found) {
		SheetReader sheet = context.sheet;
		ScoresLayout layout = context.layout;
		MessageLog log = context.log;
		if (layout.unit() < 0 && context.unit == null) {
			log.row(MessageCode.UNIT_MISSING, sheet.name(), found.header().firstRow() + 1);
			return List.of();
		}
		RoundLabel tableRound = null;
		// The indicators' rounds decide; an overall or a tool's column beside rounds in their groups takes
		// their round when they have one, and is passed over when they have several (no round of its own).
		Optional<ScoresLayout.IndicatorColumn> roundless = layout.indicatorColumns()
			.stream()
			.filter(c -> c.round() == null && c.indicator() != null)
			.findFirst();
		List<RoundLabel> grouped = layout.indicatorColumns().stream().map(c -> c.round()).filter(r -> r != null).toList();
		if (layout.round() < 0 && roundless.isEmpty()
				&& grouped.stream().map(r -> r.round().number()).distinct().count() == 1) {
			tableRound = grouped.get(0);
		}
		if (layout.round() < 0 && roundless.isPresent()) {
			tableRound = roundAbove(sheet, found.header().firstRow()).orElse(null);
			if (tableRound == null) {
				log.cell(MessageCode.SCORES_NO_ROUND, sheet.name(),
						CellRefs.of(found.header().lastRow(), roundless.get().column()), roundless.get().header());
				return List.of();
			}
		}
		int firstScoreColumn = layout.indicatorColumns().stream().mapToInt(c -> c.column()).min().orElse(0);
		List<TableRows.Row> unitRows = new ArrayList<>();
		java.util.Map<Integer, BigDecimal> targets = new java.util.HashMap<>();
		TableRows table = TableRows.below(sheet, found.header());
		for (TableRows.Row row : table) {
			if (row.labelledLeftOf(firstScoreColumn, ScoresShape.TARGET::matches)) {
				for (ScoresLayout.IndicatorColumn column : layout.indicatorColumns()) {
					BigDecimal target = readTarget(context, row, column.column());
					if (target != null) {
						targets.put(column.column(), target);
					}
				}
			}
			else if (!row.labelledLeftOf(firstScoreColumn, SummaryRows::isLabel)) {
				unitRows.add(row);
			}
		}
		log.hiddenRowsRead(sheet.name(), table.hiddenRead());
		List<ScoreEntry> entries = new ArrayList<>();
		List<Missing> missing = new ArrayList<>();
		for (TableRows.Row row : unitRows) {
			// A unit's name is carried down its rounds' rows; a row of units with its name left blank is
			// no unit above it (a trial's nameless row went to the unit above, refused as a duplicate).
			String unit = layout.round() >= 0 ? orElse(byCode(context, row, row.carried(layout.unit()), true), context.unit)
					: layout.unit() >= 0 ? byCode(context, row, row.mergedOrNull(layout.unit()), false) : context.unit;
			int mark = log.size();
			readMatrixRow(context, row, unit, tableRound, targets, entries, missing);
			log.about(mark, unit);
		}
		reportMissing(sheet, entries, missing, log);
		return entries;
	}

	private void readMatrixRow(Context context, TableRows.Row row, String unit, RoundLabel tableRound,
			java.util.Map<Integer, BigDecimal> targets, List<ScoreEntry> entries, List<Missing> missing) {
		SheetReader sheet = context.sheet;
		ScoresLayout layout = context.layout;
		if (unit == null) {
			context.log.row(MessageCode.UNIT_MISSING, sheet.name(), row.number());
			return;
		}
		Integer fiscalYear = rowFiscalYear(context, row);
		if (YEAR_INVALID.equals(fiscalYear)) {
			return;
		}
		RoundLabel rowRound = tableRound;
		if (layout.round() >= 0) {
			String roundText = row.carried(layout.round());
			rowRound = roundText == null ? null : parseRound(roundText).orElse(null);
			if (rowRound == null) {
				context.log.cell(MessageCode.ROUND_UNKNOWN, sheet.name(), row.ref(layout.round()),
						roundText == null || roundText.isEmpty() ? BLANK : roundText);
				return;
			}
		}
		String unitCell = layout.unit() >= 0 ? row.carriedRef(layout.unit()) : context.unitCell();
		Integer respondents = readRespondents(context, row);
		BigDecimal rowTarget = readTarget(context, row);
		int firstEntry = entries.size();
		for (ScoresLayout.IndicatorColumn column : layout.indicatorColumns()) {
			if (column.isTool()) {
				continue; // checked below, against the indicators read
			}
			RoundLabel round = column.round() != null ? column.round() : rowRound;
			if (round == null) {
				continue; // an overall beside several rounds' groups, none its own
			}
			Integer year = yearOf(context, row, fiscalYear, round);
			if (year == null) {
				if (context.yearMissingSaid().compareAndSet(false, true)) {
					context.log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), row.number());
				}
				return;
			}
			if (!column.isOverall() && row.number(column.column()) instanceof CellNumber.Blank) {
				missing.add(new Missing(unit, year, round.round().number(), column.indicator(), row.ref(column.column())));
				continue;
			}
			BigDecimal target = rowTarget != null ? rowTarget : targets.get(column.column());
			readScore(context, row, column.column()).ifPresent(score -> entries.add(new ScoreEntry(unit, year,
					round.round().number(), column.indicator(), score, respondents, target, sheet.name(),
					row.ref(column.column()), null, null, unitCell)));
		}
		checkTools(context, row, rowRound, entries.subList(firstEntry, entries.size()));
	}

	/**
	 * A tool's score stated beside its indicators ("IIT" in the NACC's tables) against their mean: the
	 * reports compute it from the indicators, and a stated one that differs is said, not passed over.
	 */
	private void checkTools(Context context, TableRows.Row row, RoundLabel rowRound, List<ScoreEntry> read) {
		for (ScoresLayout.IndicatorColumn column : context.layout.indicatorColumns()) {
			if (!column.isTool() || !(row.number(column.column()) instanceof CellNumber.Value stated)) {
				continue;
			}
			RoundLabel round = column.round() != null ? column.round() : rowRound;
			if (round == null) {
				continue;
			}
			// The tool's indicators of the same round and year: a group "ปีงบประมาณ 2566 รอบที่ 2" beside
			// "ปีงบประมาณ 2567 รอบที่ 2" is another round's.
			java.util.Set<String> cells = context.layout.indicatorColumns()
				.stream()
				.filter(c -> c.indicator() != null && c.indicator().tool() == column.tool()
						&& round.equals(c.round() == null ? rowRound : c.round()))
				.map(c -> row.ref(c.column()))
				.collect(java.util.stream.Collectors.toSet());
			long columns = cells.size();
			List<BigDecimal> scores = read.stream()
				.filter(e -> !e.isOverall() && cells.contains(e.cell()))
				.map(ScoreEntry::score)
				.toList();
			if (scores.isEmpty() || scores.size() < columns) {
				continue; // a blank among them is said at its cell; a mean of the others would differ
			}
			BigDecimal mean = Scores.round(Scores.mean(scores));
			BigDecimal difference = stated.value().subtract(mean).abs();
			if (difference.compareTo(TOOL_TOLERANCE) > 0) {
				context.log.cell(MessageCode.TOOL_MISMATCH, context.sheet.name(), row.ref(column.column()),
						column.tool().name(), Scores.format(stated.value()), Scores.format(mean), Scores.format(difference));
			}
		}
	}

	/** The round a label or title above the table states. */
	private Optional<RoundLabel> roundAbove(SheetReader sheet, int headerRow) {
		return SheetLabels.find(sheet, headerRow, ROUND_LABEL)
			.flatMap(v -> parseRound(v.value()))
			.or(() -> SheetLabels.scan(sheet, headerRow, catalog.calendar()::parseRoundLabel)
				.map(SheetLabels.Located::value));
	}

	/** An indicator's blank score cell in a round. */
	private record Missing(String unit, int fiscalYear, int round, Indicator indicator, String cell) {
	}

	/** The respondents an overall row states for a round, at their cell. */
	private record OverallCount(String unit, int fiscalYear, int round, int count, String cell) {
	}

	private void readRow(Context context, TableRows.Row row, List<ScoresLayout.RoundColumn> rounds, List<ScoreEntry> entries,
			List<Missing> missing, List<OverallCount> overallCounts) {
		String unit = orElse(byCode(context, row, row.carried(context.layout.unit()), true), context.unit);
		int mark = context.log.size();
		readRow(context, row, unit, rounds, entries, missing, overallCounts);
		context.log.about(mark, unit); // what is wrong in a unit's row is that unit's to mend
	}

	private void readRow(Context context, TableRows.Row row, String unit, List<ScoresLayout.RoundColumn> rounds,
			List<ScoreEntry> entries, List<Missing> missing, List<OverallCount> overallCounts) {
		SheetReader sheet = context.sheet;
		ScoresLayout layout = context.layout;
		Integer fiscalYear = rowFiscalYear(context, row);
		if (YEAR_INVALID.equals(fiscalYear)) {
			return;
		}
		List<ScoresLayout.RoundColumn> rowRounds = rounds;
		if (layout.isLong()) {
			String roundText = row.carried(layout.round());
			Optional<RoundLabel> label = roundText == null ? Optional.empty() : parseRound(roundText);
			if (label.isEmpty()) {
				context.log.cell(MessageCode.ROUND_UNKNOWN, sheet.name(), row.ref(layout.round()),
						roundText == null || roundText.isEmpty() ? BLANK : roundText);
				return;
			}
			rowRounds = List.of(new ScoresLayout.RoundColumn(layout.score(), label.get(), roundText));
		}
		String indicatorText = row.merged(layout.indicator());
		String indicatorCell = row.ref(layout.indicator());
		boolean overall = IndicatorCatalog.isOverall(indicatorText);
		Indicator named = overall ? null : catalog.indicators().find(indicatorText).orElse(null);
		if (named == null && layout.isLong() && totalsOtherUnits(context, row, rowRounds, unit)) {
			return; // the table's own total ("รวม", =AVERAGE(G2:G258)) is no unit's overall
		}
		if (!overall && named == null && rowRounds.stream().allMatch(r -> row.number(r.column()) instanceof CellNumber.Blank)) {
			return; // a caption or sub-heading inside the table, with no scores
		}
		if (!overall && named == null && IndicatorCatalog.toolTotal(indicatorText).isPresent()) {
			return; // a tool's subtotal ("IIT", "ภาพรวม EIT"): the reports work each tool's out from its indicators
		}
		boolean near = !overall && named == null;
		Indicator indicator = near ? catalog.indicators().findNear(indicatorText).orElse(null) : named;
		if (!overall && indicator == null) {
			List<Indicator> closest = catalog.indicators().closest(indicatorText);
			context.log.cell(MessageCode.INDICATOR_UNKNOWN, sheet.name(), indicatorCell,
					indicatorText.isEmpty() ? BLANK : indicatorText,
					closest.isEmpty() ? "" : closest.stream().map(i -> "\"" + i.number() + ". " + i.thai() + "\"")
						.collect(java.util.stream.Collectors.joining(" หรือ ", " หมายถึง ", " หรือไม่")),
					closest.isEmpty() ? "" : closest.stream().map(i -> "\"" + i.number() + ". " + i.english() + "\"")
						.collect(java.util.stream.Collectors.joining(" or ", " (did you mean ", "?)")));
			return;
		}
		if (indicator != null && context.readAs().add(indicatorText) && (near || catalog.indicators().runsOn(indicatorText))) {
			context.log.cell(MessageCode.INDICATOR_READ_AS, sheet.name(), indicatorCell, indicatorText, indicator.code(),
					indicator.thai(), indicator.english());
		}
		if (unit == null) {
			context.log.row(MessageCode.UNIT_MISSING, sheet.name(), row.number());
			return;
		}
		// The unit column's cell where a long table's unit is written (this row's, or the one above it was
		// carried down from), else the label or title above the table that names it.
		String unitCell = layout.unit() >= 0 ? row.carriedRef(layout.unit()) : context.unitCell();
		Integer respondents = readRespondents(context, row);
		BigDecimal target = readTarget(context, row);
		if (indicator == null && respondents != null && rowRounds.size() > 1
				&& rowRounds.stream().anyMatch(r -> r.respondents() < 0)) {
			// One count for several rounds on the overall row is no round's for sure (a review: it went to
			// every round); an indicator row's is its rounds' as before.
			context.log.cell(MessageCode.RESPONDENTS_OVERALL_SHARED, sheet.name(), row.ref(layout.respondents()),
					String.valueOf(respondents));
		}
		for (ScoresLayout.RoundColumn round : rowRounds) {
			Integer year = yearOf(context, row, fiscalYear, round.label());
			if (year == null) {
				// Said once, at the first such row: every row of the table wants the same year (a trial's
				// ten identical errors for one label the reader had missed).
				if (context.yearMissingSaid().compareAndSet(false, true)) {
					context.log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), row.number());
				}
				return;
			}
			if (indicator != null && row.number(round.column()) instanceof CellNumber.Blank) {
				missing.add(new Missing(unit, year, round.label().round().number(), indicator, row.ref(round.column())));
				continue;
			}
			Integer roundRespondents = round.respondents() >= 0 ? readRespondents(context, row, round.respondents())
					: respondents;
			if (indicator == null && roundRespondents != null && (round.respondents() >= 0 || rowRounds.size() == 1)) {
				overallCounts.add(new OverallCount(unit, year, round.label().round().number(), roundRespondents,
						row.ref(round.respondents() >= 0 ? round.respondents() : layout.respondents())));
			}
			BigDecimal roundTarget = round.target() >= 0 ? readTarget(context, row, round.target()) : target;
			readScore(context, row, round.column()).ifPresent(score -> entries.add(new ScoreEntry(unit, year,
					round.label().round().number(), indicator, score, roundRespondents, roundTarget, sheet.name(),
					row.ref(round.column()), null, null, unitCell)));
		}
	}

	/**
	 * True for a row of a long table whose formula takes in other units' rows: the table's total at its
	 * foot, its unit, year and round left blank and so carried down from the last unit's. A trial's
	 * "รวม" with =AVERAGE(G2:G258) became that unit's stated overall, which the reports use.
	 */
	private static boolean totalsOtherUnits(Context context, TableRows.Row row, List<ScoresLayout.RoundColumn> rounds,
			String unit) {
		int unitColumn = context.layout().unit();
		// A row with its unit written on it is that unit's, whatever its formula takes in.
		if (unitColumn < 0 || unit == null || row.mergedOrNull(unitColumn) != null) {
			return false;
		}
		String own = ThaiText.key(row.carried(unitColumn));
		for (ScoresLayout.RoundColumn round : rounds) {
			Optional<int[]> covered = context.sheet().plainAggregateRows(row.index(), round.column());
			if (covered.isPresent()) {
				for (int r = covered.get()[0]; r <= covered.get()[1]; r++) {
					String other = context.sheet().text(r, unitColumn);
					if (!other.isEmpty() && !ThaiText.key(other).equals(own)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String orElse(String value, String fallback) {
		return value != null ? value : fallback;
	}

	/**
	 * A whole number over 100 that is a plausible score with a decimal point put back: 925 for 92.5, 8875
	 * for 88.75 (a holdout trial's 925 was refused without a word of what it would be).
	 */
	private static Optional<BigDecimal> pointLeftOut(BigDecimal score) {
		if (score.signum() <= 0 || score.stripTrailingZeros().scale() > 0 || score.compareTo(BigDecimal.valueOf(10_000)) > 0) {
			return Optional.empty();
		}
		BigDecimal meant = score.movePointLeft(score.compareTo(BigDecimal.valueOf(1_000)) < 0 ? 1 : 2).stripTrailingZeros();
		return meant.compareTo(BigDecimal.valueOf(50)) >= 0 && meant.compareTo(BigDecimal.valueOf(100)) <= 0 ? Optional.of(meant)
				: Optional.empty();
	}

	private Optional<BigDecimal> readScore(Context context, TableRows.Row row, int column) {
		SheetReader sheet = context.sheet;
		String cell = row.ref(column);
		CellNumber number = row.number(column);
		if (number instanceof CellNumber.Value value) {
			if (value.value().signum() < 0 || value.value().compareTo(BigDecimal.valueOf(100)) > 0) {
				Optional<BigDecimal> meant = pointLeftOut(value.value());
				context.log.cell(MessageCode.SCORE_RANGE, sheet.name(), cell, value.value().toPlainString(),
						meant.map(m -> " ถ้าพิมพ์ตกจุดทศนิยม คะแนนที่ถูกน่าจะเป็น " + m.toPlainString()).orElse(""),
						meant.map(m -> "; if its decimal point was left out, it would be " + m.toPlainString()).orElse(""));
				return Optional.empty();
			}
			return Optional.of(value.value());
		}
		if (number instanceof CellNumber.Invalid invalid) {
			// "๙๕.๕o": a Latin o looks like ๐ on screen, and "not a number" looked wrong to a trial's user.
			String zero = ThaiDigits.toArabic(invalid.text()).equals(invalid.text()) ? "0" : "๐";
			String digitFor = LETTER_O.matcher(invalid.text()).replaceAll(zero);
			if (!digitFor.equals(invalid.text()) && ThaiNumbers.parse(digitFor).isPresent()) {
				context.log.cell(MessageCode.SCORE_LETTER_FOR_DIGIT, sheet.name(), cell, invalid.text(), digitFor);
			}
			else {
				context.log.cell(MessageCode.SCORE_NOT_NUMBER, sheet.name(), cell, invalid.text());
			}
		}
		else if (number instanceof CellNumber.NoFormulaValue) {
			context.log.cell(MessageCode.FORMULA_NO_VALUE, sheet.name(), cell);
		}
		return Optional.empty();
	}

	private Integer readRespondents(Context context, TableRows.Row row) {
		return readRespondents(context, row, context.layout.respondents());
	}

	private Integer readRespondents(Context context, TableRows.Row row, int column) {
		if (column < 0) {
			return null;
		}
		CellNumber number = row.number(column);
		if (number instanceof CellNumber.Value value) {
			try {
				int count = value.value().intValueExact();
				if (count >= 0) {
					return count;
				}
			}
			catch (ArithmeticException ex) {
				// not a whole number: reported below
			}
		}
		else if (number instanceof CellNumber.Blank) {
			return null;
		}
		context.log.cell(MessageCode.RESPONDENTS_INVALID, context.sheet.name(), row.ref(column), row.text(column));
		return null;
	}

	/**
	 * The row's fiscal year: its column's, else the one stated above the table ({@code null} when
	 * neither); {@link #YEAR_INVALID}, said in the log, when its cell holds no year.
	 */
	private Integer rowFiscalYear(Context context, TableRows.Row row) {
		int column = context.layout.fiscalYear();
		String text = row.carried(column);
		if (column < 0 || text == null) {
			return context.fiscalYear;
		}
		Optional<Integer> parsed = CommonColumns.fiscalYearValue(text);
		if (parsed.isEmpty()) {
			context.log.cell(MessageCode.FISCAL_YEAR_INVALID, context.sheet.name(), row.ref(column), text);
			return YEAR_INVALID;
		}
		return parsed.get();
	}

	/**
	 * A score's fiscal year: its row's fiscal-year cell; else the year its round's header names ("รอบ 1"
	 * under "ปีงบประมาณ 2566"), a sheet keeping several years side by side; else the year labelled or
	 * titled above the table; else the year its round's months imply ("(ต.ค.65 – ก.พ.66)": a template's
	 * months left from last year under this year's title say last year's); else the configured one.
	 *
	 * @param rowYear the row's year as {@link #rowFiscalYear} gives it
	 */
	private static Integer yearOf(Context context, TableRows.Row row, Integer rowYear, RoundLabel round) {
		int column = context.layout.fiscalYear();
		boolean rowStatesIt = column >= 0 && row.carried(column) != null;
		if (rowStatesIt || round.fiscalYear() == null) {
			return rowYear;
		}
		return round.yearNamed() || !context.yearLabelled() || rowYear == null ? round.fiscalYear() : rowYear;
	}

	private BigDecimal readTarget(Context context, TableRows.Row row) {
		return readTarget(context, row, context.layout.target());
	}

	/** The target in the column (the row's, or a matrix's target row's for one indicator). */
	private BigDecimal readTarget(Context context, TableRows.Row row, int column) {
		if (column < 0) {
			return null;
		}
		CellNumber number = row.number(column);
		if (number instanceof CellNumber.Value value && value.value().signum() >= 0
				&& value.value().compareTo(BigDecimal.valueOf(100)) <= 0) {
			return value.value();
		}
		if (number instanceof CellNumber.Blank) {
			return null;
		}
		context.log.cell(MessageCode.TARGET_INVALID, context.sheet.name(), row.ref(column), row.text(column));
		return null;
	}

	private Optional<RoundLabel> parseRound(String text) {
		Optional<RoundLabel> label = catalog.calendar().parseRoundLabel(text);
		if (label.isPresent()) {
			return label;
		}
		String key = ThaiText.key(text).replaceAll("\\.0+$", "");
		if (key.matches("\\d{1,2}")) {
			return catalog.calendar().round(Integer.parseInt(key)).map(r -> new RoundLabel(r, null));
		}
		return Optional.empty();
	}

	/** Where each round's scores are: a column per round, or one score column and a round label above. */
	private List<ScoresLayout.RoundColumn> roundSources(SheetReader sheet, int headerRow, ScoresLayout layout, MessageLog log) {
		if (layout.isLong()) {
			return List.of();
		}
		if (!layout.roundColumns().isEmpty()) {
			return layout.roundColumns();
		}
		Optional<RoundLabel> label = roundAbove(sheet, headerRow);
		if (label.isEmpty()) {
			log.cell(MessageCode.SCORES_NO_ROUND, sheet.name(), CellRefs.of(headerRow, layout.score()),
					layout.scoreHeader() == null ? "" : layout.scoreHeader().label());
			return null;
		}
		return List.of(new ScoresLayout.RoundColumn(layout.score(), label.get(),
				layout.scoreHeader() == null ? "" : layout.scoreHeader().label()));
	}

	/**
	 * Says of a column beside the rounds read that its heading speaks of a round ("รอบ 6 เดือนแรก"
	 * where the catalogue knew only "5 เดือนแรก") and that numbers are under it: a trial's such columns
	 * were passed over without a word, its unit's latest round missing from every report.
	 */
	private static void unreadRounds(SheetReader sheet, Header header, ScoresLayout layout, MessageLog log) {
		int firstRow = header.lastRow() + 1;
		for (HeaderCell cell : header.cells()) {
			if (!layout.uses(cell.column()) && ROUND_WORDS.matcher(cell.key()).find() && !NOT_SCORES.matcher(cell.key()).find()
					&& !ScoresShape.isCountOrTarget(cell)
					&& sheet.number(firstRow, cell.column()) instanceof CellNumber.Value) {
				log.cell(MessageCode.SCORES_COLUMN_NOT_READ, sheet.name(), CellRefs.of(header.lastRow(), cell.column()),
						cell.label());
			}
		}
	}

	/** Words of a round's heading. */
	private static final java.util.regex.Pattern ROUND_WORDS = java.util.regex.Pattern.compile("รอบ|ครั้งที่|เดือน|round");

	/**
	 * Words of a column worked out from the rounds or kept from before, not a round's scores:
	 * "ส่วนต่างจากรอบก่อน", "เพิ่ม/ลด", "ลำดับ", "เฉลี่ย 2 รอบ", "รวมทุกรอบ", "คะแนนรอบที่แล้ว".
	 */
	private static final java.util.regex.Pattern NOT_SCORES = java.util.regex.Pattern
		.compile("ส่วนต่าง|ผลต่าง|เพิ่มขึ้น|ลดลง|เพิ่ม\\s*[/-]\\s*ลด|เปลี่ยนแปลง|ลำดับ|อันดับ|เฉลี่ย|รวม|ทุกรอบ|ก่อน|ที่แล้ว"
				+ "|change|diff|rank|average|mean|total|previous|[+±]");

	/** A round header such as "รอบ 5 เดือนแรก (ต.ค.63 – ก.พ.64)" states the year before configuration does. */
	private static Optional<Integer> yearInRoundHeaders(ScoresLayout layout) {
		return layout.roundColumns()
			.stream()
			.map(c -> c.label().fiscalYear())
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * The sheet being read, its layout, the unit and year stated above it or configured, and the row
	 * labels already looked at for a name run into more words (each told once a table).
	 */
	private record Context(SheetReader sheet, ScoresLayout layout, MessageLog log, String unit, String unitCell,
			Integer fiscalYear, boolean yearLabelled, AtomicBoolean yearMissingSaid, Set<String> readAs, int codeColumn,
			UnitNames register) {
	}

	/**
	 * The row's unit as its name column gives it, or its code where the name is no one registered unit's
	 * and the code is one's: a trial's ministry export named four units "กองแผนงาน" and one "ศทส.", each
	 * with its own code beside it, and its data went to made-up units or was refused as duplicates.
	 */
	private static String byCode(Context context, TableRows.Row row, String named, boolean carriedDown) {
		if (context.codeColumn() < 0 || context.register().isEmpty()) {
			return named;
		}
		// The row's own code; one carried down only with the name it was written beside (a name on this row
		// with its code left blank is not the code above's unit, nor, in a matrix, a row left blank).
		String code = row.mergedOrNull(context.codeColumn());
		if (code == null && carriedDown && row.mergedOrNull(context.layout().unit()) == null) {
			code = row.carried(context.codeColumn());
		}
		if (code == null || code.isBlank()) {
			return named;
		}
		boolean nameIsOnes = named != null && context.register().canonical(named).isPresent()
				&& context.register().sharing(named).isEmpty();
		return nameIsOnes || context.register().canonical(code).isEmpty() ? named : code;
	}
}
