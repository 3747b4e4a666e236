package th.itabatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

import th.itabatch.settings.ItaProperties;

/**
 * Before each test class of the shared application, empties its database (ITA Batch's tables and
 * Spring Batch's) and its input and output folders, so every class starts as on a new machine
 * while the application itself is started once.
 */
public class FreshDatabase implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		application.getBean(JdbcClient.class).sql("TRUNCATE SCHEMA PUBLIC RESTART IDENTITY AND COMMIT NO CHECK").update();
		ItaProperties properties = application.getBean(ItaProperties.class);
		empty(properties.inputDir());
		empty(properties.outputDir());
		empty(properties.archiveDir());
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
