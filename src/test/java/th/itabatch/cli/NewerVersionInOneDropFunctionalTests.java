package th.itabatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inputs.StoredInput;
import th.itabatch.runs.UnitRun;
import th.itabatch.validation.Message;

/**
 * Two versions of one unit's scores dropped together: the one saved last counts, as between drops,
 * whatever their names (a trial's older file, named after the newer, decided whether the unit passed).
 */
@ItaApplicationTest
class NewerVersionInOneDropFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	private static Path scores(Path file, double overall, Instant saved) throws Exception {
		XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook();
		workbook.getSheet("คะแนน").getRow(10).getCell(2).setCellValue(overall);
		ExampleWorkbooks.write(workbook, file);
		Files.setLastModifiedTime(file, FileTime.from(saved));
		return file;
	}

	@Test
	void theVersionSavedLastCountsWhateverItsName() throws Exception {
		Path drop = Files.createDirectories(work.resolve("drop"));
		Instant morning = Instant.parse("2021-07-01T02:00:00Z");
		scores(drop.resolve("คะแนน (1).xlsx"), 93.10, morning.plusSeconds(3600));
		scores(drop.resolve("คะแนน.xlsx"), 63.10, morning);

		RunSummary summary = oneShot.run(drop, work.resolve("out"), Optional.empty());

		assertThat(summary.outcome().units()).singleElement()
			.extracting(UnitRun::report)
			.satisfies(report -> assertThat(report.overall()).as("the corrected file's stated overall, saved an hour later")
				.isEqualByComparingTo(new BigDecimal("93.10")));
		Map<String, Long> ids = summary.inputs().stream().collect(Collectors.toMap(StoredInput::fileName, StoredInput::id));
		assertThat(summary.messages().getOrDefault(ids.get("คะแนน.xlsx"), List.of())).extracting(Message::code)
			.doesNotContain("SCORES_REPLACED");
		assertThat(summary.messages().get(ids.get("คะแนน (1).xlsx"))).filteredOn(m -> m.code().equals("SCORES_REPLACED"))
			.as("the file that counts says what it replaced, at the first score that differs")
			.singleElement()
			.satisfies(m -> {
				assertThat(m.cell()).isEqualTo("C11");
				assertThat(m.thai()).contains("ปีงบประมาณ 2564 รอบ 1").contains("ภาพรวม 63.10 → 93.10");
				assertThat(m.english()).contains("overall 63.10 → 93.10");
			});
	}

	@Test
	void theSameScoresAgainReplaceNothingWorthSaying() throws Exception {
		// Another unit than the other test's: the class's tests share one database.
		Path drop = Files.createDirectories(work.resolve("drop"));
		for (String name : List.of("คะแนนกองแผนงาน.xlsx", "คะแนนกองแผนงาน สำเนา.xlsx")) {
			XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook();
			workbook.getSheet("คะแนน").getRow(1).getCell(0).setCellValue("หน่วยงาน: กองแผนงาน");
			// The copy saved again: other bytes, the same scores.
			workbook.getSheet("คะแนน").createRow(30).createCell(0).setCellValue(name);
			ExampleWorkbooks.write(workbook, drop.resolve(name));
		}

		RunSummary summary = oneShot.run(drop, work.resolve("out"), Optional.empty());

		assertThat(summary.inputs()).extracting(StoredInput::fileName)
			.containsExactlyInAnyOrder("คะแนนกองแผนงาน.xlsx", "คะแนนกองแผนงาน สำเนา.xlsx");
		assertThat(summary.messages().values()).allSatisfy(messages -> assertThat(messages).extracting(Message::code)
			.doesNotContain("SCORES_REPLACED"));
	}
}
