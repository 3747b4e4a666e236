package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.inputs.InputRepository;
import th.itabatch.report.ReportRepository;
import th.itabatch.settings.ItaProperties;

/**
 * The database keeps the archive's and the output folder's paths relative to those folders (so the
 * folders can move, or be mounted elsewhere by another instance), and hands them out resolved.
 */
@ItaApplicationTest
class StoredPathsFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ItaProperties properties;

	@Autowired
	private InputRepository inputs;

	@Autowired
	private ReportRepository reports;

	@Test
	void archiveAndReportPathsAreStoredRelativeAndResolvedToTheFiles(@TempDir Path work) throws Exception {
		Path example = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input"), example);
		oneShot.run(example, properties.outputDir(), Optional.empty());

		List<String> stored = jdbc.sql("""
				SELECT archive_path FROM ita_input UNION ALL SELECT file_path FROM ita_report
				UNION ALL SELECT history_path FROM ita_report UNION ALL SELECT file_path FROM ita_report_file""")
			.query(String.class)
			.list();
		assertThat(stored).hasSizeGreaterThan(4).allSatisfy(path -> assertThat(Path.of(path)).isRelative());

		long input = jdbc.sql("SELECT MIN(id) FROM ita_input").query(Long.class).single();
		assertThat(Path.of(inputs.find(input).orElseThrow().archivePath())).isAbsolute()
			.startsWith(properties.archiveDir().toAbsolutePath().normalize())
			.isRegularFile();
		long report = jdbc.sql("SELECT MIN(id) FROM ita_report").query(Long.class).single();
		ReportRepository.StoredReport read = reports.find(report).orElseThrow();
		assertThat(Path.of(read.file())).isAbsolute().isRegularFile();
		assertThat(Path.of(read.historyFile())).isAbsolute().isRegularFile();
		assertThat(Files.size(Path.of(reports.documents(report).get(0).file()))).isPositive();
	}
}
