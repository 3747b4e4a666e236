package th.itabatch.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.itabatch.cluster.Leadership;
import th.itabatch.inputs.InputSource;
import th.itabatch.settings.ItaProperties;
import th.itabatch.validation.PlainReason;

/**
 * Watches the input folder. A file is received once it is complete: its size and modification
 * time unchanged for {@code ita.inbox.settle-seconds}. Each version of a file is received once;
 * what is new is handed to the {@link ArrivalListener}. The files stay where they are, untouched.
 */
@Component
@ConditionalOnProperty(name = "ita.inbox.enabled", havingValue = "true", matchIfMissing = true)
public class InboxWatcher {

	private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

	private final Inbox inbox;

	private final Path folder;

	private final Duration settle;

	private final ArrivalListener listener;

	private final Clock clock;

	private final Leadership leadership;

	private final Map<Path, Observation> observed = new HashMap<>();

	/** Files named on the console as ignored, once each. */
	private final Set<Path> ignored = new HashSet<>();

	/** Whether this instance's last look, as the leader, found every file received and handed on. */
	private volatile boolean caughtUp;

	/** Whether the folder's absence has been said since it was last there. */
	private boolean missingSaid;

	InboxWatcher(Inbox inbox, ItaProperties properties, InboxProperties inboxProperties, ArrivalListener listener,
			Clock clock, Leadership leadership) {
		this.leadership = leadership;
		this.inbox = inbox;
		this.folder = properties.inputDir();
		this.settle = Duration.ofSeconds(inboxProperties.settleSeconds());
		this.listener = listener;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${ita.inbox.poll-seconds:2}", timeUnit = java.util.concurrent.TimeUnit.SECONDS)
	void poll() {
		// One instance watches the folder they share, or each would receive every file.
		if (!leadership.isLeader()) {
			return;
		}
		try {
			List<Registration> received = scan();
			if (!received.isEmpty()) {
				listener.arrived(received.stream().map(r -> r.input().id()).toList());
			}
			caughtUp = allReceived();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not look at the input folder {}: {}", folder.toAbsolutePath(), ex.toString());
		}
	}

	/**
	 * Whether the files in the folder have all been received and handed on, as this instance last looked
	 * as the leader: none still settling (being copied, or seen for the first time since the start).
	 * False until this instance has looked.
	 */
	public boolean caughtUp() {
		return caughtUp;
	}

	private synchronized boolean allReceived() {
		return observed.values().stream().allMatch(observation -> observation.received);
	}

	/** Looks at the folder once; returns what was received and needs reading. */
	public synchronized List<Registration> scan() throws IOException {
		if (!Files.isDirectory(folder)) {
			// Said once, and again once it is back and gone: a trial's service watched a mistyped folder for
			// good without a word.
			if (!missingSaid) {
				missingSaid = true;
				log.warn("Input folder {} does not exist: nothing is read until it does (ita.input-dir; create it, or"
						+ " correct the setting)", folder.toAbsolutePath());
			}
			return List.of();
		}
		missingSaid = false;
		Instant now = clock.instant();
		List<Path> files = InboxFiles.inOrder(folder);
		ignored.retainAll(files);
		for (Path file : files) {
			InboxFiles.whyIgnored(file)
				.filter(why -> ignored.add(file))
				.ifPresent(why -> log.info("Input folder: {} ข้าม / ignored — {}", file.getFileName(), why));
		}
		files = files.stream().filter(file -> !ignored.contains(file)).toList();
		observed.keySet().retainAll(files);
		List<Registration> received = new ArrayList<>();
		for (Path file : files) {
			long size = Files.size(file);
			Instant modified = Files.getLastModifiedTime(file).toInstant();
			Observation before = observed.get(file);
			if (before == null || before.size != size || !before.modified.equals(modified)) {
				observed.put(file, before = new Observation(size, modified, now));
			}
			// Only an unchanged size and time over the settle period count: a copy may keep the file's old time.
			boolean settled = !now.isBefore(before.since.plus(settle));
			if (!before.received && settled) {
				before.received = true;
				try {
					Registration registration = inbox.receive(file, InputSource.FOLDER);
					log.info("Input folder: {} {}", file.getFileName(), registration.outcome());
					if (registration.needsReading()) {
						received.add(registration);
					}
				}
				catch (IOException | RuntimeException ex) {
					// One file that cannot be taken (unreadable, vanished) never stops the others.
					log.warn("Input folder: {} could not be received: {}", file.getFileName(), PlainReason.of(ex));
				}
			}
		}
		return received;
	}

	/** One version of a file as seen: its size and time, since when, and whether it was received. */
	private static final class Observation {

		final long size;

		final Instant modified;

		final Instant since;

		boolean received;

		Observation(long size, Instant modified, Instant since) {
			this.size = size;
			this.modified = modified;
			this.since = since;
		}
	}
}
