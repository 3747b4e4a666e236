package th.itabatch.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which files of the input folder are a user's files to read, and safe names for stored copies. */
public final class InboxFiles {

	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "readme.md", "readme.txt");

	private InboxFiles() {
	}

	/**
	 * The folder's files in the order they are taken in: the one saved last, last, so that of two
	 * versions of a workbook dropped together ("คะแนน.xlsx" and the corrected "คะแนน (1).xlsx") the newer
	 * counts, as it does between drops; by name where saved at the same time. By name alone, a trial's
	 * older file, named after the newer one, decided whether a unit passed.
	 */
	public static List<Path> inOrder(Path folder) throws IOException {
		try (java.util.stream.Stream<Path> list = Files.list(folder)) {
			return list.filter(Files::isRegularFile)
				.map(file -> new Dated(file, modified(file)))
				.sorted(Comparator.comparing(Dated::modified).thenComparing(Dated::file))
				.map(Dated::file)
				.toList();
		}
	}

	private record Dated(Path file, FileTime modified) {
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			// Gone or unreadable since it was listed: its reading says so; first meanwhile.
			return FileTime.fromMillis(0);
		}
	}

	/**
	 * Why a file of the input folder is not read (an Office lock file, a hidden, temporary or partly
	 * downloaded file, a system file), in Thai and English; empty for a file a person put there to be read.
	 */
	public static Optional<String> whyIgnored(Path file) {
		return whyIgnored(file.getFileName().toString());
	}

	/** As {@link #whyIgnored(Path)}, of a file's name alone (an upload's, which need not be a path here). */
	public static Optional<String> whyIgnored(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.startsWith("~$") || lower.startsWith(".~lock")) {
			return Optional.of("ไฟล์ล็อกของโปรแกรมที่เปิดไฟล์อยู่ / an Office lock file");
		}
		if (name.startsWith(".")) {
			return Optional.of("ไฟล์ซ่อน (ชื่อขึ้นต้นด้วยจุด) / a hidden file (its name starts with a dot)");
		}
		if (name.endsWith("~") || lower.endsWith(".tmp") || lower.endsWith(".crdownload") || lower.endsWith(".part")) {
			return Optional.of("ไฟล์ชั่วคราวหรือดาวน์โหลดไม่ครบ / a temporary or partly downloaded file");
		}
		if (SYSTEM_FILES.contains(lower)) {
			return Optional.of("ไฟล์ของระบบ / a system file");
		}
		return Optional.empty();
	}

	/** The most bytes a stored copy's name takes: file systems allow 255, and Thai takes 3 a letter. */
	static final int NAME_BYTES = 180;

	/** The name a browser or user gave, as they will recognise it: its last segment, control characters removed. */
	public static String originalName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		return base.isEmpty() ? "workbook" : base;
	}

	/** The last segment of a name a browser or user gave, with characters file systems refuse replaced. */
	public static String safeName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[:*?\"<>|\\p{Cntrl}]", "_").strip();
		while (base.startsWith(".")) {
			base = base.substring(1);
		}
		return base.isEmpty() ? "workbook" : fitting(base);
	}

	/** The name cut, before its extension, to what every file system takes. */
	private static String fitting(String name) {
		if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
		String stem = name.substring(0, name.length() - extension.length());
		while (!stem.isEmpty() && (stem + "…" + extension).getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
			stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
		}
		return stem + "…" + extension;
	}
}
