package th.itabatch.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which files of the input folder are a user's files to read, and safe names for stored copies. */
public final class InboxFiles {

	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "readme.md", "readme.txt");

	private InboxFiles() {
	}

	/**
	 * True for a file a person put there to be read: not an Office lock file ({@code ~$…}), not hidden,
	 * not a temporary or partial download, not a system file.
	 */
	public static boolean isCandidate(Path file) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith("~")
				&& !lower.endsWith(".tmp") && !lower.endsWith(".crdownload") && !lower.endsWith(".part")
				&& !SYSTEM_FILES.contains(lower);
	}

	/** The last segment of a name a browser or user gave, with characters file systems refuse replaced. */
	public static String safeName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[:*?\"<>|\\p{Cntrl}]", "_").strip();
		while (base.startsWith(".")) {
			base = base.substring(1);
		}
		return base.isEmpty() ? "workbook" : base;
	}
}
