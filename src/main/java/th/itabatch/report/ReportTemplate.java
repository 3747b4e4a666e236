package th.itabatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the report template comes from: the configured file when it exists (users restyle it in
 * Excel), else the copy bundled in the application.
 */
public final class ReportTemplate {

	static final String BUNDLED = "/templates/monthly-report.xlsx";

	private final Path file;

	public ReportTemplate(Path file) {
		this.file = file;
	}

	public InputStream open() throws IOException {
		if (file != null && Files.isRegularFile(file)) {
			return Files.newInputStream(file);
		}
		InputStream bundled = ReportTemplate.class.getResourceAsStream(BUNDLED);
		if (bundled == null) {
			throw new IOException("report template not found: " + file + " (and none bundled)");
		}
		return bundled;
	}
}
