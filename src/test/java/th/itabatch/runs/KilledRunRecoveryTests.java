package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.ItaBatchApplication;
import th.itabatch.ServiceProcesses;
import th.itabatch.benchmark.LargeInputs;

/**
 * The service is killed ({@code kill -9}) in the middle of a run and started again: the run is
 * recovered and completes, with every report written once, nothing duplicated in the database, and
 * no half-written file left. The service runs in processes of its own, as in production.
 */
class KilledRunRecoveryTests {

	private static final int UNITS = 50;

	// Kept when the test fails: the two services' logs and the database say what happened.
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path root;

	@Test
	void aRunKilledMidwayCompletesAtTheNextStartWithNothingDuplicated() throws Exception {
		Path input = Files.createDirectories(root.resolve("input"));
		Path output = root.resolve("output");
		LargeInputs.writePlan(input.resolve("plan-2000-activities.xlsx"), 2000);
		LargeInputs.writeScores(input.resolve("scores-50-units.xlsx"), UNITS);

		Process first = start("first.log");
		try {
			// Killed while a report file is being written: the moment a crash could leave half a report.
			// Written for 300 ms at least: HSQLDB keeps the last 100 ms of commits in memory
			// (hsqldb.write_delay_millis), and a kill right after a report's job began loses the job with
			// them: the unit is then reported anew, not restarted, and this test is about restarting.
			await(Duration.ofSeconds(120), ServiceProcesses.writingFor(output, Duration.ofMillis(300)), first,
					"first.log");
		}
		finally {
			first.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
			first.waitFor(30, TimeUnit.SECONDS);
		}
		int beforeKill = historyCount(output);
		assertThat(beforeKill).as("killed in the middle of the run").isLessThan(UNITS);

		Process second = start("second.log");
		try {
			await(Duration.ofSeconds(180), () -> log("second.log").contains("RECOVERY run: " + UNITS + " unit(s)"), second,
					"second.log");
		}
		finally {
			second.destroy(); // SIGTERM: an orderly stop closes the database
			second.waitFor(60, TimeUnit.SECONDS);
		}

		try (Connection db = DriverManager.getConnection(
				"jdbc:hsqldb:file:" + root.resolve("data").resolve("db").resolve("ita") + ";shutdown=true", "SA", "")) {
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM ita_input")).isEqualTo(2);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM ita_score")).isEqualTo(UNITS * 2 * 10);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM ita_activity")).isEqualTo(2000);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM ita_report")).isEqualTo(UNITS);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(DISTINCT unit) FROM ita_report")).isEqualTo(UNITS);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM ita_indicator_result")).isEqualTo(UNITS * 10);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthlyReportJob'"))
				.isEqualTo(UNITS);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'ingestJob'")).isEqualTo(1);
			long months = ServiceProcesses.count(db, "SELECT COUNT(DISTINCT report_month) FROM ita_report");
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM ita_department_report"))
				.as("the department of all units, once for each month its units were reported on").isEqualTo(months);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'departmentReportJob'"))
				.isEqualTo(months);
			assertThat(ServiceProcesses.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS <> 'COMPLETED' AND STATUS <> 'FAILED'"))
				.as("nothing is left running").isZero();
			assertThat(ServiceProcesses.count(db, """
					SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
					WHERE i.JOB_NAME = 'monthlyReportJob' AND e.STATUS = 'FAILED'
					  AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION later WHERE later.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
					    AND later.STATUS = 'COMPLETED')"""))
				// Units are reported one per processor at once (ita.runs.report-threads): as many may have been cut off.
				.as("the killed report runs were recovered and restarted")
				.isBetween(1L, (long) Runtime.getRuntime().availableProcessors());
		}
		List<Path> reports = new ArrayList<>();
		// The units' reports; the department's, made after them, are counted in the database above.
		try (Stream<Path> files = Files.list(output)) {
			files.filter(f -> f.getFileName().toString().startsWith("ITA-report_")).forEach(reports::add);
		}
		assertThat(reports).hasSize(UNITS);
		for (Path report : reports) {
			try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isNotBlank();
			}
		}
		try (Stream<Path> files = Files.walk(root)) {
			assertThat(files.map(Path::toString).filter(name -> name.endsWith(".tmp"))).isEmpty();
		}
	}

	private Process start(String log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				ItaBatchApplication.class.getName(), "--server.port=0", "--ita.data-dir=" + root.resolve("data"),
				"--ita.input-dir=" + root.resolve("input"), "--ita.output-dir=" + root.resolve("output"),
				// The test classpath's application.properties turns these off for in-process tests.
				"--ita.inbox.enabled=true", "--ita.schedule.enabled=true", "--ita.inbox.settle-seconds=1",
				"--ita.inbox.poll-seconds=1", "--ita.schedule.debounce-seconds=1",
				"--ita.security.users[0].username=editor", "--ita.security.users[0].password={noop}x",
				"--ita.security.users[0].role=EDITOR", "--logging.level.th.itabatch=INFO")
			.redirectErrorStream(true)
			.redirectOutput(root.resolve(log).toFile())
			.start();
	}


	private static int historyCount(Path output) {
		Path history = output.resolve("history");
		if (!Files.isDirectory(history)) {
			return 0;
		}
		try (Stream<Path> runs = Files.list(history)) {
			return (int) runs.count();
		}
		catch (IOException ex) {
			return 0;
		}
	}



	private String log(String name) {
		return ServiceProcesses.read(root.resolve(name));
	}

	private void await(Duration limit, BooleanSupplier condition, Process process, String log) throws Exception {
		ServiceProcesses.await(limit, condition, process, () -> log(log));
	}
}
