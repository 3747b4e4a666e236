package th.itabatch.scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.itabatch.catalog.FiscalCalendar;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.HeaderCell;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableShape;

/** Recognises a scores table, wide or long, by its header texts. */
final class ScoresShape implements TableShape<ScoresLayout> {

	static final ColumnAliases INDICATOR = ColumnAliases.of("ตัวชี้วัด", "ตัวชี้วัด ita", "ตัวชี้วัดการประเมิน", "ชื่อตัวชี้วัด",
			"ประเด็นการประเมิน", "ด้าน", "indicator", "indicators", "indicator name");

	static final ColumnAliases SCORE = ColumnAliases.of("คะแนน", "ผลคะแนน", "คะแนนที่ได้", "ผลการประเมิน", "ร้อยละ",
			"คะแนนการรับรู้", "score", "scores", "result");

	static final ColumnAliases ROUND = ColumnAliases.of("รอบ", "รอบที่", "รอบการประเมิน", "round");

	static final ColumnAliases RESPONDENTS = ColumnAliases.of("จำนวนผู้ตอบ", "ผู้ตอบ", "จำนวนผู้ตอบแบบสอบถาม",
			"จำนวนผู้ตอบแบบวัด", "จำนวนผู้ตอบแบบประเมิน", "respondents", "number of respondents", "n");

	static final ColumnAliases TARGET = ColumnAliases.of("เป้าหมาย", "ค่าเป้าหมาย", "target", "goal");

	private final FiscalCalendar calendar;

	ScoresShape(FiscalCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Optional<ScoresLayout> recognise(Header header, SheetReader sheet) {
		// Round headers first: "รอบ 5 เดือนแรก" and "คะแนน รอบ 1" would otherwise pass for the long
		// table's "รอบ" and "คะแนน" columns.
		List<ScoresLayout.RoundColumn> rounds = new ArrayList<>();
		List<HeaderCell> others = new ArrayList<>();
		for (HeaderCell cell : header.cells()) {
			Optional<ScoresLayout.RoundColumn> round = INDICATOR.matches(cell.label()) ? Optional.empty()
					: calendar.parseRoundLabel(cell.label())
						.map(label -> new ScoresLayout.RoundColumn(cell.column(), label, cell.label()));
			round.ifPresentOrElse(rounds::add, () -> others.add(cell));
		}
		Header rest = new Header(header.firstRow(), header.lastRow(), others);
		int indicator = rest.column(INDICATOR);
		HeaderCell scoreHeader = rest.first(SCORE).orElse(null);
		int score = scoreHeader == null ? -1 : scoreHeader.column();
		if (score < 0 && rounds.isEmpty()) {
			return Optional.empty();
		}
		if (indicator < 0 && score < 0 && rounds.size() < 2) {
			// One column that merely mentions a round is not yet a scores table.
			return Optional.empty();
		}
		return Optional.of(new ScoresLayout(indicator, score, rest.column(ROUND), rest.column(CommonColumns.UNIT),
				rest.column(CommonColumns.FISCAL_YEAR), rest.column(RESPONDENTS), rest.column(TARGET), rounds,
				scoreHeader));
	}

	@Override
	public int quality(ScoresLayout layout) {
		return layout.columnCount();
	}
}
