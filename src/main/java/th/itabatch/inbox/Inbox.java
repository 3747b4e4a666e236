package th.itabatch.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import th.itabatch.files.AtomicFiles;
import th.itabatch.files.ContentHash;
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

	/** Receives content with the name it came with. */
	public synchronized Registration receive(String name, String from, byte[] bytes, InputSource source, String user)
			throws IOException {
		String sha256 = ContentHash.sha256(bytes);
		var known = inputs.findBySha256(sha256);
		if (known.isPresent()) {
			return again(known.get());
		}
		String safeName = InboxFiles.safeName(name);
		Path archive = archiveDir.resolve(sha256).resolve(safeName);
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
			return again(inputs.findBySha256(sha256).orElseThrow());
		}
	}

	private Registration again(StoredInput input) {
		if (input.status() == InputStatus.REJECTED) {
			inputs.requeue(input.id());
			return new Registration(inputs.find(input.id()).orElseThrow(), Registration.Outcome.REQUEUED);
		}
		return new Registration(input, Registration.Outcome.KNOWN);
	}
}
