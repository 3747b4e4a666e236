package th.itabatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.files.AtomicFiles;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * A configured report template, ready to fill: the file users restyle (the copy bundled in the
 * application when the file is absent), the engine that fills it, and how the files it makes are
 * named.
 */
public final class ReportTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final ReportProperties.Template spec;

	private final TemplateEngine engine;

	/** A content checked and what was found in it. */
	private record Checked(byte[] content, List<Message> problems) {
	}

	/** The content last checked: the one in use. */
	private volatile Checked last;

	ReportTemplate(ReportProperties.Template spec, TemplateEngine engine) {
		this.spec = spec;
		this.engine = engine;
	}

	ReportProperties.Template spec() {
		return spec;
	}

	public String name() {
		return spec.name();
	}

	/** The file name for these values of the pattern's placeholders ({unit}, {year}, …), made safe for any disk. */
	public String fileName(Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(spec.fileName());
		StringBuilder name = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException("unknown placeholder {" + matcher.group(1) + "} in the file name of template "
						+ spec.name() + "; known: " + values.keySet());
			}
			matcher.appendReplacement(name, Matcher.quoteReplacement(ReportFiles.safe(value)));
		}
		matcher.appendTail(name);
		return name.toString();
	}

	/** Fills the template and writes the document; a half-written file is never left at that name. */
	public void write(Map<String, Object> variables, Path target) throws IOException {
		AtomicFiles.write(target, out -> fill(variables, out));
	}

	/** Fills the template into the stream (the caller's to close). */
	public void fill(Map<String, Object> variables, OutputStream out) throws IOException {
		try (InputStream in = open()) {
			fill(in, variables, out);
		}
	}

	/** The template's bytes as they are now: the file users restyle, else the bundled copy. */
	public byte[] bytes() throws IOException {
		try (InputStream in = open()) {
			return in.readAllBytes();
		}
	}

	/** Fills these bytes of the template and writes the document among others, there once they are committed. */
	public void write(byte[] template, Map<String, Object> variables, Path target, AtomicFiles.Batch files) throws IOException {
		files.write(target, out -> fill(new java.io.ByteArrayInputStream(template), variables, out));
	}

	/**
	 * Fills the template; a mistake in it that the check does not know fails the report as the
	 * check's do, said of this template's file (JXLS's own message names the sheet and cell, not the file).
	 */
	private void fill(InputStream template, Map<String, Object> variables, OutputStream out) throws IOException {
		try {
			engine.fill(template, variables, out);
		}
		catch (TemplateMistake mistake) {
			MessageLog log = new MessageLog(spec.template());
			log.file(MessageCode.TEMPLATE_NOT_FILLED, mistake.getMessage(), mistake.getMessage());
			throw new TemplateProblems(log.messages());
		}
	}

	/**
	 * What is wrong with these bytes of the template, at its sheets and cells (or tags): checked once
	 * for the content in use, recognised by comparing the bytes (a run of a thousand units reads its
	 * template a thousand times, and the planning office may replace it between two runs).
	 */
	public List<Message> problems(byte[] template, Map<String, Object> variables) {
		Checked previous = last;
		if (previous != null && java.util.Arrays.equals(previous.content(), template)) {
			return previous.problems();
		}
		List<Message> found = List.copyOf(engine.check(template, spec.template(), variables));
		last = new Checked(template, found);
		return found;
	}

	InputStream open() throws IOException {
		Path file = Path.of(spec.template());
		if (Files.isRegularFile(file)) {
			return Files.newInputStream(file);
		}
		String bundled = "/templates/" + file.getFileName();
		InputStream in = ReportTemplate.class.getResourceAsStream(bundled);
		if (in == null) {
			throw new th.itabatch.validation.StatedFailure("ไม่พบไฟล์แม่แบบ " + spec.template() + " (ita.report.templates: " + spec.name()
					+ ") / the template file " + spec.template() + " is not there (ita.report.templates: " + spec.name() + ")");
		}
		return in;
	}
}
