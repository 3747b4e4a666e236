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
import java.util.UUID;

/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it:
 * the content goes to a temporary file in the same folder, is flushed to disk, then renamed.
 */
public final class AtomicFiles {

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

	/** Temporary files of the same target left by a process that was killed while writing it. */
	private static void removeLeftovers(Path folder, String prefix) throws IOException {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, entry -> {
			String name = entry.getFileName().toString();
			return name.startsWith(prefix) && name.endsWith(".tmp");
		})) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
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
