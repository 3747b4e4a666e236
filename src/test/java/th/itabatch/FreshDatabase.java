package th.itabatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

import th.itabatch.settings.ItaProperties;

/**
 * Before each test class of the shared application, empties its database (ITA Batch's tables and
 * Spring Batch's, on HSQLDB or PostgreSQL) and its input and output folders, so every class starts as
 * on a new machine while the application itself is started once. Ids go on from where they were, as
 * in a database that is never emptied: the application's caches know what changed by the latest ids
 * and counts, and a class that stored as many rows as the one before it read the one before's
 * standings (a department report without the unit the class had added, in one order of the classes).
 */
public class FreshDatabase implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		if (postgres(application.getBean(DataSource.class))) {
			// Every table but the migrations' history, which a new machine has too.
			List<String> tables = jdbc.sql("""
					SELECT table_name FROM information_schema.tables
					WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
					  AND table_name <> 'flyway_schema_history'""").query(String.class).list();
			jdbc.sql("TRUNCATE TABLE " + String.join(", ", tables) + " CONTINUE IDENTITY CASCADE").update();
		}
		else {
			// The migrations' history goes too: harmless, migrations run when the application starts.
			jdbc.sql("TRUNCATE SCHEMA PUBLIC AND COMMIT NO CHECK").update();
		}
		ItaProperties properties = application.getBean(ItaProperties.class);
		empty(properties.inputDir());
		empty(properties.outputDir());
		empty(properties.archiveDir());
	}

	private static boolean postgres(DataSource database) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(database, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void empty(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
