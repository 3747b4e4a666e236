package th.itabatch.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a run failed, in words a viewer may read: a kind of failure the pages put in plain Thai or
 * English, and the failure's own message with Java class names and stack frames removed and the
 * server's absolute paths replaced by the folder they are in ("(โฟลเดอร์รายงาน / output
 * folder)/history/…") or by the file's name alone.
 *
 * @param kind what went wrong, for the page's sentence ({@code failure.<kind>})
 * @param detail the failure's message, made safe to show, or ""
 */
record FailureReason(Kind kind, String detail) {

	/** What went wrong, as the pages say it. */
	enum Kind {

		ACCESS_DENIED, NOT_FOUND, DISK_FULL, FILE_SYSTEM, OUT_OF_MEMORY, OTHER

	}

	static final String OUTPUT_FOLDER = "(โฟลเดอร์รายงาน / output folder)";

	static final String DATA_FOLDER = "(โฟลเดอร์ข้อมูล / data folder)";

	static final String INPUT_FOLDER = "(โฟลเดอร์นำเข้า / input folder)";

	/** Room for a refused template's message: its 150-character opening and one located problem (260–370). */
	private static final int MAX_DETAIL = 600;

	/** "java.nio.file.AccessDeniedException: ", "Caused by: org.x.Y$Z: ", "IOException: " */
	private static final Pattern CLASS_PREFIX = Pattern.compile("^\\s*(?:Caused by:\\s*)?"
			+ "(?:(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*|[A-Z][\\w$]*(?:Exception|Error|Throwable)):\\s*");

	/** A headline that is only a class name: an exception without a message. */
	private static final Pattern BARE_CLASS = Pattern
		.compile("^(?:(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*|[A-Z][\\w$]*(?:Exception|Error|Throwable))$");

	/** A class name left inside a message ("wrapped java.io.IOException"). */
	private static final Pattern CLASS_NAME = Pattern
		.compile("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*(?:Exception|Error))\\b");

	/** An absolute Unix path (not one already reduced to a folder label, nor a URL's). */
	private static final Pattern UNIX_PATH = Pattern.compile("(?<![\\w)/:.~])/[^\\s:;,'\"<>()]+");

	private static final Pattern WINDOWS_PATH = Pattern.compile("\\b[A-Za-z]:\\\\[^\\s:;,'\"<>()]+");

	/**
	 * Reads a failed run's exit message (Spring Batch keeps the exception's stack trace there).
	 *
	 * @param exitMessage the exit message
	 * @param folders the server's folders and how to name them to a viewer
	 */
	static FailureReason of(String exitMessage, Map<Path, String> folders) {
		if (exitMessage == null || exitMessage.isBlank()) {
			return new FailureReason(Kind.OTHER, "");
		}
		List<String> headlines = new ArrayList<>();
		for (String line : exitMessage.split("\\R")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("at ") && !trimmed.startsWith("...")) {
				headlines.add(trimmed);
			}
		}
		String first = headlines.isEmpty() ? "" : message(headlines.get(0));
		String root = headlines.isEmpty() ? "" : message(headlines.get(headlines.size() - 1));
		String detail = first.isEmpty() ? root : first;
		return new FailureReason(kind(String.join("\n", headlines)), abbreviate(withoutPaths(detail, folders)));
	}

	/** The headline without the exception's class names. */
	private static String message(String headline) {
		String text = headline;
		Matcher prefix = CLASS_PREFIX.matcher(text);
		while (prefix.find()) {
			text = text.substring(prefix.end());
			prefix = CLASS_PREFIX.matcher(text);
		}
		text = text.strip();
		return BARE_CLASS.matcher(text).matches() ? "" : CLASS_NAME.matcher(text).replaceAll("$1").strip();
	}

	private static Kind kind(String headlines) {
		String text = headlines.toLowerCase(java.util.Locale.ROOT);
		if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")) {
			return Kind.DISK_FULL;
		}
		if (text.contains("accessdeniedexception") || text.contains("permission denied")
				|| text.contains("access is denied")) {
			return Kind.ACCESS_DENIED;
		}
		if (text.contains("nosuchfileexception") || text.contains("filenotfoundexception")) {
			return Kind.NOT_FOUND;
		}
		if (text.contains("outofmemoryerror")) {
			return Kind.OUT_OF_MEMORY;
		}
		if (text.contains("filesystemexception") || text.contains("ioexception") || text.contains("notdirectoryexception")
				|| text.contains("filealreadyexistsexception")) {
			return Kind.FILE_SYSTEM;
		}
		return Kind.OTHER;
	}

	/** Folders first (longest first, so a folder inside another keeps its own name), then any other path. */
	static String withoutPaths(String text, Map<Path, String> folders) {
		Map<String, String> prefixes = new LinkedHashMap<>();
		folders.entrySet()
			.stream()
			.flatMap(e -> forms(e.getKey()).stream().map(form -> Map.entry(form, e.getValue())))
			.sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
			.forEach(e -> prefixes.putIfAbsent(e.getKey(), e.getValue()));
		String result = text;
		for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
			// Only the whole folder: "/srv/output" is not the start of "/srv/output2".
			result = Pattern.compile(Pattern.quote(prefix.getKey()) + "(?=[/\\\\\\s:;,'\"]|$)")
				.matcher(result)
				.replaceAll(Matcher.quoteReplacement(prefix.getValue()));
		}
		result = UNIX_PATH.matcher(result).replaceAll(m -> Matcher.quoteReplacement("…/" + lastSegment(m.group(), '/')));
		return WINDOWS_PATH.matcher(result)
			.replaceAll(m -> Matcher.quoteReplacement("…\\" + lastSegment(m.group(), '\\')));
	}

	/** A folder as it may appear in a message: as configured made absolute, and as the file system resolves it. */
	private static List<String> forms(Path folder) {
		List<String> forms = new ArrayList<>();
		Path absolute = folder.toAbsolutePath().normalize();
		forms.add(absolute.toString());
		try {
			forms.add(absolute.toRealPath().toString());
		}
		catch (java.io.IOException | SecurityException ex) {
			// not there (any more): only its configured form can appear
		}
		return forms.stream().filter(f -> f.length() > 1).distinct().toList();
	}

	private static String lastSegment(String path, char separator) {
		String trimmed = path.endsWith(String.valueOf(separator)) ? path.substring(0, path.length() - 1) : path;
		return trimmed.substring(trimmed.lastIndexOf(separator) + 1);
	}

	private static String abbreviate(String text) {
		return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
	}
}
