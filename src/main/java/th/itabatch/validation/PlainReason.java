package th.itabatch.validation;

import java.util.regex.Matcher;
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
		String setting = unknownValue(failure, root);
		if (setting != null) {
			return setting;
		}
		// A setting refused at start names itself and what to write: told whole, paths and all (they are the
		// engineer's own), not cut at a library message's length.
		if ((root instanceof IllegalArgumentException || root instanceof IllegalStateException) && root.getMessage() != null
				&& root.getMessage().startsWith("ita.")) {
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

	private static final Pattern BOUND_UNDER = Pattern.compile("Failed to bind properties under '([^']+)'");

	private static final Pattern NO_ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

	/**
	 * A setting given a value its list does not have ({@code ita.report.goal: NEXT}): the setting, the
	 * value and the values it takes, where the command line said "No enum constant
	 * th.itabatch.scores.RoundComparator.Goal.NEXT" (a retrial); {@code null} for any other failure.
	 */
	private static String unknownValue(Throwable failure, Throwable root) {
		Matcher noEnum = NO_ENUM.matcher(String.valueOf(root.getMessage()));
		if (!(root instanceof IllegalArgumentException) || !noEnum.find()) {
			return null;
		}
		String setting = null;
		for (Throwable cause = failure; cause != null && setting == null; cause = cause.getCause()) {
			Matcher bound = BOUND_UNDER.matcher(String.valueOf(cause.getMessage()));
			setting = bound.find() ? bound.group(1) : null;
			if (cause.getCause() == cause) {
				break;
			}
		}
		String values = enumValues(noEnum.group(1));
		return (setting == null ? "" : setting + ": ") + noEnum.group(2) + " is not one of its values"
				+ (values == null ? "" : " (" + values + ")");
	}

	/** The constants of an enum named as a message names it (a nested one with dots), or {@code null}. */
	private static String enumValues(String name) {
		String binary = name;
		while (true) {
			try {
				Object[] constants = Class.forName(binary).getEnumConstants();
				return constants == null ? null
						: String.join(", ", java.util.Arrays.stream(constants).map(String::valueOf).toList());
			}
			catch (ClassNotFoundException | LinkageError ex) {
				int dot = binary.lastIndexOf('.');
				if (dot < 0) {
					return null;
				}
				binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
			}
		}
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
