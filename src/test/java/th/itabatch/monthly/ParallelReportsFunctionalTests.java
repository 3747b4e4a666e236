package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import th.itabatch.TestFolders;
import th.itabatch.benchmark.LargeInputs;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.runs.UnitRun;

/**
 * Units reported on four threads at once: each unit's report made once, by its own job instance,
 * with its own figures, the results in the units' order, and a unit that fails failing alone and
 * restarting alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "ita.runs.report-threads=4", "ita.inbox.enabled=false", "ita.schedule.enabled=false" })
class ParallelReportsFunctionalTests {

	private static final YearMonth JUNE_2564 = YearMonth.of(2021, 6);

	@TempDir
	static Path root;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		TestFolders.under(root, registry);
	}

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void eachUnitIsReportedOnceWithItsOwnFiguresAndAFailureStaysWithItsUnit() throws Exception {
		// Named so that their order by name, the order a run takes them in, is the order they are made
		// in, and so that the name is the file name's part as it stands.
		List<String> units = IntStream.rangeClosed(1, 12).mapToObj(u -> String.format("กลุ่มงาน%02d", u)).toList();
		Path input = Files.createDirectories(work.resolve("input"));
		LargeInputs.writeScores(input.resolve("scores.xlsx"), units);
		Path output = work.resolve("output");
		// A folder where the seventh unit's report should go makes that report, and only it, fail.
		Path blocked = output.resolve(reportName(units.get(6)));
		Files.createDirectories(blocked.resolve("blocker"));

		RunSummary first = oneShot.run(input, output, Optional.of(JUNE_2564));

		assertThat(first.outcome().units()).extracting(UnitRun::unit).containsExactlyElementsOf(units);
		assertThat(first.outcome().units()).extracting(UnitRun::status)
			.containsOnly(BatchStatus.COMPLETED, BatchStatus.FAILED)
			.filteredOn(s -> s == BatchStatus.FAILED)
			.hasSize(1);
		assertThat(first.outcome().units().get(6).status()).isEqualTo(BatchStatus.FAILED);
		for (int u = 0; u < units.size(); u++) {
			if (u == 6) {
				continue;
			}
			UnitRun run = first.outcome().units().get(u);
			assertThat(Path.of(run.report().file())).isEqualTo(output.resolve(reportName(units.get(u))));
			try (ReportCells cells = new ReportCells(Path.of(run.report().file()))) {
				assertThat(cells.text("C2")).as("the unit its report names").isEqualTo(units.get(u));
				int row = cells.rowOf("การปฏิบัติหน้าที่");
				assertThat(cells.number("C" + row)).as("indicator 1, round 2, of %s", units.get(u))
					.isEqualTo(LargeInputs.score(u + 1, 2, 1));
			}
		}
		assertThat(count("SELECT COUNT(*) FROM ita_report")).isEqualTo(11);
		assertThat(count("SELECT COUNT(DISTINCT unit) FROM ita_report")).isEqualTo(11);
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthlyReportJob'")).isEqualTo(12);

		FileSystemUtils.deleteRecursively(blocked);
		RunSummary second = oneShot.run(input, output, Optional.of(JUNE_2564));

		assertThat(second.exitCode()).isZero();
		assertThat(second.outcome().units()).extracting(UnitRun::unit).containsExactlyElementsOf(units);
		assertThat(second.outcome().units()).filteredOn(r -> !r.alreadyDone())
			.singleElement()
			.satisfies(r -> {
				assertThat(r.unit()).isEqualTo(units.get(6));
				assertThat(r.jobInstanceId()).as("the failed run, restarted")
					.isEqualTo(first.outcome().units().get(6).jobInstanceId());
			});
		assertThat(blocked).isRegularFile();
		assertThat(count("SELECT COUNT(*) FROM ita_report")).isEqualTo(12);
		assertThat(count("SELECT COUNT(DISTINCT unit) FROM ita_report")).isEqualTo(12);
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthlyReportJob'")).isEqualTo(12);
	}

	private static String reportName(String unit) {
		return "ITA-report_" + unit + "_FY2564_2564-06.xlsx";
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
