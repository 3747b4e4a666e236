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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import th.itabatch.examples.ExampleWorkbooks;

/** A run that fails part-way is restarted by the next launch with the same folders and completes once. */
@SpringBootTest
class RestartFunctionalTests {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("ita.data-dir", () -> data.toString());
	}

	@Autowired
	private MonthlyReportLauncher launcher;

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

		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.inputs()).hasSize(2);
		FileSystemUtils.deleteRecursively(report);

		RunSummary restarted = launcher.run(input, output, Optional.empty());

		assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.exitCode()).isZero();
		assertThat(restarted.jobInstanceId()).as("the same run, restarted").isEqualTo(failed.jobInstanceId());
		assertThat(restarted.reports()).singleElement().satisfies(r -> assertThat(Path.of(r.file())).isEqualTo(report));
		assertThat(report).isRegularFile();
		long run = restarted.jobInstanceId();
		assertThat(count("SELECT COUNT(*) FROM ita_input WHERE job_instance_id = ?", run)).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM ita_score s JOIN ita_input i ON i.id = s.input_id WHERE i.job_instance_id = ?",
				run)).isEqualTo(6);
		assertThat(count("SELECT COUNT(*) FROM ita_activity a JOIN ita_plan p ON p.id = a.plan_id "
				+ "JOIN ita_input i ON i.id = p.input_id WHERE i.job_instance_id = ?", run)).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM ita_report WHERE job_instance_id = ?", run)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?", run)).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
				+ "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE e.JOB_INSTANCE_ID = ? AND s.STEP_NAME = 'readInputsStep'",
				run)).as("the restart does not read the inputs again").isEqualTo(1);
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
		}

		RunSummary next = launcher.run(input, output, Optional.empty());
		assertThat(next.jobInstanceId()).as("a completed run is not repeated; a new one starts").isNotEqualTo(run);
		assertThat(next.exitCode()).isZero();
	}

	private long count(String sql, long run) {
		return jdbc.sql(sql).param(run).query(Long.class).single();
	}
}
