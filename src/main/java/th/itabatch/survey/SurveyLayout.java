package th.itabatch.survey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiNumbers;
import th.itabatch.thai.ThaiText;
import th.itabatch.workbook.CellRefs;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.NoValue;
import th.itabatch.workbook.stream.RowStream;

/**
 * The columns of a survey export: which column answers which item, and where the respondent's
 * unit and the response time are. An export is recognised by a header row, among the rows where any table's header is looked for,
 * with at least {@value #MIN_QUESTIONS} question columns.
 *
 * @param headerRow the header's row number
 * @param sheet the sheet's name
 * @param columns the item columns
 * @param unitColumn the unit column, or -1
 * @param timestampColumn the response-time column, or -1
 * @param missing the questionnaire's questions no column answers
 * @param numbered whether the questions were read by their numbers alone ("1. …"), without codes
 * @param emailColumn the column of the respondent's e-mail address a form collected, or -1
 */
public record SurveyLayout(int headerRow, String sheet, List<ItemColumn> columns, int unitColumn, int timestampColumn,
		List<Integer> missing, boolean numbered, int emailColumn) {

	public SurveyLayout(int headerRow, String sheet, List<ItemColumn> columns, int unitColumn, int timestampColumn,
			List<Integer> missing, boolean numbered) {
		this(headerRow, sheet, columns, unitColumn, timestampColumn, missing, numbered, -1);
	}

	/** The kind name stored with an input recognised as a survey export. */
	public static final String KIND = "SURVEY";

	static final int MIN_QUESTIONS = 5;

	/** A form's grid column: the question, then its row in brackets ("ข้อ 11 ท่าน… [การจัดซื้อจัดจ้าง]"). */
	private static final Pattern GRID_ROW = Pattern.compile("(.+?)\\s*\\[([^\\]]+)\\]\\s*");

	/** A form's linear scale goes no higher: a score is a larger number, or has decimals. */
	private static final java.math.BigDecimal HIGHEST_SCALE_POINT = java.math.BigDecimal.TEN;

	/** The rows under the header whose answers tell an export from a summary of scores. */
	private static final int ROWS_TOLD_BY = 5;

	private static final ColumnAliases TIMESTAMP = ColumnAliases.of("ประทับเวลา", "timestamp", "เวลา", "วันที่และเวลา",
			"วันเวลา", "start time", "completion time", "เวลาที่ตอบ", "submitted at", "submission date",
			// Microsoft Forms in Thai
			"เวลาเริ่มต้น", "เวลาที่เสร็จสมบูรณ์");

	/** The address a form collects with each response (Google Forms' "ที่อยู่อีเมล", Microsoft Forms' "อีเมล"). */
	private static final ColumnAliases EMAIL = ColumnAliases.of("ที่อยู่อีเมล", "อีเมล", "อีเมล์", "email", "email address",
			"e-mail", "e-mail address");

	private static final ColumnAliases UNIT = ColumnAliases.of("สังกัด", "กอง", "หน่วยงานที่สังกัด", "สังกัดหน่วยงาน");

	/**
	 * A form's question for the respondent's unit, worded as forms ask it: "หน่วยงานที่ท่านสังกัด",
	 * "ท่านสังกัดหน่วยงานใด" (a trial's 17 respondents went to the configured unit, the export said to
	 * have "no unit column"). Taken where no column is headed as a unit column is.
	 */
	static boolean asksForUnit(String header) {
		String key = ThaiText.compactKey(header);
		return key.length() <= 60 && (key.contains("สังกัด") || key.startsWith("หน่วยงาน"));
	}

	/**
	 * A column that answers an item.
	 *
	 * @param column the 0-based column
	 * @param item the item and how it scores
	 */
	record ItemColumn(int column, Questionnaire.Item item) {

		String reference(int row) {
			return CellRefs.of(row - 1, column);
		}
	}

	/** Reads the stream up to the header; empty when it is no survey export. */
	public static Optional<SurveyLayout> detect(RowStream rows, Questionnaire questionnaire) throws IOException {
		for (int seen = 0; seen < HeaderFinder.SEARCH_ROWS && rows.next(); seen++) {
			List<ItemColumn> columns = new ArrayList<>();
			Set<ItemKeyColumn> duplicates = new LinkedHashSet<>();
			int unit = -1;
			int askedUnit = -1;
			int timestamp = -1;
			int email = -1;
			Map<Integer, ItemKey> keys = gridRowsAsSubItems(rows, questionnaire, questionnaire::itemOf);
			boolean numbered = false;
			if (keys.size() < MIN_QUESTIONS && hasTimestamp(rows)) {
				Map<Integer, ItemKey> byNumber = gridRowsAsSubItems(rows, questionnaire, ItemKey::numbered);
				numbered = numbersTheQuestionnaire(byNumber, questionnaire);
				keys = numbered ? byNumber : keys;
			}
			for (int c = 0; c < rows.width(); c++) {
				String header = rows.value(c);
				if (header == null || header.isBlank()) {
					continue;
				}
				Optional<ItemKey> key = Optional.ofNullable(keys.get(c));
				Optional<Questionnaire.Item> item = key.flatMap(questionnaire::item);
				if (item.isPresent()) {
					if (duplicates.add(new ItemKeyColumn(item.get().key()))) {
						columns.add(new ItemColumn(c, item.get()));
					}
				}
				else if (timestamp < 0 && TIMESTAMP.matches(header)) {
					timestamp = c;
				}
				else if (email < 0 && EMAIL.matches(header)) {
					email = c;
				}
				else if (unit < 0 && (CommonColumns.UNIT.matches(header) || UNIT.matches(header))) {
					unit = c;
				}
				else if (askedUnit < 0 && asksForUnit(header)) {
					askedUnit = c;
				}
			}
			unit = unit >= 0 ? unit : askedUnit;
			if (columns.size() >= MIN_QUESTIONS) {
				Set<Integer> present = new TreeSet<>();
				columns.forEach(column -> present.add(column.item().key().question()));
				List<Integer> missing = questionnaire.questions().stream().filter(q -> !present.contains(q)).toList();
				return Optional.of(new SurveyLayout(rows.rowNumber(), rows.sheetName(), List.copyOf(columns), unit,
						timestamp, missing, numbered, email));
			}
		}
		return Optional.empty();
	}

	/**
	 * The item each column of the row answers. A question of several sub-items asked as a form's grid
	 * comes as a column per grid row, "ข้อ 11 … [การจัดซื้อจัดจ้าง]", "ข้อ 11 … [การเบิกจ่าย]": the question's
	 * columns under different headers are its sub-items in order (I11.1, I11.2), so the second, reversed
	 * one scores as such (a trial's second column was dropped and the first scored as the question).
	 * Only headers that differ in their grid row alone are; other columns of one question ("ข้อ 1
	 * เหตุผลเพิ่มเติม", a comment) are not its items: the first is read, as is the first of a header repeated.
	 */
	private static Map<Integer, ItemKey> gridRowsAsSubItems(RowStream stream, Questionnaire questionnaire,
			Function<String, Optional<ItemKey>> itemOf) {
		Map<Integer, ItemKey> keys = new HashMap<>();
		Map<ItemKey, List<Integer>> wholeQuestions = new HashMap<>();
		Map<ItemKey, Set<String>> headers = new HashMap<>();
		Map<ItemKey, Set<String>> rows = new HashMap<>();
		for (int c = 0; c < stream.width(); c++) {
			String header = stream.value(c);
			if (header == null || header.isBlank()) {
				continue;
			}
			Optional<ItemKey> key = itemOf.apply(header);
			if (key.isPresent()) {
				keys.put(c, key.get());
				Matcher grid = GRID_ROW.matcher(ThaiText.clean(header));
				if (key.get().sub() == 0 && grid.matches()) {
					wholeQuestions.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(c);
					headers.computeIfAbsent(key.get(), k -> new HashSet<>()).add(grid.group(1));
					rows.computeIfAbsent(key.get(), k -> new HashSet<>()).add(grid.group(2));
				}
			}
		}
		wholeQuestions.forEach((question, columns) -> {
			// One question's text over every column, a different grid row in each.
			if (columns.size() > 1 && headers.get(question).size() == 1 && rows.get(question).size() == columns.size()) {
				for (int i = 0; i < columns.size(); i++) {
					keys.put(columns.get(i), new ItemKey(question.question(), i + 1));
				}
			}
		});
		return keys;
	}

	private static boolean hasTimestamp(RowStream row) {
		for (int c = 0; c < row.width(); c++) {
			String header = row.value(c);
			if (header != null && TIMESTAMP.matches(header)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a form's numbered headers ("1. บุคลากร…" … "30. ท่านสามารถร้องเรียน…", a trial's export
	 * refused as a scores table) are the questionnaire's questions: every one of them numbered, in
	 * order, no other number before the last of them. A form that numbers its own questions too ("1. เพศ", then the survey's
	 * from 3) does not fit, and is left to codes or the configured header map: read by number, every
	 * item would have shifted.
	 */
	private static boolean numbersTheQuestionnaire(Map<Integer, ItemKey> byNumber, Questionnaire questionnaire) {
		List<Integer> inOrder = new ArrayList<>(new TreeMap<>(byNumber).values().stream().map(ItemKey::question).toList());
		// Numbered on after the last question ("31. ข้อเสนอแนะ"): a comment, not shifting any item.
		int last = questionnaire.questions().get(questionnaire.questions().size() - 1);
		while (!inOrder.isEmpty() && inOrder.get(inOrder.size() - 1) > last) {
			inOrder.remove(inOrder.size() - 1);
		}
		for (int i = 1; i < inOrder.size(); i++) {
			if (inOrder.get(i) < inOrder.get(i - 1)) {
				return false;
			}
		}
		return !inOrder.isEmpty() && new TreeSet<>(inOrder).equals(new TreeSet<>(questionnaire.questions()));
	}

	/**
	 * False when the first rows under the header hold scores, none of them a label of its question's
	 * scale: a header of codes ("IIT1" … "IIT5") over 92.50 is a summary of scores by indicator, for
	 * the scores reader (a trial's was refused as a survey). Answers that are no label but words, or
	 * small whole numbers (a form's linear scale, "4"), stay the survey's, to be told which labels the
	 * scale has. Reads on from the header: the stream is for telling only.
	 */
	public boolean answeredBelow(RowStream rows) throws IOException {
		boolean scores = false;
		for (int seen = 0; seen < ROWS_TOLD_BY && rows.next(); seen++) {
			for (ItemColumn column : columns) {
				String value = rows.value(column.column());
				if (value == null || NoValue.is(value)) {
					continue; // "-" in a summary of scores as in a survey's unanswered item (a trial's sheet was refused for one)
				}
				Optional<ThaiNumbers.ParsedNumber> number = ThaiNumbers.parse(value);
				if (column.item().scale().isLabel(value) || number.isEmpty() || number.get().value().signum() < 0) {
					return true;
				}
				java.math.BigDecimal point = number.get().value();
				scores |= number.get().percent() || point.stripTrailingZeros().scale() > 0
						|| point.compareTo(HIGHEST_SCALE_POINT) > 0;
			}
		}
		return !scores;
	}

	/** An item seen once per export: a second column for it is ignored. */
	private record ItemKeyColumn(ItemKey key) {
	}
}
