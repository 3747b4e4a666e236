package th.itabatch.scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.catalog.Indicator;
import th.itabatch.catalog.IndicatorCatalog;
import th.itabatch.catalog.Tool;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.HeaderCell;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableShape;

/**
 * Recognises a scores table by its header texts: wide (a row per indicator, a column per round), long
 * (a row per unit, year, round and indicator) or a matrix (a column per indicator, a row per unit or
 * round, as a planning office sums its units up).
 */
final class ScoresShape implements TableShape<ScoresLayout> {

	static final ColumnAliases INDICATOR = ColumnAliases.of("ตัวชี้วัด", "ตัวชี้วัด ita", "ตัวชี้วัดการประเมิน", "ชื่อตัวชี้วัด",
			"ประเด็นการประเมิน", "ด้าน", "indicator", "indicators", "indicator name");

	static final ColumnAliases SCORE = ColumnAliases.of("คะแนน", "ผลคะแนน", "คะแนนที่ได้", "ผลการประเมิน", "ร้อยละ",
			"คะแนนการรับรู้", "score", "scores", "result");

	static final ColumnAliases ROUND = ColumnAliases.of("รอบ", "รอบที่", "รอบการประเมิน", "round");

	static final ColumnAliases RESPONDENTS = ColumnAliases.of("จำนวนผู้ตอบ", "ผู้ตอบ", "จำนวนผู้ตอบแบบสอบถาม",
			"จำนวนผู้ตอบแบบวัด", "จำนวนผู้ตอบแบบประเมิน", "respondents", "number of respondents", "n");

	static final ColumnAliases TARGET = ColumnAliases.of("เป้าหมาย", "ค่าเป้าหมาย", "target", "goal");

	/** "Indicator 1", "IIT1", "i1": an indicator's column, which the round's "r 1" would otherwise take. */
	private static final java.util.regex.Pattern INDICATOR_HEADING = java.util.regex.Pattern
		.compile("^(?:indicator|ตัวชี้วัด|iit|eit|oit|i)\\s*[-_.]?\\s*\\d");

	/** A matrix's whole ITA score, its stated overall: "ITA", "คะแนน ITA" (the NACC's tables). */
	private static final java.util.regex.Pattern ITA_TOTAL = java.util.regex.Pattern
		.compile("(?:คะแนน\\s*)?(?:รวม\\s*)?ita(?:\\s*score)?");

	/** A matrix's tool score beside its indicators: "IIT", "คะแนน EIT". */

	/** "6": a number alone, which names an indicator with the group above it ("EIT"). */
	private static final java.util.regex.Pattern NUMBER_ALONE = java.util.regex.Pattern.compile("\\d{1,2}");

	/** The letters an indicator's column heading has at most ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (OIT10)"). */
	private static final int LONGEST_HEADING = 80;

	private final FiscalCalendar calendar;

	private final IndicatorCatalog indicators;

	ScoresShape(Catalog catalog) {
		this.calendar = catalog.calendar();
		this.indicators = catalog.indicators();
	}

	@Override
	public Optional<ScoresLayout> recognise(Header header, SheetReader sheet) {
		if (header.cells().size() < 2) {
			// One cell is a title ("ผลคะแนน ITA กองคลัง ปีงบประมาณ 2564"), no table: taken for a table of a
			// score column, it hid the table below it and was refused for having no indicator column (a trial).
			return Optional.empty();
		}
		// Round headers first: "รอบ 5 เดือนแรก" and "คะแนน รอบ 1" would otherwise pass for the long
		// table's "รอบ" and "คะแนน" columns.
		List<ScoresLayout.RoundColumn> rounds = new ArrayList<>();
		List<HeaderCell> others = new ArrayList<>();
		// Each label read as a round once: asked of every header cell of every sheet looked at.
		List<Optional<FiscalCalendar.RoundLabel>> labels = header.cells().stream().map(c -> calendar.parseRoundLabel(c.label())).toList();
		java.util.Set<String> titles = titles(header.cells(), labels);
		for (int i = 0; i < header.cells().size(); i++) {
			HeaderCell cell = header.cells().get(i);
			// What names a round is asked first: the exceptions are looked for only where one is named.
			String group = titles.contains(cell.group()) ? null : cell.group();
			Optional<ScoresLayout.RoundColumn> round = labels.get(i)
				.map(label -> withStatedYear(withOwnYear(label, cell.label()), cell.label(), group))
				.filter(label -> !INDICATOR.matches(cell.label()) && !INDICATOR_HEADING.matcher(cell.key()).find()
						&& !mergedOnward(sheet, header, cell) && !isCountOrTarget(cell))
				.map(label -> new ScoresLayout.RoundColumn(cell.column(), label, cell.label()));
			round.ifPresentOrElse(rounds::add, () -> others.add(cell));
		}
		if (header.firstRow() == header.lastRow() && rounds.stream()
			.anyMatch(r -> SCORE.matches(sheet.text(header.lastRow() + 1, r.column())))) {
			// "คะแนน" under a round's header: the header goes on a row, its rounds' own columns below.
			return Optional.empty();
		}
		List<ScoresLayout.RoundColumn> grouped = roundsOwnColumns(header, sheet, titles);
		if (!grouped.isEmpty()) {
			rounds.addAll(grouped);
			java.util.Set<Integer> taken = new java.util.HashSet<>();
			grouped.forEach(r -> taken.addAll(List.of(r.column(), r.respondents(), r.target())));
			others.removeIf(c -> taken.contains(c.column()));
		}
		Header rest = new Header(header.firstRow(), header.lastRow(), others);
		// "ตัวชี้วัด" and "ตัวชี้วัด (1-10)" head the indicators' column; "Indicator 1" or "ตัวชี้วัด 1" one indicator's scores.
		int indicator = rest.cells()
			.stream()
			.filter(c -> c.matches(INDICATOR) && !INDICATOR_HEADING.matcher(c.key()).find())
			.mapToInt(HeaderCell::column)
			.findFirst()
			.orElse(-1);
		HeaderCell scoreHeader = rest.first(SCORE).orElse(null);
		int score = scoreHeader == null ? -1 : scoreHeader.column();
		if (score < 0 && rounds.isEmpty()) {
			if (indicator >= 0 && indicatorsBelow(sheet, header, indicator) && numbersBeside(sheet, header, rest, indicator)) {
				// Indicators listed under their heading, the columns beside them headed in words no round is
				// named by ("งวดที่ 1"): a scores table whose columns are not understood, which its reader says,
				// rather than "no table found" (a trial).
				return Optional.of(new ScoresLayout(indicator, -1, -1, -1, -1, -1, -1, List.of(), null, List.of()));
			}
			return indicator < 0 ? matrix(rest) : Optional.empty();
		}
		if (indicator < 0 && score < 0 && rounds.size() < 2) {
			// One column that merely mentions a round is not yet a scores table.
			return Optional.empty();
		}
		return Optional.of(new ScoresLayout(indicator, score, rest.column(ROUND), CommonColumns.unitColumn(rest),
				rest.column(CommonColumns.FISCAL_YEAR), rest.column(RESPONDENTS), rest.column(TARGET),
				withYearsAbove(rounds, header, sheet), scoreHeader, List.of()));
	}

	/** True when the two rows under the header name indicators of the catalogue in the indicator column. */
	private boolean indicatorsBelow(SheetReader sheet, Header header, int column) {
		int row = header.lastRow() + 1;
		return indicators.find(sheet.text(row, column)).isPresent() && indicators.find(sheet.text(row + 1, column)).isPresent();
	}

	/**
	 * True when a column beside the indicators holds numbers in the two rows under the header: scores
	 * under headings not understood, not a sheet that describes the indicators in words.
	 */
	private static boolean numbersBeside(SheetReader sheet, Header header, Header rest, int indicator) {
		int row = header.lastRow() + 1;
		return rest.cells()
			.stream()
			.filter(c -> c.column() != indicator)
			.anyMatch(c -> sheet.number(row, c.column()) instanceof th.itabatch.workbook.CellNumber.Value
					&& sheet.number(row + 1, c.column()) instanceof th.itabatch.workbook.CellNumber.Value);
	}

	/**
	 * The rounds with the year merged over them in the row above the header: years over rounds over
	 * their คะแนน and จำนวนผู้ตอบ take three rows, and a header is two (a trial's second year was
	 * read as the first's, without a word). Only an area within the rounds' columns: a title over the
	 * whole table states the table's year, read as such.
	 */
	private static List<ScoresLayout.RoundColumn> withYearsAbove(List<ScoresLayout.RoundColumn> rounds, Header header,
			SheetReader sheet) {
		int above = header.firstRow() - 1;
		if (above < 0 || rounds.isEmpty()) {
			return rounds;
		}
		int first = Integer.MAX_VALUE;
		int last = -1;
		for (ScoresLayout.RoundColumn round : rounds) {
			for (int column : new int[] { round.column(), round.respondents(), round.target() }) {
				if (column >= 0) {
					first = Math.min(first, column);
					last = Math.max(last, column);
				}
			}
		}
		List<ScoresLayout.RoundColumn> dated = new ArrayList<>();
		for (ScoresLayout.RoundColumn round : rounds) {
			var region = sheet.mergedRegion(above, round.column());
			boolean over = region != null && region.getFirstColumn() >= first && region.getLastColumn() <= last;
			String year = over ? sheet.mergedText(above, round.column())
					: region == null ? labelTypedOver(sheet, above, round.column(), first) : null;
			dated.add(year == null ? round : new ScoresLayout.RoundColumn(round.column(),
					withStatedYear(round.label(), year), round.header(), round.respondents(), round.target()));
		}
		return dated;
	}

	/**
	 * The label typed in the row above a round's column or, where that cell is blank, the nearest to its
	 * left within the rounds' columns, unmerged: "ปีงบประมาณ 2566" typed over the first of its rounds and
	 * "ปีงบประมาณ 2567" over the next year's first, as people type them (a trial's second year was read as
	 * the first's and refused as its duplicate). A merged cell on the way ends the look: it is no such label.
	 */
	private static String labelTypedOver(SheetReader sheet, int row, int column, int first) {
		for (int c = column; c >= first; c--) {
			if (sheet.mergedRegion(row, c) != null) {
				return null;
			}
			String text = sheet.text(row, c);
			if (!text.isEmpty()) {
				return text;
			}
		}
		return null;
	}

	/** The round with the year its own heading states: "รอบ 1/2566", "รอบ 1 ปี 66". */
	private static FiscalCalendar.RoundLabel withOwnYear(FiscalCalendar.RoundLabel label, String heading) {
		if (label.fiscalYear() != null) {
			return label;
		}
		return CommonColumns.fiscalYearInRoundHeading(heading)
			.map(year -> new FiscalCalendar.RoundLabel(label.round(), year, true))
			.orElse(label);
	}

	/**
	 * The upper header texts over other columns than rounds and a round's own (the indicator's, the
	 * unit's, the long table's round column): a title merged above the header ("ผลคะแนน ITA รอบที่ 1
	 * และ 2 ปีงบประมาณ 2566 - 2567"), which states neither a round's columns nor a column's year.
	 */
	private static java.util.Set<String> titles(List<HeaderCell> cells, List<Optional<FiscalCalendar.RoundLabel>> labels) {
		java.util.Set<String> titles = new java.util.HashSet<>();
		for (int i = 0; i < cells.size(); i++) {
			HeaderCell cell = cells.get(i);
			if (cell.group() != null && labels.get(i).isEmpty() && !isRoundsOwn(cell)) {
				titles.add(cell.group());
			}
		}
		return titles;
	}

	/**
	 * A round's own columns under its group header: "รอบที่ 1" merged over "คะแนน" and "จำนวนผู้ตอบ"
	 * (or "เป้าหมาย"), each round with its score, respondents and target (a trial's such table was
	 * refused, its second header row read as an indicator).
	 */
	private List<ScoresLayout.RoundColumn> roundsOwnColumns(Header header, SheetReader sheet, java.util.Set<String> titles) {
		// By the group's own cell, not its text: two years' "รอบที่ 1" side by side are two groups.
		java.util.Map<Integer, List<HeaderCell>> byGroup = new java.util.LinkedHashMap<>();
		for (HeaderCell cell : header.cells()) {
			if (cell.group() != null && !titles.contains(cell.group()) && isRoundsOwn(cell)) {
				var region = sheet.mergedRegion(header.firstRow(), cell.column());
				byGroup.computeIfAbsent(region == null ? cell.column() : region.getFirstColumn(), g -> new ArrayList<>())
					.add(cell);
			}
		}
		List<ScoresLayout.RoundColumn> rounds = new ArrayList<>();
		byGroup.values().forEach(under -> {
			String group = under.get(0).group();
			Optional<FiscalCalendar.RoundLabel> label = calendar.parseRoundLabel(group)
				.map(l -> withStatedYear(withOwnYear(l, group), group));
			Optional<HeaderCell> score = under.stream().filter(c -> c.matches(SCORE)).findFirst();
			if (label.isPresent() && score.isPresent()) {
				int respondents = under.stream().filter(c -> c.matches(RESPONDENTS)).mapToInt(HeaderCell::column).findFirst().orElse(-1);
				int target = under.stream().filter(c -> c.matches(TARGET)).mapToInt(HeaderCell::column).findFirst().orElse(-1);
				rounds.add(new ScoresLayout.RoundColumn(score.get().column(), label.get(), group, respondents, target));
			}
		});
		return rounds;
	}

	/** A round's respondents or target column ("จำนวนผู้ตอบรอบ 1"), not one of its scores. */
	static boolean isCountOrTarget(HeaderCell cell) {
		return cell.matches(RESPONDENTS) || cell.matches(TARGET) || RESPONDENTS.beginsThai(cell.label())
				|| TARGET.beginsThai(cell.label());
	}

	/** A column a round may have of its own under its header: its score, respondents or target. */
	private static boolean isRoundsOwn(HeaderCell cell) {
		return cell.matches(SCORE) || cell.matches(RESPONDENTS) || cell.matches(TARGET);
	}

	/**
	 * The round with the fiscal year its header's texts state where the round's own words state none:
	 * "รอบ 1" under a merged "ปีงบประมาณ 2566", "ปีงบประมาณ 2567 รอบที่ 1". A unit keeps its years side
	 * by side so, each year's rounds under it.
	 */
	private static FiscalCalendar.RoundLabel withStatedYear(FiscalCalendar.RoundLabel label, String... texts) {
		if (label.fiscalYear() != null) {
			return label;
		}
		for (String text : texts) {
			Optional<Integer> year = text == null ? Optional.empty() : CommonColumns.fiscalYearValue(text);
			if (year.isPresent()) {
				return new FiscalCalendar.RoundLabel(label.round(), year.get(), true);
			}
		}
		return label;
	}

	/**
	 * True for a cell of a merged header right of the area's first: "รอบ 1" merged over two columns
	 * heads one round, whose indicators the row below names, not two columns of round 1.
	 */
	private static boolean mergedOnward(SheetReader sheet, Header header, HeaderCell cell) {
		var region = sheet.mergedRegion(header.lastRow(), cell.column());
		return region != null && region.getFirstColumn() < cell.column();
	}

	/**
	 * A column per indicator ("IIT1", "ตัวชี้วัดที่ 1", "การปฏิบัติหน้าที่", "i1"), perhaps an overall
	 * ("ภาพรวม") and a round above its group ("รอบ 1" merged over the indicators); rows of units or of
	 * rounds. Two indicators at least, and a unit or round column unless three name the table: one
	 * indicator's name in a header is no table.
	 */
	private Optional<ScoresLayout> matrix(Header header) {
		List<ScoresLayout.IndicatorColumn> columns = new ArrayList<>();
		// By identity: an indicator record hashes its names, and this is asked of every header cell looked at.
		java.util.Set<Indicator> named = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (HeaderCell cell : header.cells()) {
			// Asked of every header cell of every sheet a scores table is looked for in (a thousand plans'):
			// what the cell is first, its round only for a column of scores.
			String key = cell.key();
			if (key.length() > LONGEST_HEADING) {
				continue; // an activity's text in a plan's rows, not an indicator's heading
			}
			Tool tool = null;
			Optional<Indicator> indicator = Optional.empty();
			boolean overall = ITA_TOTAL.matcher(key).matches() || IndicatorCatalog.isOverall(cell.label());
			if (!overall) {
				tool = IndicatorCatalog.toolTotal(cell.label()).orElse(null);
			}
			if (!overall && tool == null) {
				indicator = indicators.find(cell.label());
				// "6" under "EIT": the two together name it, where the group names no round.
				if (indicator.isEmpty() && cell.group() != null && NUMBER_ALONE.matcher(key).matches()) {
					indicator = indicators.find(cell.group() + " " + cell.label());
				}
				if (indicator.isEmpty()) {
					continue;
				}
			}
			FiscalCalendar.RoundLabel round = cell.group() == null ? null
					: calendar.parseRoundLabel(cell.group())
						.map(label -> withStatedYear(label, cell.group()))
						.orElse(null);
			indicator.ifPresent(named::add);
			columns.add(new ScoresLayout.IndicatorColumn(cell.column(), indicator.orElse(null), tool, round, cell.label()));
		}
		if (named.size() < 2) {
			return Optional.empty();
		}
		int unit = CommonColumns.unitColumn(header);
		int round = header.column(ROUND);
		if (unit < 0 && round < 0 && named.size() < 3) {
			return Optional.empty();
		}
		return Optional.of(new ScoresLayout(-1, -1, round, unit, header.column(CommonColumns.FISCAL_YEAR),
				header.column(RESPONDENTS), header.column(TARGET), List.of(), null, List.copyOf(columns)));
	}

	@Override
	public int quality(ScoresLayout layout) {
		return layout.columnCount();
	}
}
