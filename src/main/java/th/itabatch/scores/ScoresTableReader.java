package th.itabatch.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar.RoundLabel;
import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.IndicatorCatalog;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CellNumber;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetLabels;
import th.itabatch.workbook.SheetReader;

/**
 * Reads the scores table of a sheet, wide (a column per round) or long (a row per unit, year,
 * round and indicator), checking each cell as it goes.
 */
public final class ScoresTableReader {

	private static final ColumnAliases ROUND_LABEL = ColumnAliases.of("รอบ", "รอบที่", "รอบการประเมิน", "round");

	private final Catalog catalog;

	private final ScoresShape shape;

	public ScoresTableReader(Catalog catalog) {
		this.catalog = catalog;
		this.shape = new ScoresShape(catalog.calendar());
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
		if (layout.indicator() < 0) {
			log.row(MessageCode.SCORES_NO_INDICATOR_COLUMN, sheet.name(), found.header().lastRow() + 1);
			return List.of();
		}
		Context context = new Context(sheet, layout, log, resolveUnit(sheet, headerRow, defaults),
				resolveFiscalYear(sheet, headerRow, layout, defaults));
		List<RoundSource> rounds = roundSources(sheet, headerRow, layout, log);
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
				log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), headerRow + 1);
				return List.of();
			}
		}
		List<ScoreEntry> entries = new ArrayList<>();
		for (int row = found.header().lastRow() + 1; row <= sheet.lastRow(); row++) {
			if (sheet.isRowBlank(row)) {
				continue;
			}
			if (CommonColumns.isNotesRow(sheet.firstText(row))) {
				break;
			}
			readRow(context, row, rounds, entries);
		}
		return entries;
	}

	private void readRow(Context context, int row, List<RoundSource> rounds, List<ScoreEntry> entries) {
		SheetReader sheet = context.sheet;
		ScoresLayout layout = context.layout;
		String unit = context.inherit("unit", layout.unit(), row, context.unit);
		String fiscalYearText = context.inherit("fy", layout.fiscalYear(), row, null);
		Integer fiscalYear = context.fiscalYear;
		if (layout.fiscalYear() >= 0 && fiscalYearText != null) {
			Optional<Integer> parsed = CommonColumns.fiscalYearValue(fiscalYearText);
			if (parsed.isEmpty()) {
				context.log.cell(MessageCode.FISCAL_YEAR_INVALID, sheet.name(), SheetReader.ref(row, layout.fiscalYear()),
						fiscalYearText);
				return;
			}
			fiscalYear = parsed.get();
		}
		List<RoundSource> rowRounds = rounds;
		if (layout.isLong()) {
			String roundText = context.inherit("round", layout.round(), row, null);
			Optional<RoundLabel> label = roundText == null ? Optional.empty() : parseRound(roundText);
			if (label.isEmpty()) {
				context.log.cell(MessageCode.ROUND_UNKNOWN, sheet.name(), SheetReader.ref(row, layout.round()),
						roundText == null ? "" : roundText);
				return;
			}
			rowRounds = List.of(new RoundSource(layout.score(), label.get()));
		}
		String indicatorText = sheet.mergedText(row, layout.indicator());
		String indicatorCell = SheetReader.ref(row, layout.indicator());
		boolean overall = IndicatorCatalog.isOverall(indicatorText);
		Indicator indicator = overall ? null : catalog.indicators().find(indicatorText).orElse(null);
		if (!overall && indicator == null) {
			if (rowRounds.stream().allMatch(r -> sheet.number(row, r.column()) instanceof CellNumber.Blank)) {
				return; // a caption or sub-heading inside the table, with no scores
			}
			context.log.cell(MessageCode.INDICATOR_UNKNOWN, sheet.name(), indicatorCell,
					indicatorText.isEmpty() ? "(ว่าง/blank)" : indicatorText);
			return;
		}
		if (unit == null) {
			context.log.row(MessageCode.UNIT_MISSING, sheet.name(), row + 1);
			return;
		}
		Integer respondents = readRespondents(context, row);
		BigDecimal target = readTarget(context, row);
		for (RoundSource round : rowRounds) {
			Integer year = fiscalYear != null ? fiscalYear : round.label().fiscalYear();
			if (year == null) {
				context.log.row(MessageCode.FISCAL_YEAR_MISSING, sheet.name(), row + 1);
				return;
			}
			readScore(context, row, round.column()).ifPresent(score -> entries.add(new ScoreEntry(unit, year,
					round.label().round().number(), indicator, score, respondents, target, sheet.name(),
					SheetReader.ref(row, round.column()))));
		}
	}

	private Optional<BigDecimal> readScore(Context context, int row, int column) {
		SheetReader sheet = context.sheet;
		String cell = SheetReader.ref(row, column);
		CellNumber number = sheet.number(row, column);
		if (number instanceof CellNumber.Value value) {
			if (value.value().signum() < 0 || value.value().compareTo(BigDecimal.valueOf(100)) > 0) {
				context.log.cell(MessageCode.SCORE_RANGE, sheet.name(), cell, value.value().toPlainString());
				return Optional.empty();
			}
			return Optional.of(value.value());
		}
		if (number instanceof CellNumber.Invalid invalid) {
			if (!isDash(invalid.text())) {
				context.log.cell(MessageCode.SCORE_NOT_NUMBER, sheet.name(), cell, invalid.text());
			}
		}
		else if (number instanceof CellNumber.NoFormulaValue) {
			context.log.cell(MessageCode.FORMULA_NO_VALUE, sheet.name(), cell);
		}
		return Optional.empty();
	}

	private Integer readRespondents(Context context, int row) {
		int column = context.layout.respondents();
		if (column < 0) {
			return null;
		}
		CellNumber number = context.sheet.number(row, column);
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
		else if (number instanceof CellNumber.Blank
				|| number instanceof CellNumber.Invalid invalid && isDash(invalid.text())) {
			return null;
		}
		context.log.cell(MessageCode.RESPONDENTS_INVALID, context.sheet.name(), SheetReader.ref(row, column),
				context.sheet.text(row, column));
		return null;
	}

	private BigDecimal readTarget(Context context, int row) {
		int column = context.layout.target();
		if (column < 0) {
			return null;
		}
		CellNumber number = context.sheet.number(row, column);
		if (number instanceof CellNumber.Value value && value.value().signum() >= 0
				&& value.value().compareTo(BigDecimal.valueOf(100)) <= 0) {
			return value.value();
		}
		if (number instanceof CellNumber.Blank || number instanceof CellNumber.Invalid invalid && isDash(invalid.text())) {
			return null;
		}
		context.log.cell(MessageCode.TARGET_INVALID, context.sheet.name(), SheetReader.ref(row, column),
				context.sheet.text(row, column));
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
	private List<RoundSource> roundSources(SheetReader sheet, int headerRow, ScoresLayout layout, MessageLog log) {
		if (layout.isLong()) {
			return List.of();
		}
		if (!layout.roundColumns().isEmpty()) {
			return layout.roundColumns().stream().map(c -> new RoundSource(c.column(), c.label())).toList();
		}
		Optional<RoundLabel> label = SheetLabels.find(sheet, headerRow, ROUND_LABEL)
			.flatMap(v -> parseRound(v.value()))
			.or(() -> SheetLabels.scan(sheet, headerRow, catalog.calendar()::parseRoundLabel)
				.map(SheetLabels.Located::value));
		if (label.isEmpty()) {
			log.cell(MessageCode.SCORES_NO_ROUND, sheet.name(), SheetReader.ref(headerRow, layout.score()),
					layout.scoreHeader() == null ? "" : layout.scoreHeader().label());
			return null;
		}
		return List.of(new RoundSource(layout.score(), label.get()));
	}

	private static String resolveUnit(SheetReader sheet, int headerRow, InputDefaults defaults) {
		return SheetLabels.unit(sheet, headerRow).orElse(defaults.unit());
	}

	private static Integer resolveFiscalYear(SheetReader sheet, int headerRow, ScoresLayout layout,
			InputDefaults defaults) {
		Optional<Integer> labelled = SheetLabels.fiscalYear(sheet, headerRow);
		if (labelled.isPresent()) {
			return labelled.get();
		}
		// A round header such as "รอบ 5 เดือนแรก (ต.ค.63 – ก.พ.64)" states the year before configuration does.
		Optional<Integer> fromRounds = layout.roundColumns()
			.stream()
			.map(c -> c.label().fiscalYear())
			.filter(java.util.Objects::nonNull)
			.findFirst();
		return fromRounds.orElse(defaults.fiscalYear());
	}

	private static boolean isDash(String text) {
		String t = ThaiText.clean(text);
		return t.equals("-") || t.equals("–") || t.equals("—") || t.equalsIgnoreCase("n/a");
	}

	private record RoundSource(int column, RoundLabel label) {
	}

	/** The sheet being read, its layout, and the values grouping columns carry down. */
	private static final class Context {

		final SheetReader sheet;

		final ScoresLayout layout;

		final MessageLog log;

		final String unit;

		final Integer fiscalYear;

		private final java.util.Map<String, String> carried = new java.util.HashMap<>();

		Context(SheetReader sheet, ScoresLayout layout, MessageLog log, String unit, Integer fiscalYear) {
			this.sheet = sheet;
			this.layout = layout;
			this.log = log;
			this.unit = unit;
			this.fiscalYear = fiscalYear;
		}

		/** A grouping column's value: the cell's, else the value above it, else the fallback. */
		String inherit(String name, int column, int row, String fallback) {
			if (column < 0) {
				return fallback;
			}
			String value = sheet.mergedText(row, column);
			if (!value.isEmpty()) {
				carried.put(name, value);
				return value;
			}
			return carried.getOrDefault(name, fallback);
		}
	}
}
