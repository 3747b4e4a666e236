package th.itabatch.inbox;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import th.itabatch.files.AtomicFiles;
import th.itabatch.files.ContentHash;
import th.itabatch.files.TaskThreads;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.settings.ItaProperties;

/**
 * Receives input files, from the input folder, an upload or the one-shot command, by one path:
 * every distinct content (SHA-256) is archived once under the data folder with its original name
 * and recorded with its arrival time; the same content received again is not read again. The
 * user's own file is only ever read.
 */
@Component
public class Inbox {

	/** Files archived at once by {@link #receive(List, InputSource)}: the disk's waits, not the processors, set the pace. */
	private static final int ARCHIVERS = 4;

	private final InputRepository inputs;

	private final Path archiveDir;

	Inbox(InputRepository inputs, ItaProperties properties) {
		this.inputs = inputs;
		this.archiveDir = properties.archiveDir();
	}

	/** Receives a file where it lies. */
	public Registration receive(Path file, InputSource source) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		return receive(file.getFileName().toString(), file.toAbsolutePath().toString(), bytes, source, null);
	}

	/**
	 * Receives files where they lie, in their order, as {@link #receive(Path, InputSource)} one by one
	 * does, but with their contents archived side by side first: archiving a file waits on the disk
	 * (its folder, the file, its flush; 1.2 s of a thousand files' 1.4 s one by one), and the file
	 * system commits several files' waits at once. The inputs are then recorded one by one in the
	 * files' order, which says which of two inputs arrived later.
	 */
	public List<Registration> receive(List<Path> files, InputSource source) throws IOException {
		if (files.size() > 1) {
			archiveAhead(files);
		}
		List<Registration> received = new ArrayList<>(files.size());
		for (Path file : files) {
			received.add(receive(file, source));
		}
		return received;
	}

	/**
	 * The files' contents archived where {@link #receive} puts them, each content under the name of
	 * the first file that has it; whatever fails here is met there again, and said there.
	 */
	private void archiveAhead(List<Path> files) throws IOException {
		ExecutorService archivers = TaskThreads.pool("ita-archive", Math.min(ARCHIVERS, files.size()));
		try {
			List<Future<String>> hashes = new ArrayList<>(files.size());
			for (Path file : files) {
				hashes.add(archivers.submit(() -> ContentHash.sha256(Files.readAllBytes(file))));
			}
			Map<String, Path> firstOfContent = new LinkedHashMap<>();
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				done(hashes.get(i)).ifPresent(sha256 -> firstOfContent.putIfAbsent(sha256, file));
			}
			List<Future<String>> archived = new ArrayList<>();
			firstOfContent.forEach((sha256, file) -> archived.add(archivers.submit(() -> {
				Path archive = archiveOf(sha256, file.getFileName().toString());
				byte[] bytes = Files.readAllBytes(file);
				// Changed since it was hashed: receiving it hashes it again.
				if (inputs.findBySha256(sha256).isEmpty() && !Files.exists(archive)
						&& ContentHash.sha256(bytes).equals(sha256)) {
					AtomicFiles.write(archive, out -> out.write(bytes));
				}
				return sha256;
			})));
			for (Future<String> one : archived) {
				done(one);
			}
		}
		finally {
			// Interrupted: none of its archiving goes on beside the receiving that follows, or after it.
			TaskThreads.stop(archivers);
		}
	}

	/** A task's result, or empty where it failed. */
	private static Optional<String> done(Future<String> task) throws InterruptedIOException {
		try {
			return Optional.of(task.get());
		}
		catch (ExecutionException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while archiving the inputs");
		}
	}

	private Path archiveOf(String sha256, String name) {
		return archiveDir.resolve(sha256).resolve(InboxFiles.safeName(name));
	}

	/** Receives content with the name it came with. */
	public synchronized Registration receive(String name, String from, byte[] bytes, InputSource source, String user)
			throws IOException {
		String sha256 = ContentHash.sha256(bytes);
		var known = inputs.findBySha256(sha256);
		if (known.isPresent()) {
			return again(known.get(), name);
		}
		Path archive = archiveOf(sha256, name);
		if (!Files.exists(archive)) {
			AtomicFiles.write(archive, out -> out.write(bytes));
		}
		try {
			StoredInput input = inputs.insert(sha256, InboxFiles.originalName(name), source, from, archive.toAbsolutePath().toString(),
					bytes.length, user);
			return new Registration(input, Registration.Outcome.NEW);
		}
		catch (DuplicateKeyException ex) {
			// Another process received the same content a moment ago.
			return again(inputs.findBySha256(sha256).orElseThrow(), name);
		}
	}

	/**
	 * A content received before. Refused, it is read again, under the name it came with now: a user who
	 * renamed a refused file to name its unit ("ITA_กองคลัง.xlsx") had it read under the old name again,
	 * its unit still unknown (a retrial).
	 */
	private Registration again(StoredInput input, String name) {
		if (input.status() == InputStatus.REJECTED) {
			inputs.requeue(input.id(), InboxFiles.originalName(name));
			return new Registration(inputs.find(input.id()).orElseThrow(), Registration.Outcome.REQUEUED);
		}
		return new Registration(input, Registration.Outcome.KNOWN);
	}
}
