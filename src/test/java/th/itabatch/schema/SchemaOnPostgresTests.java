package th.itabatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.itabatch.ItaBatchApplication;
import th.itabatch.TestPostgres;

/**
 * The application on an empty PostgreSQL database: its migrations make it what they make an empty
 * HSQLDB one (the same tables and columns, of the same types, lengths and nullability) and are
 * recorded, and the application starts again on it with nothing to do.
 */
@ExtendWith(TestPostgres.Available.class)
class SchemaOnPostgresTests {

	@TempDir
	Path root;

	@Test
	void anEmptyPostgresDatabaseGetsTheSameSchemaAsHsqldbAndTheApplicationStartsAgainOnIt() {
		TestPostgres.Server server = TestPostgres.server();
		String url = TestPostgres.newDatabase("ita_migration");
		DataSource postgres = new DriverManagerDataSource(url, server.user(), server.password());
		DataSource hsqldb = new DriverManagerDataSource("jdbc:hsqldb:mem:migration", "SA", "");

		for (int start = 1; start <= 2; start++) {
			try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ItaBatchApplication.class)
				.web(WebApplicationType.NONE)
				.profiles("postgres")
				.run("--ITA_DB_URL=" + url, "--ITA_DB_USER=" + server.user(), "--ITA_DB_PASSWORD=" + server.password(),
						"--ita.data-dir=" + root.resolve("data"), "--ita.input-dir=" + root.resolve("input"),
						"--ita.output-dir=" + root.resolve("output"))) {
				assertThat(Stream.of(application.getBean(Flyway.class).info().applied())
					.map(m -> m.getVersion() + " " + m.getState())).as("start " + start)
					.containsExactly("1 SUCCESS", "2 SUCCESS", "3 SUCCESS", "4 SUCCESS", "5 SUCCESS", "6 SUCCESS", "7 SUCCESS",
							"8 SUCCESS", "9 SUCCESS", "10 SUCCESS", "11 SUCCESS", "12 SUCCESS", "13 SUCCESS", "14 SUCCESS");
			}
		}
		Flyway.configure().dataSource(hsqldb).locations(SchemaUpgradeTests.HSQLDB_MIGRATIONS).load().migrate();

		List<String> columns = columns(postgres, "current_schema()");
		assertThat(columns).hasSizeGreaterThan(100).isEqualTo(columns(hsqldb, "'PUBLIC'"));
		assertThat(JdbcClient.create(postgres)
			.sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN ('ita_report_file_report', 'ita_department_file_report', 'ita_unit_input')")
			.query(Long.class)
			.single()).as("a report's documents and a register's units found through an index (PostgreSQL indexes no foreign key itself)")
			.isEqualTo(3);
		assertThat(JdbcClient.create(postgres).sql("SELECT COUNT(*) FROM batch_job_instance").query(Long.class).single())
			.as("Spring Batch's tables, made by Spring Boot").isZero();
	}

	/** Every column of ITA Batch's tables: table, column, type, length, nullability, in one spelling. */
	private static List<String> columns(DataSource database, String schema) {
		return JdbcClient.create(database).sql("""
				SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
				  is_nullable
				FROM information_schema.columns
				WHERE table_schema = %s AND LOWER(table_name) LIKE 'ita\\_%%' ESCAPE '\\'
				ORDER BY LOWER(table_name), LOWER(column_name)""".formatted(schema))
			.query((rs, n) -> String.join(" ", rs.getString(1), rs.getString(2), type(rs.getString(3)),
					String.valueOf(rs.getObject(4)), String.valueOf(rs.getObject(5)), String.valueOf(rs.getObject(6)),
					rs.getString(7))
				.toLowerCase())
			.list();
	}

	private static String type(String name) {
		return switch (name.toLowerCase()) {
			case "decimal" -> "numeric";
			case "timestamp" -> "timestamp without time zone";
			default -> name;
		};
	}
}
