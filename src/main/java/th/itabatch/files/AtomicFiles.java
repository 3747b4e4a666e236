package th.itabatch.files;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it:
 * the content goes to a temporary file in the same folder, is flushed to disk, then renamed.
 */
public final class AtomicFiles {

	/** The names of the temporary files this class writes: a dot, the target's hash, a UUID. */
	private static final Pattern TEMPORARY = Pattern.compile("\\.[0-9a-f]{16}\\.[0-9a-f-]{36}\\.tmp");

	/** The temporary files this process is writing or has written and not yet renamed. */
	private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

	/** How long a folder's listing of leftovers is used before the folder is listed again. */
	static final long LISTING_MILLIS = 1000;

	/** Folders recently written to, with the temporary files listed in them and not removed yet. */
	private static final Map<Path, Listing> LISTINGS = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Listing> eldest) {
			// A run writes into a folder per unit (its history): the folders of runs past are listed again if need be.
			return size() > 4096;
		}
	};

	private AtomicFiles() {
	}

	/** Writes the content that {@code writer} produces to {@code target}. */
	public static void write(Path target, Writer writer) throws IOException {
		try (Batch batch = batch()) {
			batch.write(target, writer);
			batch.commit();
		}
	}

	/** Files to write together: see {@link Batch}. */
	public static Batch batch() {
		return new Batch();
	}

	/**
	 * Files written together, each whole or not at all, as {@link AtomicFiles#write} writes one: each
	 * file's content goes to its temporary file at once and is forced to the disk on a flushing thread
	 * while the caller makes the next file; {@link #commit} waits for the flushes and renames every
	 * file to its name. Closed without a commit, it leaves none of them. A report's documents and
	 * their copies are written so: forcing a file to this machine's disk takes 1.6 ms on average, four
	 * times for each unit, which its report thread spent waiting.
	 */
	public static final class Batch implements AutoCloseable {

		private final List<Pending> pending = new ArrayList<>();

		private boolean committed;

		private Batch() {
		}

		/** A file written and being flushed. */
		private record Pending(Path target, Path temporary, Future<?> flushed) {
		}

		/** Writes the content that {@code writer} produces, for {@code target}; the file is there once committed. */
		public void write(Path target, Writer writer) throws IOException {
			Path folder = target.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			// A short name of its own: a target's name may already take most of the 255 bytes a name may have.
			String prefix = "." + ContentHash.sha256(target.getFileName().toString().getBytes(StandardCharsets.UTF_8))
				.substring(0, 16) + ".";
			removeLeftovers(folder, prefix);
			// Not Files.createTempFile: its owner-only permissions would make reports unreadable on a share.
			Path temporary = folder.resolve(prefix + UUID.randomUUID() + ".tmp");
			FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
			// Until it is renamed or deleted, no listing of leftovers takes it for one (a second write of
			// its target, another thread's).
			LIVE.add(temporary);
			try {
				// Buffered: the document libraries' zip streams write a few hundred bytes at a time, each a
				// system call on the channel's own stream (2 % of a thousand units' report threads).
				OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
				writer.write(new NonClosingOutputStream(out));
				out.flush();
				pending.add(new Pending(target, temporary, FLUSHER.submit(() -> {
					try (channel) {
						channel.force(true);
					}
					return null;
				})));
			}
			catch (IOException | RuntimeException | Error ex) {
				// Also after an Error such as OutOfMemoryError: no temporary file is left behind.
				try {
					channel.close();
					Files.deleteIfExists(temporary);
				}
				catch (IOException cleaning) {
					ex.addSuppressed(cleaning);
				}
				finally {
					LIVE.remove(temporary);
				}
				throw ex;
			}
		}

		/** What was written for {@code target} so far, to read from until the batch is committed. */
		public Path written(Path target) {
			return pending.stream()
				.filter(p -> p.target().equals(target))
				.reduce((first, second) -> second)
				.orElseThrow(() -> new IllegalArgumentException("nothing was written for " + target))
				.temporary();
		}

		/** Waits until every file is on the disk, then gives each its name, in the order written. */
		public void commit() throws IOException {
			for (Pending file : pending) {
				flushed(file);
			}
			for (Pending file : pending) {
				try {
					Files.move(file.temporary(), file.target(), StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(file.temporary(), file.target(), StandardCopyOption.REPLACE_EXISTING);
				}
				LIVE.remove(file.temporary());
			}
			committed = true;
		}

		/**
		 * Without a commit (a failure, an interruption), no file is left, temporary or not; a file
		 * renamed before a later one failed to be is left whole.
		 */
		@Override
		public void close() throws IOException {
			if (committed) {
				return;
			}
			IOException failed = null;
			for (Pending file : pending) {
				// Its flush closes the channel: the file is deleted once nothing holds it open (Windows refuses before).
				settled(file.flushed());
				try {
					Files.deleteIfExists(file.temporary());
				}
				catch (IOException ex) {
					if (failed == null) {
						failed = ex;
					}
					else {
						failed.addSuppressed(ex);
					}
				}
				finally {
					LIVE.remove(file.temporary());
				}
			}
			if (failed != null) {
				throw failed;
			}
		}

		/** Waits for a flush to end, however it ends, through interruptions (kept for the caller). */
		private static void settled(Future<?> flush) {
			boolean interrupted = false;
			while (true) {
				try {
					flush.get();
					break;
				}
				catch (ExecutionException ex) {
					break;
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}

		private static void flushed(Pending file) throws IOException {
			try {
				file.flushed().get();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				throw new IOException("Could not write " + file.target().getFileName(), ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while writing " + file.target().getFileName());
			}
		}
	}

	/**
	 * The threads that force written files to the disk: waits, not work, so a few more than the
	 * threads that write reports.
	 */
	private static final ExecutorService FLUSHER = TaskThreads.pool("ita-flush", 4);

	/**
	 * Temporary files of the same target left by a process that was killed while writing it: those
	 * the folder held when this process last listed it, at most {@value #LISTING_MILLIS} ms before.
	 * The folder is not listed at every write: an output folder holds thousands of reports, and
	 * listing it for each made a run's writing grow with the square of its reports (the kernel's
	 * directory reading took 9 % of a thousand units' report threads). A second is enough: a killed
	 * instance's unit is written again by another only once the instance's lease has run out (three
	 * heartbeats at least, 10 s by default), or by itself once started again, with listings of its own.
	 */
	private static void removeLeftovers(Path folder, String prefix) throws IOException {
		Listing listing;
		synchronized (LISTINGS) {
			listing = LISTINGS.get(folder);
		}
		if (listing == null || System.nanoTime() - listing.listedAt() > LISTING_MILLIS * 1_000_000) {
			listing = new Listing(ConcurrentHashMap.newKeySet(), System.nanoTime());
			try (DirectoryStream<Path> temporary = Files.newDirectoryStream(folder,
					entry -> TEMPORARY.matcher(entry.getFileName().toString()).matches())) {
				temporary.forEach(listing.leftovers()::add);
			}
			synchronized (LISTINGS) {
				LISTINGS.put(folder, listing);
			}
		}
		for (Path leftover : listing.leftovers()) {
			if (leftover.getFileName().toString().startsWith(prefix) && !LIVE.contains(leftover)) {
				Files.deleteIfExists(leftover);
				listing.leftovers().remove(leftover);
			}
		}
	}

	/**
	 * Removes the temporary files of this class that a killed process left in the folder or the
	 * folders in it (the output folder's history, one level down), older than {@code age} and not this
	 * process's: one left in a history folder whose number a later run took for another report was
	 * never written again, so never removed (a crash trial). The age keeps another instance's write
	 * under way (milliseconds) alone. Returns how many were removed.
	 */
	public static int removeLeftoversBelow(Path folder, Duration age) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		Instant before = Instant.now().minus(age);
		int removed = 0;
		try (var files = Files.walk(folder, 3)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (TEMPORARY.matcher(file.getFileName().toString()).matches() && !LIVE.contains(file)
						&& Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
						&& Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		return removed;
	}

	/** A folder's temporary files of this class, as listed at a moment ({@link System#nanoTime()}). */
	private record Listing(Set<Path> leftovers, long listedAt) {
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
