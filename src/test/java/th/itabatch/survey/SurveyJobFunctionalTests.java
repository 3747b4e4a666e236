package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SmallSurvey;
import th.itabatch.examples.SurveyExports;
import th.itabatch.inputs.InputStatus;
import th.itabatch.validation.Message;

/** A survey export through the jobs, as the one-shot command runs them: a round's scores and its report. */
@ItaApplicationTest
class SurveyJobFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void anExportBecomesItsRoundsScoresAndTheReportSaysHowMany() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		SmallSurvey.write(input.resolve("IIT.xlsx"), SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);

		RunSummary summary = theThreeRespondentsScored(input);

		assertThat(summary.outcome().units()).singleElement().satisfies(unit -> {
			assertThat(unit.unit()).isEqualTo("กองคลัง");
			assertThat(unit.month()).as("answered in June: round 2 of FY 2564, reported at its end")
				.isEqualTo(java.time.YearMonth.of(2021, 7));
		});
		Path report = work.resolve("out").resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx");
		try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
				.isEqualTo("คะแนนคำนวณจากแบบวัดการรับรู้ ผู้ตอบ ๓ คน · ภาพรวมคำนวณจากค่าเฉลี่ยของคะแนนรายตัวชี้วัด");
			assertThat(sheet.getRow(36).getCell(0).getStringCellValue()).contains("รอบ ๕ เดือนหลัง", "ผู้ตอบ ๓ คน");
		}
	}

	/** SmallSurvey's three respondents as a CSV, their times written so. */
	private static String theThreeAnsweredAt(String... times) {
		String csv = SmallSurvey.csv(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);
		for (int r = 0; r < times.length; r++) {
			csv = csv.replace("2021/06/14 8:" + String.format("%02d", 5 * r) + ":00 AM GMT+7", times[r]);
		}
		return csv;
	}

	/** Runs the inputs: SmallSurvey's three respondents of กองคลัง, scored as worked out by hand. */
	private RunSummary theThreeRespondentsScored(Path input) throws Exception {
		Path output = work.resolve("out");
		RunSummary summary = oneShot.run(input, output, Optional.empty());
		assertThat(summary.exitCode()).isZero();
		assertThat(summary.inputs()).singleElement().satisfies(i -> {
			assertThat(i.status()).isEqualTo(InputStatus.USED);
			assertThat(i.kinds()).isEqualTo("SURVEY");
		});
		assertTheThreesScores(output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx"));
		return summary;
	}

	/** The survey's 58.9738, 52.3807, 50.0, 55.555 and 63.8875, as shown and judged: to two decimals. */
	static void assertTheThreesScores(Path report) throws Exception {
		try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).contains("ผู้ตอบ ๓ คน");
			double[] expected = { 58.97, 52.38, 50.0, 55.56, 63.89 };
			for (int i = 0; i < 5; i++) {
				assertThat(sheet.getRow(7 + i).getCell(2).getNumericCellValue()).isEqualTo(expected[i]);
			}
		}
	}

	/**
	 * A department's combined export, its respondents typing their unit as they do, its unit column a
	 * form's question (a trial: each spelling scored as a unit of its own and mixed in the report, a
	 * blank unit counted for the configured unit, the column not taken for the unit's).
	 */
	@Test
	void oneUnitsRespondentsPoolHoweverTheyTypedItAndOnesWhoNamedNoneCountForNone() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleDepartment.writeRegister(input);
		XSSFWorkbook export = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1,
				SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW);
		XSSFSheet sheet = export.getSheetAt(0);
		sheet.getRow(0).getCell(1).setCellValue("หน่วยงานที่ท่านสังกัด");
		String[] typed = { "กค.", "กองคลัง ", "กค", "", "ไม่ทราบ" };
		for (int r = 0; r < typed.length; r++) {
			sheet.getRow(r + 1).getCell(1).setCellValue(typed[r]);
		}
		ExampleWorkbooks.write(export, input.resolve("IIT รอบ 2 2564 (การตอบกลับ).xlsx"));
		// A unit's own export without a unit column, its file name naming it.
		XSSFWorkbook own = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST);
		own.getSheetAt(0).getRow(0).getCell(1).setCellValue("อีเมล");
		own.getSheetAt(0).getRow(1).getCell(1).setCellValue("someone@example.go.th");
		ExampleWorkbooks.write(own, input.resolve("IIT รอบ 2 2564 กลุ่มงานหนึ่ง.xlsx"));
		// And one naming no unit anywhere: in a department no configured unit's (a review), so not กองคลัง's.
		XSSFWorkbook nameless = SmallSurvey.workbook(SmallSurvey.ALL_LOW);
		nameless.getSheetAt(0).getRow(0).getCell(1).setCellValue("อีเมล");
		nameless.getSheetAt(0).getRow(1).getCell(1).setCellValue("other@example.go.th");
		ExampleWorkbooks.write(nameless, input.resolve("IIT รอบ 2 2564 ชุดที่ 2.xlsx"));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.of(java.time.YearMonth.of(2021, 7)));

		java.util.List<Message> messages = summary.messages().values().stream().flatMap(java.util.List::stream).toList();
		assertThat(messages).filteredOn(m -> m.code().equals("SURVEY_UNIT_BLANK")).singleElement().satisfies(m -> {
			assertThat(m.cell()).isEqualTo("B5");
			assertThat(m.thai()).startsWith("ผู้ตอบ 2 คนไม่ได้ระบุหน่วยงาน");
		});
		// The own export's one response is the combined export's first too: no duplicate across exports.
		assertThat(messages).extracting(Message::code).doesNotContain("UNIT_UNKNOWN", "SURVEY_UNIT_FROM_CONFIGURATION",
				"SURVEY_DUPLICATE");
		assertThat(messages).filteredOn(m -> m.code().equals("SURVEY_UNIT_FROM_FILE_NAME")).singleElement()
			.satisfies(m -> assertThat(m.file()).isEqualTo("IIT รอบ 2 2564 กลุ่มงานหนึ่ง.xlsx"));
		assertThat(messages).filteredOn(m -> m.code().equals("SURVEY_UNIT_MISSING")).singleElement()
			.satisfies(m -> assertThat(m.file()).isEqualTo("IIT รอบ 2 2564 ชุดที่ 2.xlsx"));
		Path pooled = output.resolve("ITA-report_กองคลัง_FY2564_2564-07.xlsx");
		assertTheThreesScores(pooled);
		try (InputStream in = Files.newInputStream(pooled); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getRow(12).getCell(1).getStringCellValue()).as("five indicators, each once")
				.isNotEqualTo(workbook.getSheetAt(0).getRow(7).getCell(1).getStringCellValue());
		}
		try (InputStream in = Files.newInputStream(output.resolve("ITA-report_กลุ่มงานหนึ่ง_FY2564_2564-07.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getRow(4).getCell(0).getStringCellValue()).contains("ผู้ตอบ ๑ คน");
			assertThat(workbook.getSheetAt(0).getRow(7).getCell(2).getNumericCellValue()).isEqualTo(100.0);
		}
	}

	@Test
	void aGoogleFormsCsvIsReadAsItsWorkbookWouldBe() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		// "Download responses (.csv)": Excel shows its Thai garbled when opened by a double click.
		Files.writeString(input.resolve("IIT - การตอบแบบฟอร์ม 1.csv"),
				SmallSurvey.csv(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1));

		theThreeRespondentsScored(input);
	}

	/**
	 * Google Sheets' download in the American order ("6/1/2021 14:00:00" for 1 June): every time of a
	 * trial's reads both ways, and read day first (6 January – 6 November) the June survey was filed as
	 * round 1. Read month first the answers fall in one month: round 2, and said so.
	 */
	@Test
	void timesWrittenMonthFirstAreReadSoWhereThatPutsTheAnswersInFewerMonths() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("แบบวัดการรับรู้ - Form Responses 1.csv"),
				theThreeAnsweredAt("6/1/2021 14:00:00", "6/7/2021 9:30:00", "6/11/2021 8:00:00"));

		RunSummary summary = theThreeRespondentsScored(input);

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.filteredOn(m -> m.code().equals("SURVEY_DATES_MONTH_FIRST")).singleElement()
			.satisfies(m -> {
				assertThat(m.cell()).isEqualTo("A1");
				assertThat(m.english()).contains("the answers fall in 1 month(s), where read day/month/year they would spread over 3");
			});
	}

	/**
	 * Thai times stay day first: a Buddhist year is never Google Sheets' ("2/3/2564" is 2 March, round 2,
	 * where month first it would be February, round 1; a review), nor does one mistyped time that reads
	 * month first only ("6/13/2021" among July's) turn the rest.
	 */
	@ParameterizedTest
	@CsvSource({ "2/3/2564 10:00:00, 2/4/2564 10:00:00, 2/4/2564 11:00:00",
			"1/7/2021 10:00:00, 5/7/2021 10:00:00, 6/13/2021 10:00:00" })
	void thaiTimesStayDayFirst(String first, String second, String third) throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("แบบวัดการรับรู้ - การตอบแบบฟอร์ม 1.csv"), theThreeAnsweredAt(first, second, third));

		RunSummary summary = theThreeRespondentsScored(input);

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::code))
			.doesNotContain("SURVEY_DATES_MONTH_FIRST");
	}

	/**
	 * A form whose questions are numbered "1. …" … "30. …" without codes, question 11 a grid of two
	 * rows (a trial's export was refused as a scores table without a round): read by their numbers,
	 * and told so at the first question's header.
	 */
	@Test
	void aFormNumberingEveryQuestionWithoutCodesIsReadByItsNumbers() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		XSSFWorkbook export = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);
		var header = export.getSheetAt(0).getRow(0);
		for (int c = 2; c < header.getLastCellNum(); c++) {
			String code = header.getCell(c).getStringCellValue().replace(" ข้อคำถาม", "");
			header.getCell(c).setCellValue(code.startsWith("I11.")
					? "11. หน่วยงานของท่านมีการจัดซื้อจัดจ้างในลักษณะดังต่อไปนี้ [แถว " + code.substring(4) + "]"
					: code.substring(1) + ". ข้อคำถาม");
		}
		ExampleWorkbooks.write(export, input.resolve("IIT.xlsx"));

		RunSummary summary = theThreeRespondentsScored(input);

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::toString))
			.singleElement().asString()
			.startsWith("IIT.xlsx › การตอบแบบฟอร์ม 1 › C1 · SURVEY_QUESTIONS_BY_NUMBER · หัวคอลัมน์คำถามไม่มีรหัสข้อ (เช่น I1) "
					+ "จึงอ่านตามเลขข้อ 1–30 เป็นข้อ I1–I30 ของแบบวัด");
	}

	@Test
	void aCsvWithABadAnswerIsRejectedAtItsCellAndItsRowsToFixComeAsAWorkbook() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("IIT.csv"), SmallSurvey.csv(SmallSurvey.ALL_HIGHEST,
				item -> item.equals("I3") ? "ไม่แน่ใจ" : SmallSurvey.ALL_LOW.apply(item)));
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.empty());

		assertThat(summary.exitCode()).isEqualTo(2);
		long id = summary.inputs().get(0).id();
		assertThat(summary.messages().get(id).stream().filter(Message::isError).map(Message::toString))
			.singleElement().asString().startsWith("IIT.csv › IIT › E3 · SURVEY_ANSWER_UNKNOWN · คำตอบ \"ไม่แน่ใจ\"");
		// Told as กองคลัง's, so that its report and its department's say its export was refused.
		assertThat(summary.messages().get(id)).filteredOn(m -> m.code().equals("SURVEY_REFUSED_UNIT")).singleElement()
			.satisfies(m -> {
				assertThat(m.unit()).isEqualTo("กองคลัง");
				assertThat(m.thai()).startsWith("ผู้ตอบของกองคลัง 2 คนในไฟล์นี้ยังไม่ได้นำมาคิดคะแนน");
			});
		Path annotated = output.resolve("validation").resolve(id + "-IIT-annotated.xlsx");
		try (InputStream in = Files.newInputStream(annotated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("the header and the one row to fix").isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("3");
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("ไม่แน่ใจ");
		}
	}

	/**
	 * A form that took a second response from one address: counted, as the form took it, and said with
	 * the rows (a trial's staff05 answered twice without a word).
	 */
	@Test
	void aSecondResponseFromOneAddressIsCountedAndSaid() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		XSSFWorkbook export = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW, SmallSurvey.ONLY_I1);
		XSSFSheet sheet = export.getSheetAt(0);
		int column = sheet.getRow(0).getLastCellNum();
		String[] emails = { "header", "staff01@example.go.th", "staff05@example.go.th", " Staff01@Example.go.th" };
		sheet.getRow(0).createCell(column).setCellValue("ที่อยู่อีเมล");
		for (int r = 1; r < emails.length; r++) {
			sheet.getRow(r).createCell(column).setCellValue(emails[r]);
		}
		ExampleWorkbooks.write(export, input.resolve("IIT.xlsx"));

		RunSummary summary = theThreeRespondentsScored(input);

		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.filteredOn(m -> m.code().equals("SURVEY_SAME_RESPONDENT")).singleElement()
			.satisfies(m -> assertThat(m.english()).startsWith("1 response(s) came from an e-mail address that answered "
					+ "earlier in this file (rows 4)"));
	}

	/**
	 * A Google Forms CSV opened by a double click in Thai Excel and saved: its Thai, UTF-8 read as Thai
	 * Windows text, is garbled ("เธกเธฒเธ"), and said so (a trial had 190 unknown answers and no word why).
	 */
	@Test
	void aCsvWhoseThaiExcelGarbledIsSaidToBe() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		java.nio.charset.Charset thaiWindows = java.nio.charset.Charset.forName("x-windows-874");
		String garbled = new String(SmallSurvey.csv(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8), thaiWindows);
		Files.write(input.resolve("IIT.csv"), garbled.getBytes(thaiWindows));

		RunSummary summary = oneShot.run(input, work.resolve("out"), Optional.empty());

		assertThat(summary.exitCode()).isEqualTo(2);
		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream).map(Message::code))
			.contains("SURVEY_TEXT_GARBLED");
	}

	/** A five-level form's "ปานกลาง" is refused as any unknown answer, saying where its scale is set (a trial). */
	@Test
	void aFiveLevelFormsMiddleAnswerSaysWhereItsScaleIsSet() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("IIT.csv"), SmallSurvey.csv(SmallSurvey.ALL_HIGHEST,
				item -> item.equals("I1") || item.equals("I2") ? "ปานกลาง" : SmallSurvey.ALL_LOW.apply(item)));

		RunSummary summary = oneShot.run(input, work.resolve("out"), Optional.empty());

		assertThat(summary.exitCode()).isEqualTo(2);
		assertThat(summary.messages().values().stream().flatMap(java.util.List::stream))
			.filteredOn(m -> m.code().equals("SURVEY_FIVE_LEVELS")).singleElement()
			.satisfies(m -> assertThat(m.english()).contains("ita.survey.scales"));
	}

	@Test
	void aLargeExportWithABadAnswerIsRejectedAndItsAnnotatedCopyListsTheRowsToFix() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		SurveyExports.write(input.resolve("IIT-all.xlsx"), 25_000, true, 5, 12_345);
		assertThat(Files.size(input.resolve("IIT-all.xlsx"))).isGreaterThan(2L << 20);
		Path output = work.resolve("out");

		RunSummary summary = oneShot.run(input, output, Optional.empty());

		assertThat(summary.exitCode()).isEqualTo(2);
		long id = summary.inputs().get(0).id();
		assertThat(summary.messages().get(id).stream().filter(Message::isError).map(Message::toString))
			.containsExactly("IIT-all.xlsx › การตอบแบบฟอร์ม 1 › E12346 · SURVEY_ANSWER_UNKNOWN · คำตอบ \"ไม่แน่ใจ\" ไม่ใช่ตัวเลือกของข้อ I3 "
					+ "(ตัวเลือก: น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด) / answer \"ไม่แน่ใจ\" is not a choice of question I3 "
					+ "(choices: น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด)");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ita_score WHERE input_id = ?").param(id).query(Long.class).single()).isZero();
		Path annotated = output.resolve("validation").resolve(id + "-IIT-all-annotated.xlsx");
		try (InputStream in = Files.newInputStream(annotated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("the header and the one row to fix").isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("12346");
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("ไม่แน่ใจ");
			assertThat(sheet.getRow(1).getCell(5).getCellComment().getString().getString()).contains("SURVEY_ANSWER_UNKNOWN");
		}
	}
}
