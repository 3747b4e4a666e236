package th.itabatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import th.itabatch.ItaBatchApplication;

/**
 * Databases written before the schema migrations upgrade in place: the last release's data folder
 * when the application starts on it, with every row kept and the migrations recorded, and an earlier
 * release's tables, whose older shapes the first migration brings up to date.
 */
class SchemaUpgradeTests {

	/** Where the application's migrations for HSQLDB are (spring.flyway.locations with its vendor). */
	static final String[] HSQLDB_MIGRATIONS = { "classpath:db/migration", "classpath:db/vendor/hsqldb" };

	/** Every table of the last release with the rows a data folder of it holds. */
	private static final Map<String, Integer> RELEASED_ROWS = Map.ofEntries(Map.entry("ita_input", 2),
			Map.entry("ita_message", 1), Map.entry("ita_score", 2), Map.entry("ita_plan", 1), Map.entry("ita_activity", 1),
			Map.entry("ita_progress", 1), Map.entry("ita_report", 1), Map.entry("ita_indicator_result", 1),
			Map.entry("ita_activity_status", 1), Map.entry("ita_report_file", 1), Map.entry("ita_unit", 1),
			Map.entry("BATCH_JOB_INSTANCE", 1), Map.entry("BATCH_JOB_EXECUTION", 1));

	/** Flyway's checksum of db/migration/V1__baseline.sql. */
	private static final int V1_CHECKSUM = -1109329807;

	@TempDir
	Path root;

	@Test
	void aDataFolderOfTheLastReleaseUpgradesInPlaceWhenTheApplicationStarts() throws Exception {
		Path database = root.resolve("data").resolve("db").resolve("ita");
		DriverManagerDataSource released = new DriverManagerDataSource("jdbc:hsqldb:file:" + database + ";shutdown=true",
				"SA", "");
		try (Connection connection = released.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"));
			// The first migration is that release's schema script word for word (see below).
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V1__baseline.sql"));
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/ita-data-release-f3419f9.sql"));
		}

		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ItaBatchApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ita.data-dir=" + root.resolve("data"), "--ita.input-dir=" + root.resolve("input"),
					"--ita.output-dir=" + root.resolve("output"))) {
			JdbcClient jdbc = application.getBean(JdbcClient.class);

			RELEASED_ROWS.forEach((table, rows) -> assertThat(count(jdbc, "SELECT COUNT(*) FROM " + table)).as(table)
				.isEqualTo(rows.longValue()));
			assertThat(jdbc.sql("SELECT narrative FROM ita_report").query(String.class).single())
				.isEqualTo("กองคลังผ่านเป้าหมาย");
			assertThat(jdbc.sql("SELECT accepted FROM ita_score ORDER BY input_id").query(Boolean.class).list())
				.containsExactly(true, false);
			assertThat(count(jdbc, "SELECT COUNT(*) FROM ita_report WHERE overall_level IS NULL"))
				.as("the columns added since are there, empty for the old report").isEqualTo(1);
			assertThat(count(jdbc, "SELECT COUNT(*) FROM ita_department_report")).isZero();
			MigrationInfo[] history = application.getBean(Flyway.class).info().applied();
			assertThat(Stream.of(history).map(m -> m.getVersion() + " " + m.getType()))
				.as("recorded at version 0 as it was, then brought up by every migration")
				.containsExactly("0 BASELINE", "1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL",
					"9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL");
			assertThat(history).noneMatch(m -> m.getState().isFailed());
			assertThat(application.getBean(Flyway.class).info().pending()).isEmpty();
		}
	}

	@Test
	void aDatabaseOfAnEarlierReleaseKeepsItsUsedDataAndLosesNothing() throws Exception {
		DriverManagerDataSource database = new DriverManagerDataSource("jdbc:hsqldb:mem:upgrade", "SA", "");
		JdbcClient jdbc = JdbcClient.create(database);
		try (Connection connection = database.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/ita-schema-release-2026-11.sql"));
			for (long id = 1; id <= 2; id++) {
				jdbc.sql("""
						INSERT INTO ita_input (id, sha256, file_name, source, source_path, archive_path, size_bytes,
						  arrived_at, status) VALUES (?, ?, 'scores.xlsx', 'FOLDER', '/in', '/archive', 10, CURRENT_TIMESTAMP, ?)""")
					.params(id, String.valueOf(id).repeat(64), id == 1 ? "USED" : "PARSED")
					.update();
				jdbc.sql("""
						INSERT INTO ita_score (input_id, unit, fiscal_year, round_no, indicator_no, score, sheet_name, cell_ref)
						VALUES (?, 'กองคลัง', 2564, 1, 4, 87.99, 'คะแนน', 'C9')""").param(id).update();
				jdbc.sql("INSERT INTO ita_plan (input_id, unit, fiscal_year) VALUES (?, 'กองคลัง', 2564)").param(id).update();
			}

			// As spring.flyway.* in application.yml has it; a second start finds nothing to do.
			Flyway flyway = Flyway.configure()
				.dataSource(database)
				.locations(HSQLDB_MIGRATIONS)
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load();
			assertThat(flyway.migrate().migrationsExecuted).isEqualTo(14);
			assertThat(flyway.migrate().migrationsExecuted).isZero();
		}

		assertThat(jdbc.sql("SELECT accepted FROM ita_score ORDER BY input_id").query(Boolean.class).list())
			.as("the used input's scores count; the one still being read does not").containsExactly(true, false);
		assertThat(jdbc.sql("SELECT accepted FROM ita_plan ORDER BY input_id").query(Boolean.class).list())
			.containsExactly(true, false);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ita_input").query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ita_report_file").query(Long.class).single()).isZero();
		List<Integer> scores = jdbc.sql("SELECT COUNT(*) FROM ita_score").query(Integer.class).list();
		assertThat(scores).containsExactly(2);
	}

	/**
	 * The first migration is the last release's own script (commit f3419f9) and, like every migration
	 * applied somewhere, is never edited: Flyway would refuse to start on a database that ran it
	 * before. A change to the schema is a new migration.
	 */
	@Test
	void theMigrationsAppliedByReleasesAreNeverEdited() {
		Flyway flyway = Flyway.configure()
			.dataSource(new DriverManagerDataSource("jdbc:hsqldb:mem:checksums", "SA", ""))
			.load();
		assertThat(Stream.of(flyway.info().all()).filter(m -> m.getVersion().getVersion().equals("1")))
			.singleElement()
			.extracting(MigrationInfo::getChecksum)
			.isEqualTo(V1_CHECKSUM);
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
