package th.itabatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.FileSystemUtils;

/**
 * Points a test application's data, input and output folders into a temporary folder: one for the
 * whole test run ({@link ItaApplicationTest}), or one of a test class's own.
 */
public final class TestFolders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Path SHARED = shared();

	/** The folder of the test run's shared application: {@code data}, {@code input}, {@code output}. */
	public static Path shared() {
		if (SHARED != null) {
			return SHARED;
		}
		try {
			Path root = Files.createTempDirectory("ita-batch-tests");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(root.toFile())));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "ita.data-dir=" + SHARED.resolve("data"),
				"ita.input-dir=" + SHARED.resolve("input"), "ita.output-dir=" + SHARED.resolve("output"));
	}

	/** {@code root/data} (the database and stored inputs), {@code root/input}, {@code root/output}. */
	public static void under(Path root, DynamicPropertyRegistry registry) {
		registry.add("ita.data-dir", () -> root.resolve("data").toString());
		registry.add("ita.input-dir", () -> root.resolve("input").toString());
		registry.add("ita.output-dir", () -> root.resolve("output").toString());
	}
}
