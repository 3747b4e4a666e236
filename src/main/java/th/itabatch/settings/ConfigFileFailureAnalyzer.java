package th.itabatch.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A configuration file YAML cannot read (a tab indenting a line, a quote left open) said in two
 * sentences, with the file and its line, where a trial's console held 61 lines of the YAML reader's
 * trace under the problem.
 */
public class ConfigFileFailureAnalyzer extends AbstractFailureAnalyzer<MarkedYAMLException> {

	/** Where Spring Boot looks for the configuration beside the application, as the README tells. */
	private static final List<String> BESIDE = List.of("config/application.yml", "config/application.yaml",
			"application.yml", "application.yaml");

	private final Path folder;

	public ConfigFileFailureAnalyzer() {
		this(Path.of(""));
	}

	ConfigFileFailureAnalyzer(Path folder) {
		this.folder = folder;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MarkedYAMLException cause) {
		// Where what went wrong began (a quote opened): the problem's own mark may be the file's end.
		Mark mark = cause.getContextMark() != null ? cause.getContextMark() : cause.getProblemMark();
		String problem = cause.getProblem() == null ? cause.getMessage() : cause.getProblem();
		boolean tab = problem.contains("\\t") || problem.contains("TAB");
		String where = mark == null ? "" : ", line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
		String file = mark == null ? "a configuration file" : fileAt(mark).map(Path::toString).orElse("a configuration file");
		String what = tab ? "a tab where YAML takes spaces only / มีอักขระแท็บ ซึ่ง YAML ใช้ย่อหน้าไม่ได้"
				: problem.strip() + (cause.getContext() == null ? "" : " (" + cause.getContext().strip() + ")");
		String description = "ITA Batch could not read its settings / อ่านไฟล์การตั้งค่าไม่ได้: " + file + where + ": " + what;
		String action = tab
				? "Indent that line with spaces, as the lines around it are (two a level), and start again. / ย่อหน้าบรรทัดนั้นด้วยเว้นวรรค"
						+ " (ระดับละสองช่อง) แล้วเริ่มใหม่"
				: "Correct the file at that line (a quote or bracket left open, a colon without a space after it, a line"
						+ " indented unlike those around it), and start again. / แก้ไฟล์ที่บรรทัดนั้น แล้วเริ่มใหม่";
		return new FailureAnalysis(description, action, cause);
	}

	/**
	 * A failure to start told as this analyzer tells it (what, then what to do), for the one-shot
	 * command, which says its failures itself; empty when it is no configuration file's.
	 */
	public static Optional<String> told(Throwable failure) {
		FailureAnalysis analysis = new ConfigFileFailureAnalyzer().analyze(failure);
		return Optional.ofNullable(analysis).map(a -> a.getDescription() + ". " + a.getAction());
	}

	/** The configuration file beside the application whose line the mark points at holds what it shows. */
	private Optional<Path> fileAt(Mark mark) {
		String snippet = mark.get_snippet();
		String shown = snippet == null ? "" : snippet.lines().findFirst().orElse("").strip();
		for (String name : BESIDE) {
			Path file = folder.resolve(name);
			try {
				if (Files.isRegularFile(file)) {
					List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					if (mark.getLine() < lines.size() && lines.get(mark.getLine()).strip().equals(shown)) {
						return Optional.of(file);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// Unreadable as text: not the file YAML read.
			}
		}
		return Optional.empty();
	}
}
