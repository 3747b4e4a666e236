package th.itabatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;
import th.itabatch.catalog.Catalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SmallSurvey;
import th.itabatch.examples.SurveyExports;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.survey.DuplicateTracker;
import th.itabatch.survey.OverallMethod;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.ScoredRow;
import th.itabatch.survey.SurveyResults;
import th.itabatch.survey.SurveyRow;
import th.itabatch.survey.SurveyRowScorer;
import th.itabatch.survey.SurveyTallies;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.WorkbookLimits;

/**
 * Scoring exports as the scoring step does (read, score, write in chunks, the execution context
 * saved after each), with figures worked out by hand; and a restart in the middle of an export.
 */
@ItaApplicationTest
class SurveyScoringTests {

	@Autowired
	private Inbox inbox;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private ScoreRepository scores;

	@Autowired
	private Questionnaire questionnaire;

	@Autowired
	private Catalog catalog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private InputAcceptance acceptance;

	@TempDir
	Path work;

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM ita_input").update();
	}

	/** What a scoring gave: scores by indicator (0 for the overall), the messages, rows read. */
	record Scored(StoredInput input, Map<Integer, BigDecimal> scores, Map<Integer, Integer> answers, int respondents,
			List<Message> messages, int rowsReadAfterRestart) {
	}

	/**
	 * Scores an export in chunks of {@code chunk} rows; after {@code restartAfter} chunks (0: never)
	 * everything is dropped and a new reader and writer go on from the saved context, as a restart does.
	 */
	private Scored score(Path export, OverallMethod method, int chunk, int restartAfter) throws Exception {
		StoredInput input = inbox.receive(export, InputSource.FOLDER).input();
		jdbc.sql("UPDATE ita_input SET status = 'PARSED', kinds = 'SURVEY', job_instance_id = 999 WHERE id = ?")
			.param(input.id())
			.update();
		input = inputs.find(input.id()).orElseThrow();
		ExecutionContext context = new ExecutionContext();
		int chunks = 0;
		int readAfterRestart = 0;
		boolean restarted = false;
		while (true) {
			DuplicateTracker duplicates = new DuplicateTracker();
			SurveyRowReader reader = new SurveyRowReader(List.of(input), questionnaire, duplicates, WorkbookLimits.DEFAULTS);
			SurveyRowScorer scorer = new SurveyRowScorer("กองคลัง");
			SurveyTallyWriter writer = new SurveyTallyWriter(new SurveyTallies(
					new SurveyResults(catalog, method, new InputDefaults("กองคลัง", null)), duplicates, 1000), inputs, scores,
					acceptance, th.itabatch.tables.UnitNames.NONE);
			reader.open(context);
			writer.open(context);
			boolean stopped = false;
			while (true) {
				List<ScoredRow> items = new ArrayList<>();
				SurveyRow row;
				while (items.size() < chunk && (row = reader.read()) != null) {
					items.add(scorer.score(row));
					if (restarted && !row.isEnd()) {
						readAfterRestart++;
					}
				}
				if (items.isEmpty()) {
					break;
				}
				writer.write(new Chunk<>(items));
				reader.update(context);
				writer.update(context);
				if (++chunks == restartAfter && !restarted) {
					stopped = true;
					break;
				}
			}
			reader.close();
			if (!stopped) {
				break;
			}
			restarted = true;
		}
		Map<Integer, BigDecimal> byIndicator = new LinkedHashMap<>();
		Map<Integer, Integer> answers = new LinkedHashMap<>();
		int[] respondents = { 0 };
		jdbc.sql("SELECT indicator_no, score, respondents, answers FROM ita_score WHERE input_id = ? ORDER BY id")
			.param(input.id())
			.query((rs, n) -> {
				int indicator = rs.getObject(1) == null ? 0 : rs.getInt(1);
				byIndicator.put(indicator, rs.getBigDecimal(2));
				answers.put(indicator, rs.getInt(4));
				respondents[0] = rs.getInt(3);
				return null;
			})
			.list();
		StoredInput after = inputs.find(input.id()).orElseThrow();
		return new Scored(after, byIndicator, answers, respondents[0], inputs.messages(input.id()), readAfterRestart);
	}

	private Path small(String name, XSSFWorkbook workbook) throws Exception {
		Path file = work.resolve(name);
		ExampleWorkbooks.write(workbook, file);
		return file;
	}

	@Test
	void scoresWorkedOutByHand() throws Exception {
		Path export = small("IIT.xlsx", SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1));

		Scored scored = score(export, OverallMethod.ANSWER_MEAN, 1000, 0);

		assertThat(scored.messages()).isEmpty();
		assertThat(scored.input().status()).isEqualTo(InputStatus.PARSED);
		// Indicator 1 (I1–I6; I4–I6 bribery มี=0 / ไม่มี=100): respondent 1 six times 100; respondent 2
		// 33.33 ×3 ("2. น้อย", "๒. น้อย", "น้อย  ") and 0 ×3; respondent 3 I1 มาก 66.67.
		// (600 + 99.99 + 66.67) / 13 = 58.97384…
		assertThat(scored.scores().get(1)).isEqualByComparingTo("58.9738");
		assertThat(scored.answers().get(1)).isEqualTo(13);
		// Indicator 2 (I7, I8, I9r, I10r, I11.1, I11.2r, I12): respondent 1 100,100,0,0,100,0,100 = 400;
		// respondent 2 33.33,33.33,66.67,66.67,33.33,66.67,33.33 = 333.33; 733.33 / 14 = 52.38071…
		assertThat(scored.scores().get(2)).isEqualByComparingTo("52.3807");
		assertThat(scored.answers().get(2)).isEqualTo(14);
		// Indicator 3 (I16–I18 reversed): (100×3 + 0×3) + (33.33×3 + 66.67×3) = 600; / 12 = 50
		assertThat(scored.scores().get(3)).isEqualByComparingTo("50.0000");
		// Indicator 4 (I19, I22 reversed): 400 + 266.66 = 666.66; / 12 = 55.555
		assertThat(scored.scores().get(4)).isEqualByComparingTo("55.5550");
		// Indicator 5 (I26 มี=100 / ไม่มี=0): 600 + 33.33×5 = 766.65; / 12 = 63.8875
		assertThat(scored.scores().get(5)).isEqualByComparingTo("63.8875");
		// All answers: 3533.30 / 63 = 56.08412…
		assertThat(scored.scores().get(0)).isEqualByComparingTo("56.0841");
		assertThat(scored.respondents()).isEqualTo(3);
	}

	@Test
	void theOverallPerRespondentAndByIndicators() throws Exception {
		Path export = small("IIT.xlsx", SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1));

		Scored perRespondent = score(export, OverallMethod.RESPONDENT_MEAN, 1000, 0);

		// Respondent means: 2300/31 = 74.19355, 1166.63/31 = 37.63323, 66.67/1; their mean 59.49892…
		assertThat(perRespondent.scores().get(0)).isEqualByComparingTo("59.4989");
		empty();
		Scored byIndicators = score(export, OverallMethod.INDICATOR_MEAN, 1000, 0);
		assertThat(byIndicators.scores()).as("the report computes the mean of the indicators itself").doesNotContainKey(0);
	}

	@Test
	void anAnswerThatIsNoLabelIsAnErrorAtItsCellAndTheExportIsNotUsed() throws Exception {
		XSSFWorkbook workbook = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1,
				item -> item.equals("I3") ? "ไม่แน่ใจ" : "มาก");
		Scored scored = score(small("IIT.xlsx", workbook), OverallMethod.INDICATOR_MEAN, 1000, 0);

		assertThat(scored.input().status()).isEqualTo(InputStatus.REJECTED);
		assertThat(scored.scores()).isEmpty();
		Message error = scored.messages().stream().filter(Message::isError).findFirst().orElseThrow();
		assertThat(error.code()).isEqualTo("SURVEY_ANSWER_UNKNOWN");
		assertThat(error.cell()).isEqualTo("E5");
		assertThat(error.sheet()).isEqualTo("การตอบแบบฟอร์ม 1");
		assertThat(error.english()).contains("\"ไม่แน่ใจ\"", "I3", "น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด");
	}

	@Test
	void aQuestionMissingFromTheExportIsAWarning() throws Exception {
		XSSFWorkbook workbook = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW);
		workbook.getSheetAt(0).getRow(0).getCell(32).setCellValue("หมายเหตุ"); // I30's column is something else

		Scored scored = score(small("IIT.xlsx", workbook), OverallMethod.INDICATOR_MEAN, 1000, 0);

		assertThat(scored.input().status()).isEqualTo(InputStatus.PARSED);
		assertThat(scored.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("SURVEY_QUESTIONS_MISSING");
			assertThat(m.english()).isEqualTo("the export has no column for question(s) I30");
		});
		// Indicator 5 without I30: (500 + 33.33×4 + 0) / 10 = 63.332
		assertThat(scored.scores().get(5)).isEqualByComparingTo("63.3320");
	}

	@Test
	void aDuplicateSubmissionIsAWarningAndCountedOnce() throws Exception {
		XSSFWorkbook workbook = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);
		Row first = workbook.getSheetAt(0).getRow(1);
		Row copy = workbook.getSheetAt(0).createRow(4);
		for (Cell cell : first) {
			Cell to = copy.createCell(cell.getColumnIndex());
			to.setCellStyle(cell.getCellStyle());
			switch (cell.getCellType()) {
				case NUMERIC -> to.setCellValue(cell.getNumericCellValue());
				default -> to.setCellValue(cell.getStringCellValue());
			}
		}

		Scored scored = score(small("IIT.xlsx", workbook), OverallMethod.ANSWER_MEAN, 1000, 0);

		assertThat(scored.messages()).extracting(Message::code, Message::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SURVEY_DUPLICATE", 5));
		assertThat(scored.scores().get(1)).isEqualByComparingTo("58.9738");
		assertThat(scored.respondents()).isEqualTo(3);
	}

	@Test
	void aRestartInTheMiddleOfAnExportGoesOnFromTheSavedRowWithTheSameResult() throws Exception {
		Path export = work.resolve("IIT-large.xlsx");
		SurveyExports.write(export, 5000, true, 3);
		Scored once = score(export, OverallMethod.ANSWER_MEAN, 1000, 0);
		empty();

		Scored restarted = score(export, OverallMethod.ANSWER_MEAN, 1000, 2);

		assertThat(restarted.rowsReadAfterRestart()).as("only the rows after the saved one are read for scoring")
			.isEqualTo(5000 - 2000);
		assertThat(restarted.scores()).isEqualTo(once.scores());
		assertThat(restarted.answers()).isEqualTo(once.answers());
		assertThat(restarted.messages()).isEqualTo(once.messages());
	}
}
