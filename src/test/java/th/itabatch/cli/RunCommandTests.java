package th.itabatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.examples.ExampleWorkbooks;

/** The one-shot command as a scheduler calls it: its output and exit codes. */
class RunCommandTests {

	@TempDir
	Path work;

	private String out;

	private int run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			return RunCommand.execute(th.itabatch.ItaBatchApplication.class, args);
		}
		finally {
			System.setOut(original);
			out = buffer.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	void theCommandReturnsOnceTheEmbeddedDatabaseLetsGoOfItsFolder() throws Exception {
		Path lock = Files.createDirectories(work.resolve("db")).resolve("ita.lck");
		Files.writeString(lock, "HSQLLOCK");
		// A connection returned after the pool closed: the database shuts down, and its lock goes, a little later.
		Thread late = new Thread(() -> {
			try {
				Thread.sleep(300);
				Files.delete(lock);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		late.start();

		RunCommand.awaitEmbeddedDatabaseClosed("jdbc:hsqldb:file:" + work.resolve("db/ita") + ";shutdown=true");

		assertThat(lock).as("a script's next command must find the folder free").doesNotExist();
		late.join();
		RunCommand.awaitEmbeddedDatabaseClosed("jdbc:postgresql://localhost/ita");
	}

	@Test
	void exitCodesTellUsedRejectedAndFailed() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.main(new String[] { input.toString() });
		String data = "--ita.data-dir=" + work.resolve("data");
		// The tests log warnings alone: the run's own lines are asked for, as the application logs them.
		String logs = "--logging.level.th.itabatch=INFO";

		assertThat(run("run", "--input", input.toString(), "--output", work.resolve("out").toString(), data, logs)).isZero();
		assertThat(out).contains("กองคลัง — เดือนที่รายงาน / report month: มิถุนายน 2564 (2021-06), เลือกจากข้อมูลนำเข้า / chosen from the inputs")
			.contains("ITA-report_กองคลัง_FY2564_2564-06.xlsx")
			.as("the brief is listed with the report, both in the output folder")
			.contains("out/ITA-report_กองคลัง_FY2564_2564-06.xlsx", "out/ITA-brief_กองคลัง_FY2564_2564-06.docx")
			.contains("WARNING ita-scores-2564.xlsx › คะแนน › C11 · OVERALL_MISMATCH")
			.as("what set the chosen month is said, and how to choose another")
			.contains("the latest month that year's progress covers", "give --month to choose")
			.as("the files are new to this run").doesNotContain("received by an earlier run");
		assertThat(work.resolve("data/db/ita.lck")).as("the database was shut down, its files written").doesNotExist();

		assertThat(out).as("the command watches no folder, and does not say it does")
			.contains("COMMAND run: 1 unit(s): 1 reported, 0 unchanged since their report")
			.doesNotContain("watches the input folder");
		// A report's PDF copy (written where LibreOffice is installed) is listed under it (a trial: none were).
		Files.writeString(work.resolve("out/ITA-report_กองคลัง_FY2564_2564-06.pdf"), "%PDF-1.4");
		Files.copy(input.resolve(ExampleWorkbooks.SCORES_FILE), input.resolve("สำเนา คะแนน.xlsx"));
		assertThat(run("run", "--input", input.toString(), "--output", work.resolve("out").toString(), data, logs)).isZero();
		assertThat(out).as("a trial: a renamed copy was answered under the first file's name alone")
			.contains("เนื้อหาเดียวกับ / same content as   สำเนา คะแนน.xlsx — ita-scores-2564.xlsx")
			.contains("ไฟล์นำเข้า / inputs: 3");
		assertThat(out.lines().filter(line -> line.contains("ita-scores-2564.xlsx") && line.startsWith("  ใช้แล้ว")))
			.as("the first file once, under its own name, said to be of an earlier run (a trial's month's four files among sixteen unmarked)")
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.endsWith("ita-scores-2564.xlsx  (ได้รับในการประมวลผลครั้งก่อน ไม่อ่านซ้ำ / received by an earlier run, not read again)");
		assertThat(out).as("an earlier run's file's messages are in its validation report, not printed again to bury new ones")
			.doesNotContain("OVERALL_MISMATCH")
			.contains("ita-scores-2564.xlsx  (ได้รับในการประมวลผลครั้งก่อน ไม่อ่านซ้ำ / received by an earlier run, not read again)"
					+ System.lineSeparator() + "      ข้อความ 1 รายการ แสดงไว้เมื่อได้รับไฟล์นี้ และในหน้า ไฟล์นำเข้า ของเว็บ / 1 message(s), shown when this file"
					+ " was received, and on the web's inputs page");
		assertThat(out).contains("(ไม่มีข้อมูลใหม่ / no new data since it was made)")
			.contains("out/ITA-report_กองคลัง_FY2564_2564-06.pdf")
			.doesNotContain("ITA-brief_กองคลัง_FY2564_2564-06.pdf");
		assertThat(out).as("a trial: a run that made no report said it had reported the units")
			.contains("COMMAND run: 1 unit(s): 0 reported, 1 unchanged since their report");

		try (XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook()) {
			workbook.getSheetAt(0).getRow(6).getCell(2).setCellValue(197.11);
			ExampleWorkbooks.write(workbook, input.resolve(ExampleWorkbooks.SCORES_FILE));
		}
		assertThat(run("run", "--input=" + input, "--output=" + work.resolve("out2"), "--month", "2564-06", data))
			.isEqualTo(2);
		assertThat(out).as("the log says it too, for whoever watches the service's")
			.contains("Input rejected: ita-scores-2564.xlsx — 1 error(s), the first: ita-scores-2564.xlsx › คะแนน › C7 · SCORE_RANGE");
		assertThat(out).contains("ita-scores-2564.xlsx › คะแนน › C7 · SCORE_RANGE · คะแนน 197.11 อยู่นอกช่วง 0–100 / score 197.11 is outside 0–100")
			.contains("ita-scores-2564-validation.xlsx", "ita-scores-2564-annotated.xlsx")
			.contains("ITA-report_กองคลัง_FY2564_2564-06.xlsx");
		assertThat(run("run", "--input=" + input, "--output=" + work.resolve("out2"), "--month", "2564-06", data))
			.as("a holdout trial: the same refused file kept in the folder set 2 at every run; listed, it is no news")
			.isZero();
		assertThat(out).contains("ita-scores-2564.xlsx  (ปฏิเสธในการประมวลผลครั้งก่อน ตรวจอีกครั้ง / rejected by an earlier run, checked again)")
			.as("its errors, printed at every run, buried the new ones: counted, in its validation report")
			.contains("1 message(s), in its validation report below")
			.doesNotContain("ERROR ita-scores-2564.xlsx › คะแนน › C7 · SCORE_RANGE");

		assertThat(run("run", "--input", work.resolve("missing").toString(), "--output", work.toString(), data))
			.isEqualTo(1);
		assertThat(run("run", "--output", work.toString())).isEqualTo(1);
	}

	/**
	 * A restyled brief with a typo fails the unit's report: said in the unit's line, where its report
	 * would have been, not by Spring Batch with 54 lines of trace per unit.
	 */
	@Test
	void aTemplateRestyledWronglyFailsTheReportInOneLineNotATrace() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.main(new String[] { input.toString() });
		Path brief = work.resolve("my-brief.docx");
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(Path.of("templates/monthly-brief.docx")))) {
			document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.filter(r -> r.getText(0) != null && r.getText(0).contains("{{brief.unit}}"))
				.forEach(r -> r.setText(r.getText(0).replace("{{brief.unit}}", "{{brief.unti}}"), 0));
			try (var file = Files.newOutputStream(brief)) {
				document.write(file);
			}
		}
		String[] templates = { "--ita.report.templates[0].name=monthly",
				"--ita.report.templates[0].template=templates/monthly-report.xlsx",
				"--ita.report.templates[0].model=unit-month",
				"--ita.report.templates[0].file-name=ITA-report_{unit}.xlsx", "--ita.report.templates[1].name=brief",
				"--ita.report.templates[1].template=" + brief, "--ita.report.templates[1].model=unit-month",
				"--ita.report.templates[1].file-name=ITA-brief_{unit}.docx" };
		String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("run", "--input", input.toString(),
				"--output", work.resolve("out").toString(), "--ita.data-dir=" + work.resolve("data"),
				"--ita.pdf.enabled=false", "--logging.level.th.itabatch=INFO",
				// The tests keep Spring Batch quiet; the application does not.
				"--logging.level.org.springframework.batch=INFO"), java.util.Arrays.stream(templates))
			.toArray(String[]::new);

		int exitCode = run(args);
		// Logback's levels outlive the application: the tests after this one keep Spring Batch quiet again.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.springframework.batch"))
			.setLevel(ch.qos.logback.classic.Level.OFF);
		assertThat(exitCode).isEqualTo(1);
		assertThat(out).contains("ไม่ได้จัดทำรายงาน / report not made: กองคลัง (2021-06): แม่แบบรายงานใช้ไม่ได้")
			.contains(brief + " › {{brief.unti}} · TEMPLATE_NAME_UNKNOWN")
			.as("Spring Batch's step error and its trace are left out: the unit's line says it")
			.doesNotContain("Encountered an error executing step")
			.doesNotContain("\tat th.itabatch");
		assertThat(work.resolve("out/ITA-report_กองคลัง.xlsx")).doesNotExist();
	}

	@Test
	void aMistypedCommandIsSaidInThaiAndEnglishWithHowToWriteIt() {
		PrintStream original = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertThat(run("run", "--input", work.toString())).isEqualTo(1);
			assertThat(run("run", "--input", work.toString(), "--output", work.toString(), "--month", "13/2564")).isEqualTo(1);
			assertThat(run("run", "--input", work.toString(), "--output")).isEqualTo(1);
			assertThat(run("run", "--input=", "--output", work.toString())).isEqualTo(1);
			assertThat(run("run", "--input", work.toString(), "--output", work.toString(), "--month", "เดือนหน้า")).isEqualTo(1);
			assertThat(run("run", "--input", work.toString(), "--output", work.toString(), "extra")).isEqualTo(1);
			assertThat(run("run", "--input", "in\u0000put", "--output", work.toString())).isEqualTo(1);
		}
		finally {
			System.setErr(original);
		}
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("ita-batch run: ต้องระบุ --input และ --output / --input and --output are required")
			.contains("ita-batch run: ไม่มีเดือนที่ 13 ใน \"13/2564\" / no month 13 in \"13/2564\"")
			.contains("ita-batch run: --output ต้องมีค่า / needs a value")
			.contains("ita-batch run: --input ต้องมีค่า / needs a value")
			.contains("ita-batch run: อ่านเดือน \"เดือนหน้า\" ไม่ได้ (เช่น 2564-06 หรือ 2021-06) / cannot read the month")
			.contains("ita-batch run: ไม่รู้จักอาร์กิวเมนต์ / unknown argument: extra")
			.contains("ไม่ใช่ชื่อโฟลเดอร์ที่ใช้ได้ (Nul character not allowed) / is not a usable folder name")
			.contains("วิธีใช้ / usage: java -jar ita-batch.jar run --input DIR --output DIR")
			.doesNotContain("\tat ");
	}

	/** An output folder that cannot be made is said in one line, not as a trace ending in "(…/history)". */
	@Test
	void anOutputFolderThatCannotBeMadeIsSaidInOneLine() throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		ExampleWorkbooks.main(new String[] { input.toString() });
		Path file = Files.writeString(work.resolve("a-file"), "not a folder");
		PrintStream original = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertThat(run("run", "--input", input.toString(), "--output", file.resolve("out").toString(),
					"--ita.data-dir=" + work.resolve("data"))).isEqualTo(1);
		}
		finally {
			System.setErr(original);
		}
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("ล้มเหลว / failed: เขียนโฟลเดอร์รายงาน " + file.resolve("out") + " ไม่ได้")
			.contains("cannot be made or written")
			.doesNotContain("\tat ");
	}

	@Test
	void aRunWithNoUnitsDataSaysSoRatherThanCountingNoughts() throws Exception {
		Path input = Files.createDirectories(work.resolve("empty"));

		assertThat(run("run", "--input", input.toString(), "--output", work.resolve("out").toString(),
				"--ita.data-dir=" + work.resolve("data"), "--logging.level.th.itabatch=INFO")).isZero();
		assertThat(out).contains("COMMAND run: no unit's data to report").doesNotContain("0 unit(s)");
	}

	@Test
	void aDataFolderInUseIsToldInWordsAUserCanActOn() {
		Exception failure = new IllegalStateException("Failed to start", new RuntimeException(
				"org.hsqldb.HsqlException: Database lock acquisition failure: lockFile: …/data/db/ita.lck"));

		assertThat(RunCommand.reason(failure)).contains("--ita.data-dir").contains("in use").doesNotContain("hsqldb");
	}

	/** A trial: a data folder of root's, run as another user, was said to be "in use by another ITA Batch". */
	@Test
	void aDataFolderThatCannotBeWrittenIsSaidSo() {
		Exception failure = new IllegalStateException("Failed to start", new RuntimeException(
				"org.hsqldb.HsqlException: Database lock acquisition failure: lockFile: org.hsqldb.persist.LockFile@1"
						+ "[file =/var/lib/ita-batch/db/ita.lck] method: openRAF reason: java.io.FileNotFoundException:"
						+ " /var/lib/ita-batch/db/ita.lck (Permission denied)"));

		assertThat(RunCommand.reason(failure)).contains("cannot be written", "owns").doesNotContain("in use");
		Exception aFile = new IllegalStateException("Failed to start", new RuntimeException(
				"org.hsqldb.HsqlException: Database lock acquisition failure: lockFile: org.hsqldb.persist.LockFile@1"
						+ "[file =/tmp/datafile/db/ita.lck] method: openRAF reason: java.io.FileNotFoundException:"
						+ " /tmp/datafile/db/ita.lck (Not a directory)"));
		assertThat(RunCommand.reason(aFile)).as("a retrial's data-dir that is a file").contains("not a file")
			.doesNotContain("in use");
	}
}
