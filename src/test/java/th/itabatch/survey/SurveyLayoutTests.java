package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.examples.SmallSurvey;
import th.itabatch.workbook.stream.RowStream;
import th.itabatch.workbook.stream.RowStreams;

/** A survey export told from a summary of scores whose headers are codes too ("IIT1" … "IIT5"). */
class SurveyLayoutTests {

	@TempDir
	Path work;

	private static Questionnaire questionnaire() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		return new Questionnaire(
				Binder.get(environment).bind("ita.survey", SurveyProperties.class).get());
	}

	/** Whether the workbook is taken for a survey export, as the ingest tells one. */
	private boolean isSurvey(Workbook workbook) throws IOException {
		try (RowStream rows = RowStreams.open(written(workbook))) {
			Optional<SurveyLayout> layout = SurveyLayout.detect(rows, questionnaire());
			return layout.isPresent() && layout.get().answeredBelow(rows);
		}
	}

	private Optional<SurveyLayout> layout(Workbook workbook) throws IOException {
		try (RowStream rows = RowStreams.open(written(workbook))) {
			return SurveyLayout.detect(rows, questionnaire());
		}
	}

	private Path written(Workbook workbook) throws IOException {
		Path file = work.resolve("book-" + System.nanoTime() + ".xlsx");
		ExampleWorkbooks.write(workbook, file);
		return file;
	}

	/** SmallSurvey's export with each question's header numbered as {@code number} says, from its code ("I11.2"). */
	private static XSSFWorkbook numbered(java.util.function.UnaryOperator<String> number) {
		XSSFWorkbook export = SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST);
		var header = export.getSheetAt(0).getRow(0);
		for (int c = 2; c < header.getLastCellNum(); c++) {
			header.getCell(c).setCellValue(number.apply(header.getCell(c).getStringCellValue().split(" ")[0]) + " ข้อคำถาม");
		}
		return export;
	}

	@Test
	void questionsNumberedWithoutCodesAreReadByNumberWhereTheyAreTheQuestionnairesEveryOne() throws IOException {
		SurveyLayout coded = layout(SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST)).orElseThrow();
		SurveyLayout byNumber = layout(numbered(code -> code.substring(1) + ".")).orElseThrow();
		assertThat(byNumber.numbered()).isTrue();
		assertThat(coded.numbered()).isFalse();
		assertThat(byNumber.columns()).extracting(c -> c.column() + " " + c.item().key())
			.isEqualTo(coded.columns().stream().map(c -> c.column() + " " + c.item().key()).toList());
		XSSFWorkbook commented = numbered(code -> code.substring(1) + ".");
		commented.getSheetAt(0).getRow(0).createCell(40).setCellValue("31. ข้อเสนอแนะเพิ่มเติม");
		assertThat(layout(commented)).as("a comment numbered on after the last question").get()
			.satisfies(layout -> assertThat(layout.numbered()).isTrue())
			.satisfies(layout -> assertThat(layout.columns()).hasSameSizeAs(coded.columns()));
	}

	@Test
	void numbersThatAreNotTheQuestionnairesAreNoSurvey() throws IOException {
		assertThat(layout(numbered(code -> (Integer.parseInt(code.substring(1).split("\\.")[0]) + 2) + "."))).as(
				"a form numbering its own two questions first: read by number, every item would shift")
			.isEmpty();
		XSSFWorkbook skipped = numbered(code -> code.equals("I7") ? "ข้อเสนอแนะ" : code.substring(1) + ".");
		assertThat(layout(skipped)).as("one question not numbered").isEmpty();
		XSSFWorkbook noTimes = numbered(code -> code.substring(1) + ".");
		noTimes.getSheetAt(0).getRow(0).getCell(0).setCellValue("ลำดับ");
		assertThat(layout(noTimes)).as("numbered columns without a response time: a table, not a form's export")
			.isEmpty();
	}

	@Test
	void answersInWordsOrOnAFormsLinearScaleAreASurveys() throws IOException {
		assertThat(isSurvey(SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW))).isTrue();
		assertThat(isSurvey(SmallSurvey.workbook(item -> "4", item -> "3")))
			.as("numbers of a scale are no label, and the survey says which labels it has").isTrue();
	}

	@Test
	void scoresUnderTheIndicatorsCodesAreASummaryOfScores() throws IOException {
		XSSFWorkbook summary = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(summary.createSheet("สรุป"));
		s.row("A1", "หน่วยงาน", "IIT1", "IIT2", "IIT3", "IIT4", "IIT5");
		s.row("A2", "กองคลัง", "-", "-", "-", "-", "-");
		s.row("A3", "กองแผนงาน", 92.5, 88, 90.25, 91, 87);
		assertThat(isSurvey(summary)).as("a trial's summary was refused as a survey, a dash its first row").isFalse();
	}
}
