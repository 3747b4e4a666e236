package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.runs.UnitRun;

/** A run that fails part-way is restarted by the next launch with the same folders and completes once. */
@ItaApplicationTest
class RestartFunctionalTests {

	@Autowired
	private OneShotRun launcher;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void aFailedRunIsRestartedWhereItStoppedWithoutDuplicatedRows() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		ExampleWorkbooks.main(new String[] { input.toString() });
		Path output = work.resolve("output");
		Path report = output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx");
		// A folder where the report should go makes writing it fail after the inputs were stored.
		Files.createDirectories(report.resolve("blocker"));

		RunSummary failed = launcher.run(input, output, Optional.empty());

		assertThat(failed.exitCode()).isEqualTo(1);
		UnitRun failedRun = failed.outcome().units().get(0);
		assertThat(failedRun.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.inputs()).hasSize(2);
		FileSystemUtils.deleteRecursively(report);

		RunSummary restarted = launcher.run(input, output, Optional.empty());

		assertThat(restarted.exitCode()).isZero();
		UnitRun unit = restarted.outcome().units().get(0);
		assertThat(unit.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(unit.jobInstanceId()).as("the same run, restarted").isEqualTo(failedRun.jobInstanceId());
		assertThat(Path.of(unit.report().file())).isEqualTo(report);
		assertThat(report).isRegularFile();
		assertThat(count("SELECT COUNT(*) FROM ita_input")).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM ita_score")).isEqualTo(6);
		assertThat(count("SELECT COUNT(*) FROM ita_activity")).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM ita_report")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = " + unit.jobInstanceId()))
			.isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'readInputsStep'"))
			.as("the inputs were read once").isEqualTo(1);
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
		}

		RunSummary again = launcher.run(input, output, Optional.empty());
		assertThat(again.exitCode()).isZero();
		assertThat(again.outcome().units().get(0).alreadyDone()).as("the same data makes no second report run").isTrue();
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthlyReportJob'")).isEqualTo(1);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
