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

	public static String of(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getMessage() == null || root.getMessage().isBlank() ? "" : clean(root.getMessage());
		return text.isEmpty() ? describe(root) : text;
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
		if (failure instanceof StackOverflowError) {
			return "it is nested too deeply";
		}
		return "an unexpected problem while reading it";
	}
}
