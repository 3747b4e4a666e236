package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;

/**
 * A workbook re-sent with a month's progress corrected is told so, with how to have that month's
 * report made again: a trial's corrected April changed only the next run's report, without a word.
 */
@ItaApplicationTest
class ProgressCorrectionFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void aMonthsProgressThatDiffersFromWhatWasReceivedIsSaidAtItsRow() throws Exception {
		Path first = Files.createDirectories(work.resolve("first"));
		ExampleWorkbooks.write(ExampleWorkbooks.scores(), first.resolve(ExampleWorkbooks.SCORES_FILE));
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), first.resolve(ExampleWorkbooks.PLAN_FILE));
		RunSummary before = oneShot.run(first, work.resolve("out"), Optional.empty());
		assertThat(codes(before)).doesNotContain(MessageCode.PROGRESS_CHANGED.name());

		Path second = Files.createDirectories(work.resolve("second"));
		Workbook corrected = ExampleWorkbooks.plan();
		corrected.getSheet("ผลการดำเนินงาน").getRow(3).getCell(2).setCellValue("อยู่ระหว่างดำเนินการ");
		ExampleWorkbooks.write(corrected, second.resolve(ExampleWorkbooks.PLAN_FILE));
		RunSummary after = oneShot.run(second, work.resolve("out"), Optional.empty());

		List<Message> changed = after.messages().values().stream().flatMap(List::stream)
			.filter(m -> m.code().equals(MessageCode.PROGRESS_CHANGED.name()))
			.toList();
		assertThat(changed).singleElement().satisfies(m -> {
			assertThat(m.sheet()).isEqualTo("ผลการดำเนินงาน");
			assertThat(m.cell()).as("the activity's row").isEqualTo("A4");
			assertThat(m.unit()).isEqualTo("กองคลัง");
			assertThat(m.thai()).contains("ผลการดำเนินงานเดือนมิถุนายน 2564 ของ กองคลัง ต่างจากที่ได้รับก่อนหน้า: กิจกรรม \""
					+ ExampleWorkbooks.ACTIVITY_1 + "\" ดำเนินการแล้ว → อยู่ระหว่างดำเนินการ", "\"ประมวลผลทันที\" เลือกหน่วยงานและเดือน")
				.as("a trial: a CE month in the Thai text, and 'not made again' in a run that made it")
				.contains("จะจัดทำใหม่เมื่อประมวลผลเดือนนั้น", "--month 2564-06");
			assertThat(m.english()).contains("progress for 2021-06 differs", "→", "Run now", "if this run is for another month");
		});

		// Sent again with one more activity's result written: the month's statuses as received, no word.
		Workbook again = ExampleWorkbooks.plan();
		again.getSheet("ผลการดำเนินงาน").getRow(3).getCell(2).setCellValue("อยู่ระหว่างดำเนินการ");
		again.getSheet("ผลการดำเนินงาน").getRow(3).getCell(7).setCellValue("ไม่มี");
		ExampleWorkbooks.write(again, second.resolve(ExampleWorkbooks.PLAN_FILE));
		assertThat(codes(oneShot.run(second, work.resolve("out"), Optional.empty())))
			.doesNotContain(MessageCode.PROGRESS_CHANGED.name());

		// The activity named by its number in Thai digits, as a trial's workbooks did: named by its number.
		for (String status : new String[] { "ดำเนินการแล้ว", "ยังไม่ดำเนินการ" }) {
			Workbook byNumber = ExampleWorkbooks.plan();
			byNumber.getSheet("ผลการดำเนินงาน").getRow(3).getCell(0).setCellValue("๑");
			byNumber.getSheet("ผลการดำเนินงาน").getRow(3).getCell(2).setCellValue(status);
			ExampleWorkbooks.write(byNumber, second.resolve(ExampleWorkbooks.PLAN_FILE));
			after = oneShot.run(second, work.resolve("out"), Optional.empty());
		}
		assertThat(after.messages().values().stream().flatMap(List::stream))
			.filteredOn(m -> m.code().equals(MessageCode.PROGRESS_CHANGED.name()))
			.singleElement()
			.satisfies(m -> assertThat(m.thai()).contains("กิจกรรม 1 ดำเนินการแล้ว → ยังไม่ดำเนินการ").doesNotContain("\"๑\""));
	}

	private static List<String> codes(RunSummary summary) {
		return summary.messages().values().stream().flatMap(List::stream).map(Message::code).toList();
	}
}
