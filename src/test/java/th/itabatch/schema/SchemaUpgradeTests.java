package th.itabatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A database written by the previous release upgrades in place when the application starts: the
 * current schema script runs over it, and the data of the inputs that were used still counts.
 */
class SchemaUpgradeTests {

	@Test
	void aDatabaseOfThePreviousReleaseKeepsItsUsedDataAndLosesNothing() throws Exception {
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

			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/ita-schema.sql"));
			// Every start runs the script again: it must change nothing the second time.
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/ita-schema.sql"));
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
}
