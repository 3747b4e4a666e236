package th.itabatch.validation;

import java.util.regex.Pattern;

/**
 * Says in a few plain words why something failed, for a message a user reads: no Java class names,
 * no server paths, no stack traces — the first line of the innermost cause, cleaned.
 */
public final class PlainReason {

	private static final Pattern CLASS_NAME = Pattern
		.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error|Fault)\\b:?\\s*");

	private static final Pattern PATH = Pattern.compile("(?:[A-Za-z]:)?(?:[\\\\/][^\\s\\\\/:\"'<>|]+){2,}[\\\\/]?");

	private static final int LONGEST = 160;

	private PlainReason() {
	}

	/**
	 * One language's part of a reason given in both, "Thai / English" (a reader's account of what a
	 * file is): the Thai before the first " / ", the English after it; a reason in one language as it is.
	 */
	public static String inLanguage(String bothLanguages, boolean english) {
		int between = bothLanguages.indexOf(" / ");
		if (between < 0) {
			return bothLanguages;
		}
		return english ? bothLanguages.substring(between + 3) : bothLanguages.substring(0, between);
	}

	public static String of(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root instanceof StatedFailure stated) {
			return stated.getMessage();
		}
		// A setting refused at start names itself and what to write: told whole, paths and all (they are the
		// engineer's own), not cut at a library message's length.
		if (root instanceof IllegalArgumentException && root.getMessage() != null && root.getMessage().startsWith("ita.")) {
			return root.getMessage().lines().findFirst().orElse("");
		}
		String text = root.getMessage() == null || root.getMessage().isBlank() ? "" : clean(root.getMessage());
		// A file-system failure's message is often just the path, which a user must not see.
		boolean onlyAPath = text.replace("(…)", "").isBlank();
		if (root instanceof java.nio.file.FileSystemException && onlyAPath) {
			return describe(root) + " (" + "…/" + fileName((java.nio.file.FileSystemException) root) + ")";
		}
		return onlyAPath ? describe(root) : text;
	}

	/** A reason some library gave, cleaned of class names, paths and all but its first line. */
	public static String clean(String reason) {
		String text = reason == null ? "" : reason.lines().findFirst().orElse("");
		if (text.contains("DOCTYPE is disallowed")) {
			return "it declares XML entities (a DOCTYPE), which no spreadsheet program writes";
		}
		text = CLASS_NAME.matcher(text).replaceAll("");
		text = PATH.matcher(text).replaceAll("(…)").strip();
		return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
	}

	private static String fileName(java.nio.file.FileSystemException failure) {
		String file = failure.getFile() == null ? "" : failure.getFile();
		return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
	}

	/** What kind of failure it was, in words, when it carries no message of its own. */
	private static String describe(Throwable failure) {
		String name = failure.getClass().getSimpleName();
		if (name.contains("Xml") || name.contains("SAX") || name.contains("Stream")) {
			return "its XML is not well formed";
		}
		if (failure instanceof ArithmeticException || failure instanceof NumberFormatException) {
			return "a number in it is out of range";
		}
		if (failure instanceof IndexOutOfBoundsException) {
			return "it refers to a cell or part that is not there";
		}
		if (failure instanceof java.nio.file.AccessDeniedException) {
			return "no permission to write or read a file";
		}
		if (failure instanceof java.nio.file.NoSuchFileException) {
			return "a file or folder is missing";
		}
		if (failure instanceof java.nio.file.FileSystemException) {
			return "a file could not be written or read";
		}
		if (failure instanceof StackOverflowError) {
			return "it is nested too deeply";
		}
		return "an unexpected problem while reading it";
	}
}
