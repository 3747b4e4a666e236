package th.itabatch.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it:
 * the content goes to a temporary file in the same folder, is flushed to disk, then renamed.
 */
public final class AtomicFiles {

	/** The names of the temporary files this class writes: a dot, the target's hash, a UUID. */
	private static final Pattern TEMPORARY = Pattern.compile("\\.[0-9a-f]{16}\\.[0-9a-f-]{36}\\.tmp");

	/** Folders recently written to, with the temporary files left in them that are not removed yet. */
	private static final Map<Path, Set<Path>> LEFTOVERS = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Set<Path>> eldest) {
			// A run writes into a folder per unit (its history): the folders of runs long past are listed again if need be.
			return size() > 4096;
		}
	};

	private AtomicFiles() {
	}

	/** Writes the content that {@code writer} produces to {@code target}. */
	public static void write(Path target, Writer writer) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// A short name of its own: a target's name may already take most of the 255 bytes a name may have.
		String prefix = "." + ContentHash.sha256(target.getFileName().toString().getBytes(StandardCharsets.UTF_8))
			.substring(0, 16) + ".";
		removeLeftovers(folder, prefix);
		// Not Files.createTempFile: its owner-only permissions would make reports unreadable on a share.
		Path temporary = folder.resolve(prefix + UUID.randomUUID() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE_NEW)) {
				OutputStream out = Channels.newOutputStream(channel);
				writer.write(new NonClosingOutputStream(out));
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			// Also after an Error such as OutOfMemoryError: no temporary file is left behind.
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Temporary files of the same target left by a process that was killed while writing it: those
	 * the folder held when this process first wrote to it (a restarted instance, the next one-shot
	 * command). The folder is listed once a process, not at every write: an output folder holds
	 * thousands of reports, and listing it for each made a run's writing grow with the square of its
	 * reports (the kernel's directory reading took 9 % of a thousand units' report threads).
	 */
	private static void removeLeftovers(Path folder, String prefix) throws IOException {
		Set<Path> leftovers;
		synchronized (LEFTOVERS) {
			leftovers = LEFTOVERS.get(folder);
		}
		if (leftovers == null) {
			leftovers = ConcurrentHashMap.newKeySet();
			try (DirectoryStream<Path> temporary = Files.newDirectoryStream(folder,
					entry -> TEMPORARY.matcher(entry.getFileName().toString()).matches())) {
				temporary.forEach(leftovers::add);
			}
			synchronized (LEFTOVERS) {
				LEFTOVERS.put(folder, leftovers);
			}
		}
		for (Path leftover : leftovers) {
			if (leftover.getFileName().toString().startsWith(prefix)) {
				Files.deleteIfExists(leftover);
				leftovers.remove(leftover);
			}
		}
	}

	/** Produces a file's content. */
	@FunctionalInterface
	public interface Writer {

		void write(OutputStream out) throws IOException;

	}

	/** Libraries that close the stream they were given must not close the channel before it is forced. */
	private static final class NonClosingOutputStream extends java.io.FilterOutputStream {

		NonClosingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
