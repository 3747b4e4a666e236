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
		String file = mark == null ? "a configuration file" : fileAt(mark, tab).map(Path::toString).orElse("a configuration file");
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

	/**
	 * The configuration file beside the application (a profile's too: application-prod.yml) whose line
	 * the mark points at holds what it shows; none where it is elsewhere or two could be.
	 */
	private Optional<Path> fileAt(Mark mark, boolean tab) {
		String snippet = mark.get_snippet();
		// The snippet is cut to some 75 letters: the line is matched by its start.
		String shown = snippet == null ? "" : snippet.lines().findFirst().orElse("").strip().replaceAll("\\s*\\.\\.\\.\\s*$", "");
		List<Path> holding = new java.util.ArrayList<>();
		for (Path file : candidates()) {
			try {
				if (Files.isRegularFile(file)) {
					List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					String line = mark.getLine() < lines.size() ? lines.get(mark.getLine()) : "";
					if (!shown.isEmpty() && line.strip().startsWith(shown) && (!tab || line.indexOf('\t') >= 0)) {
						holding.add(file);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// Unreadable as text: not the file YAML read.
			}
		}
		return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
	}

	/** application.yml and application-*.yml (and .yaml) in the folder and its config/ folder. */
	private List<Path> candidates() {
		List<Path> files = new java.util.ArrayList<>();
		for (Path dir : List.of(folder.resolve("config"), folder)) {
			try (var listed = Files.list(dir)) {
				listed.filter(f -> f.getFileName().toString().matches("application(-[^/]+)?\\.ya?ml")).sorted().forEach(files::add);
			}
			catch (IOException | RuntimeException ex) {
				// No such folder.
			}
		}
		return files;
	}
}
