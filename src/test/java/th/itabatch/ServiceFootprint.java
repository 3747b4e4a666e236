package th.itabatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the test application has written and stored, for tests of work that must keep nothing of it
 * (the warm-up, the rehearsal): its folder's files and sizes, its tables' row counts.
 */
public final class ServiceFootprint {

	/** Tables the service writes whatever else it does: it registers itself and takes its schedule's lock. */
	private static final Set<String> SERVICE_OWN = Set.of("ITA_INSTANCE", "INT_LOCK");

	private ServiceFootprint() {
	}

	/** The folder's files by their path in it, with their sizes; the database's own files left out. */
	public static Map<String, Long> files(Path folder) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
				// The database's own files change as it works; what the application writes is what counts.
				if (!file.startsWith(folder.resolve("data").resolve("db"))) {
					files.put(folder.relativize(file).toString(), Files.size(file));
				}
			}
		}
		return files;
	}

	/** Every table's rows, counted, but those the service writes whatever else it does. */
	public static Map<String, Long> rows(DataSource dataSource) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Map<String, Long> rows = new TreeMap<>();
		for (String table : jdbc.sql("""
				SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'""")
			.query(String.class)
			.list()) {
			if (!SERVICE_OWN.contains(table)) {
				rows.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
			}
		}
		return rows;
	}
}
