package th.itabatch;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test application's data, input and output folders into one temporary folder. */
public final class TestFolders {

	private TestFolders() {
	}

	/** {@code root/data} (the database and stored inputs), {@code root/input}, {@code root/output}. */
	public static void under(Path root, DynamicPropertyRegistry registry) {
		registry.add("ita.data-dir", () -> root.resolve("data").toString());
		registry.add("ita.input-dir", () -> root.resolve("input").toString());
		registry.add("ita.output-dir", () -> root.resolve("output").toString());
	}
}
