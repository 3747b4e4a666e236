package th.itabatch.survey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.itabatch.scores.ScoreEntry;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CellRefs;
import th.itabatch.workbook.CommonColumns;

/**
 * Adds each scored row to its export's totals, records its problems (the first
 * {@code ita.survey.max-problems} of an export, located; the rest counted) and, at an export's end,
 * computes the round's scores from the totals. The totals are small and serializable, so the step
 * that scores exports saves them with each chunk and a restart goes on from them.
 */
public final class SurveyTallies {

	/** Where the messages and the scores of each export go. */
	public interface Outcomes {

		/** Messages about rows of an export. */
		void messages(long exportId, List<Message> messages);

		/**
		 * An export's last row was added.
		 *
		 * @param export the export
		 * @param scores its round's scores, per unit
		 * @param messages the messages about the whole export
		 * @param rejected true when it has errors and is not to be used
		 */
		void finished(SurveyExport export, List<ScoreEntry> scores, List<Message> messages, boolean rejected);

		/** Reading an export failed part-way: it is not used. */
		void failed(SurveyExport export, String reason);

		/**
		 * The register's name of a unit typed in an export, or the name as typed where there is no
		 * register or it has none (then said in the log, at the cell).
		 */
		String registered(SurveyExport export, String typed, String sheet, String cell, MessageLog log);

		/** The unit an export's file name names ("IIT รอบ 2 2567 กองคลัง.xlsx"), for one without a unit column. */
		Optional<String> unitOfFileName(SurveyExport export);

		/**
		 * True when a unit typed in an export is the register's, or near enough one (misspelt, or several
		 * units' name) to be told of at its cell; false without a register.
		 */
		default boolean namesRegisteredUnit(String typed) {
			return false;
		}

		/** True when units are matched to a register. */
		default boolean hasRegister() {
			return false;
		}

		/** True when the register has units below this one: a department's export names its units. */
		default boolean hasUnitsBelow(String unit) {
			return false;
		}
	}

	/** The unknown answers whose further cells are counted rather than listed; past these, each is listed. */
	private static final int REPEATS_KEPT = 1000;

	/**
	 * How Thai saved as UTF-8 reads as Thai Windows text: each letter's first two bytes, E0 B8; twice in
	 * an answer ("เธอ" is a word).
	 */
	private static final String GARBLED_THAI = "เธ";

	/** The answer only a five-level scale has. */
	private static final String MIDDLE_OF_FIVE = "ปานกลาง";

	/** The rows a message about repeated respondents names at most. */
	private static final int ROWS_NAMED = 10;

	/** The names a message about a unit column names at most. */
	private static final int NAMES_TOLD = 8;

	/** The cells a repeated answer's message names at most. */
	private static final int CELLS_NAMED = 10;

	private final SurveyResults results;

	private final DuplicateTracker duplicates;

	private final int maxProblems;

	private HashMap<Long, SurveyTally> tallies = new HashMap<>();

	public SurveyTallies(SurveyResults results, DuplicateTracker duplicates, int maxProblems) {
		this.results = results;
		this.duplicates = duplicates;
		this.maxProblems = maxProblems;
	}

	/** The totals so far, by export, to be saved. */
	public HashMap<Long, SurveyTally> totals() {
		return tallies;
	}

	/** Goes on from totals saved before. */
	public void restore(HashMap<Long, SurveyTally> saved) {
		tallies = saved == null ? new HashMap<>() : saved;
	}

	public void add(List<? extends ScoredRow> rows, Outcomes outcomes) {
		Map<Long, MessageLog> logs = new LinkedHashMap<>();
		long currentId = -1;
		SurveyTally tally = null;
		String currentUnit = null;
		SurveyTally.UnitTally unit = null;
		for (ScoredRow row : rows) {
			long id = row.input().id();
			if (id != currentId || tally == null) {
				currentId = id;
				tally = tallies.computeIfAbsent(id, k -> new SurveyTally());
				currentUnit = null;
			}
			if (row.isFailure()) {
				flush(logs, outcomes);
				outcomes.failed(row.input(), row.failure());
				tallies.remove(id);
				tally = null;
				continue;
			}
			if (row.isEnd()) {
				flush(logs, outcomes);
				finish(row, tally, outcomes);
				tallies.remove(id);
				tally = null;
				continue;
			}
			if (row.unit() == null) {
				currentUnit = null;
				unit = null;
			}
			else if (!row.unit().equals(currentUnit)) {
				currentUnit = row.unit();
				unit = tally.unit(currentUnit, row.points().length, row.rowNumber());
			}
			add(row, tally, unit, logs);
		}
		flush(logs, outcomes);
	}

	/**
	 * A row's message is its respondent's unit's, as typed (the writer names it as the register does):
	 * a combined export's duplicate row of one unit was listed in every unit's report.
	 */
	private static void aboutRowsUnit(MessageLog log, int mark, ScoredRow row) {
		if (row.unit() != null && !row.unit().equals(ScoredRow.EXPORTS_UNIT)) {
			log.about(mark, row.unit());
		}
	}

	private static MessageLog log(Map<Long, MessageLog> logs, ScoredRow row) {
		return logs.computeIfAbsent(row.input().id(), k -> new MessageLog(row.input().fileName()));
	}

	private void add(ScoredRow row, SurveyTally tally, SurveyTally.UnitTally unit, Map<Long, MessageLog> logs) {
		tally.rows++;
		String sheet = row.layout().sheet();
		if (!duplicates.add(row.input().id(), row.fingerprint())) {
			tally.duplicates++;
			if (tally.messages++ < maxProblems) {
				MessageLog log = log(logs, row);
				int mark = log.size();
				log.row(MessageCode.SURVEY_DUPLICATE, sheet, row.rowNumber());
				aboutRowsUnit(log, mark, row);
			}
			return;
		}
		// Counted all the same, and said: a form that takes a second response from one address (staff05 in a
		// trial's export answered twice, the second a minute later) counted that respondent twice without a word.
		if (row.respondent() != 0 && !duplicates.add(row.input().id(), row.respondent())) {
			if (tally.sameRespondent++ < ROWS_NAMED) {
				tally.sameRespondentRows().add(row.rowNumber());
			}
		}
		for (ScoredRow.Problem problem : row.problems()) {
			tally.problems++;
			// One located message per unknown answer of an item, the cells after it counted: a form's
			// scale of other labels gave a trial's export 383 messages of the same few answers.
			String answer = problem.item() + "\u0000" + problem.answer();
			Integer again = tally.repeats().get(answer);
			if (again != null) {
				tally.repeats().put(answer, again + 1);
				List<String> cells = tally.repeatCells().computeIfAbsent(answer, k -> new java.util.ArrayList<>());
				if (cells.size() < CELLS_NAMED) {
					cells.add(problem.cell());
				}
				continue;
			}
			if (tally.repeats().size() < REPEATS_KEPT) {
				tally.repeats().put(answer, 0);
			}
			if (tally.messages++ < maxProblems) {
				MessageLog log = log(logs, row);
				int mark = log.size();
				log.cell(MessageCode.SURVEY_ANSWER_UNKNOWN, sheet, problem.cell(), problem.answer(),
						problem.item(), String.join(" / ", problem.labels()));
				aboutRowsUnit(log, mark, row);
			}
		}
		tally.noOpinion += row.noOpinion();
		tally.numbered += row.numbered();
		double[] points = row.points();
		if (unit == null) {
			// A respondent who named no unit counts for none: said once, at the end, with how many.
			if (Arrays.stream(points).anyMatch(p -> !Double.isNaN(p)) && tally.unitless++ == 0) {
				tally.firstUnitless = row.rowNumber();
			}
			return;
		}
		double sum = 0;
		int answered = 0;
		for (int i = 0; i < points.length; i++) {
			double value = points[i];
			if (!Double.isNaN(value)) {
				unit.sums[i] += value;
				unit.answers[i]++;
				sum += value;
				answered++;
			}
		}
		if (answered > 0) {
			unit.respondents++;
			unit.respondentMeans += sum / answered;
			AnswerMonth when = row.month();
			if (when != null) {
				tally.months.merge(when.usual().toString(), 1, Integer::sum);
				tally.monthsFirst().merge((when.monthFirst() != null ? when.monthFirst() : when.dayFirst()).toString(), 1,
						Integer::sum);
				tally.dayFirstOnly += when.monthFirst() == null ? 1 : 0;
				tally.monthFirstOnly += when.dayFirst() == null ? 1 : 0;
			}
		}
	}

	private void finish(ScoredRow end, SurveyTally tally, Outcomes outcomes) {
		MessageLog log = new MessageLog(end.input().fileName());
		tally.repeats().forEach((answer, again) -> {
			if (again > 0) {
				String[] itemAndText = answer.split("\u0000", 2);
				List<String> cells = tally.repeatCells().getOrDefault(answer, List.of());
				// The cells named, the first few: a trial looked for "2 more cells" it was not told where.
				String named = cells.isEmpty() ? "" : ": " + String.join(", ", cells) + (again > cells.size() ? ", …" : "");
				log.file(MessageCode.SURVEY_ANSWER_REPEATED, itemAndText[1], itemAndText[0], again, named);
			}
		});
		if (tally.messages > maxProblems) {
			log.file(MessageCode.SURVEY_MORE_PROBLEMS, tally.messages - maxProblems, maxProblems);
		}
		// Thai saved as UTF-8 and read back as Thai Windows text ("มาก" as "เธกเธฒเธ"): a Google Forms CSV opened
		// by a double click in Thai Excel and saved, refused by a trial with 190 unknown answers and no word why.
		if (tally.repeats().keySet().stream().anyMatch(answer -> answer.split(GARBLED_THAI, -1).length > 2)) {
			log.file(MessageCode.SURVEY_TEXT_GARBLED);
		}
		// "ปานกลาง" is the middle of a five-level scale, which the ITA's four-level one has none of: a trial's
		// five-level form was refused with 47 errors and no word of the setting its scale is given by.
		if (tally.repeats().keySet().stream().anyMatch(answer -> ThaiText.compactKey(answer.substring(answer.indexOf('\u0000') + 1))
			.equals(ThaiText.compactKey(MIDDLE_OF_FIVE)))) {
			log.file(MessageCode.SURVEY_FIVE_LEVELS);
		}
		if (tally.sameRespondent > 0) {
			List<Integer> rows = tally.sameRespondentRows();
			String named = rows.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
					+ (tally.sameRespondent > rows.size() ? ", …" : "");
			log.cell(MessageCode.SURVEY_SAME_RESPONDENT, end.layout().sheet(),
					CellRefs.of(end.layout().headerRow() - 1, end.layout().emailColumn()), tally.sameRespondent, named);
		}
		if (tally.noOpinion > 0) {
			log.file(MessageCode.SURVEY_NO_OPINION, tally.noOpinion);
		}
		if (tally.numbered > 0) {
			log.file(MessageCode.SURVEY_ANSWERS_NUMBERED, tally.numbered, numberedChoices(end.layout()));
		}
		byRegisteredUnit(end, tally, outcomes, log);
		List<ScoreEntry> computed = results.scores(end.input().fileName(), end.layout(), tally, log);
		boolean rejected = tally.problems > 0 || log.hasErrors();
		if (rejected) {
			// Each unit's respondents are told of as that unit's: its report and its department's said
			// nothing of the refused export, the unit "sending no scores" (a trial).
			tally.units.forEach((unit, totals) -> {
				int mark = log.size();
				log.file(MessageCode.SURVEY_REFUSED_UNIT, unit, totals.respondents);
				log.about(mark, unit);
			});
		}
		outcomes.finished(end.input(), computed, log.messages(), rejected);
	}

	/**
	 * The export's totals under the register's names of their units, one unit's spellings added
	 * together ("กจ.", "กจ", "กองการเจ้าหน้าที่"): each was scored as a unit of its own and all stored under
	 * the one unit, its report mixing them (a trial). An export without a unit column is its file name's
	 * unit's, else the configured unit's, and says which; without either its respondents count for none.
	 * An export its file's name gives a unit is that unit's survey: a unit column naming no registered
	 * unit (without a register, the column naming that unit too, or every name a กลุ่ม/ฝ่าย/งาน of a กอง/สำนัก/ศูนย์)
	 * holds its groups or spellings, counted for it and said
	 * once. A division's survey asking "ท่านสังกัดกลุ่มงานใด" made four reports of its groups and none of
	 * the division, and "กจ." beside "กองการเจ้าหน้าที่" without a register a unit of its own (a trial).
	 */
	private void byRegisteredUnit(ScoredRow end, SurveyTally tally, Outcomes outcomes, MessageLog log) {
		SurveyLayout layout = end.layout();
		Optional<String> fileUnit = outcomes.unitOfFileName(end.input());
		Optional<String> groupsOf = groupsOf(fileUnit, tally, outcomes);
		Map<String, SurveyTally.UnitTally> registered = new LinkedHashMap<>();
		Set<String> groups = new LinkedHashSet<>();
		Set<String> asTyped = new LinkedHashSet<>();
		for (Map.Entry<String, SurveyTally.UnitTally> typed : tally.units.entrySet()) {
			String name;
			if (typed.getKey().equals(ScoredRow.EXPORTS_UNIT)) {
				name = exportsUnit(layout, fileUnit, outcomes.hasRegister(), log);
			}
			else if (groupsOf.isPresent() && !outcomes.namesRegisteredUnit(typed.getKey())) {
				name = groupsOf.get();
				if (!ThaiText.compactKey(typed.getKey()).equals(ThaiText.compactKey(name))) {
					groups.add(typed.getKey());
				}
			}
			else {
				// A tally saved before rows were kept (a step stopped across an upgrade) points at the header.
				int row = typed.getValue().firstRow > 0 ? typed.getValue().firstRow : layout.headerRow();
				String cell = CellRefs.of(row - 1, layout.unitColumn());
				name = outcomes.registered(end.input(), typed.getKey(), layout.sheet(), cell, log);
				asTyped.add(typed.getKey());
			}
			if (name != null) {
				registered.merge(name, typed.getValue(), SurveyTally.UnitTally::plus);
			}
		}
		String header = layout.unitColumn() >= 0 ? CellRefs.of(layout.headerRow() - 1, layout.unitColumn()) : null;
		if (!groups.isEmpty()) {
			log.cell(MessageCode.SURVEY_UNIT_GROUPS, layout.sheet(), header, groupsOf.get(), named(groups));
		}
		else if (!outcomes.hasRegister() && asTyped.size() > 1) {
			log.cell(MessageCode.SURVEY_UNITS_AS_TYPED, layout.sheet(), header, asTyped.size(), named(asTyped));
		}
		tally.units.clear();
		tally.units.putAll(registered);
		if (tally.unitless > 0) {
			log.cell(MessageCode.SURVEY_UNIT_BLANK, layout.sheet(), CellRefs.of(tally.firstUnitless - 1, layout.unitColumn()),
					tally.unitless);
		}
	}

	/**
	 * The unit whose groups or other spellings the unit column's unregistered names are taken for: the
	 * unit the file's name names, where that is a unit of no units below it (a department-wide export
	 * named for the department names its units, and an unknown one is told of, not counted as the
	 * department's own); without a register, only where the column names that unit itself too (a form's
	 * title, "…ของกรมทดสอบ" or "กลุ่มผู้มีส่วนได้ส่วนเสียภายใน", names no unit the column's names are of;
	 * a review).
	 */
	private static Optional<String> groupsOf(Optional<String> fileUnit, SurveyTally tally, Outcomes outcomes) {
		if (fileUnit.isEmpty() || outcomes.hasUnitsBelow(fileUnit.get())) {
			return Optional.empty();
		}
		if (outcomes.hasRegister()) {
			return fileUnit;
		}
		String own = ThaiText.compactKey(fileUnit.get());
		boolean namesItself = tally.units.keySet().stream().anyMatch(typed -> ThaiText.compactKey(typed).equals(own));
		// Or a division's form asking for its groups: the file's unit a กอง/สำนัก/ศูนย์, every answer a กลุ่ม/ฝ่าย/งาน
		// (a review: "IIT … กองการเจ้าหน้าที่.xlsx" of ฝ่ายบริหารทั่วไป and กลุ่มงานวินัย… made their reports, none of the กอง's).
		boolean itsGroups = CommonColumns.hasGroupsBelow(fileUnit.get())
				&& tally.units.keySet().stream().filter(typed -> !typed.equals(ScoredRow.EXPORTS_UNIT))
					.allMatch(CommonColumns::isGroup);
		return namesItself || itsGroups ? fileUnit : Optional.empty();
	}


	/** The first few names, for a message: "ฝ่ายบริหารทั่วไป, กลุ่มงานวินัย, … (7)". */
	private static String named(Set<String> names) {
		String first = String.join(", ", names.stream().limit(NAMES_TOLD).toList());
		return names.size() > NAMES_TOLD ? first + ", … (" + names.size() + ")" : first;
	}

	private String exportsUnit(SurveyLayout layout, Optional<String> named, boolean register, MessageLog log) {
		String configured = results.configuredUnit();
		// Without a register, the configured unit comes before a guess from the file's name (as a workbook's).
		if (named.isPresent() && (register || configured == null)) {
			log.row(MessageCode.SURVEY_UNIT_FROM_FILE_NAME, layout.sheet(), layout.headerRow(), named.get());
			return named.get();
		}
		if (configured != null) {
			log.row(MessageCode.SURVEY_UNIT_FROM_CONFIGURATION, layout.sheet(), layout.headerRow(), configured);
			if (named.isPresent() && !ThaiText.compactKey(named.get()).equals(ThaiText.compactKey(configured))) {
				// The shipped configuration's กองคลัง took a trial's division's export its file's name named.
				log.row(MessageCode.SURVEY_FILE_NAME_UNIT_NOT_USED, layout.sheet(), layout.headerRow(), named.get(), configured);
			}
			return configured;
		}
		log.row(MessageCode.SURVEY_UNIT_MISSING, layout.sheet(), layout.headerRow());
		return null;
	}

	/** "1 = น้อยที่สุดหรือไม่มีเลย, 2 = น้อย, …" for each scale of the export's items that numbers are read on. */
	private static String numberedChoices(SurveyLayout layout) {
		Set<String> scales = new LinkedHashSet<>();
		for (SurveyLayout.ItemColumn column : layout.columns()) {
			List<String> labels = column.item().scale().labelsByNumber();
			if (labels.size() >= 3) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < labels.size(); i++) {
					text.append(i == 0 ? "" : ", ").append(i + 1).append(" = ").append(labels.get(i));
				}
				scales.add(text.toString());
			}
		}
		return String.join("; ", scales);
	}

	private static void flush(Map<Long, MessageLog> logs, Outcomes outcomes) {
		logs.forEach((id, log) -> {
			if (!log.messages().isEmpty()) {
				outcomes.messages(id, log.messages());
			}
		});
		logs.clear();
	}
}
