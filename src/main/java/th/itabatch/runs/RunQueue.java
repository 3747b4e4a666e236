package th.itabatch.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.itabatch.files.TaskThreads;

/**
 * Runs requests in the background, one after another, so a page or a schedule never waits for a
 * run and two runs never overlap.
 */
@Component
public class RunQueue {

	private static final Logger log = LoggerFactory.getLogger(RunQueue.class);

	private final RunCoordinator coordinator;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "ita-run");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<Running> running = new AtomicReference<>();

	private final Clock clock;

	RunQueue(RunCoordinator coordinator, Clock clock) {
		this.coordinator = coordinator;
		this.clock = clock;
	}

	/**
	 * The request being run.
	 *
	 * @param request the request
	 * @param since when it started
	 */
	public record Running(RunRequest request, LocalDateTime since) {
	}

	public Future<RunOutcome> submit(RunRequest request) {
		return executor.submit(() -> {
			running.set(new Running(request, LocalDateTime.now(clock)));
			try {
				return coordinator.run(request);
			}
			catch (Exception ex) {
				log.error("{} run failed", request.trigger(), ex);
				throw ex;
			}
			finally {
				running.set(null);
			}
		});
	}

	/** The request running now, or {@code null}. */
	public Running running() {
		return running.get();
	}

	@PreDestroy
	void stop() {
		// Waited for: a run still using the database as the application closes it.
		if (!TaskThreads.stop(executor, Duration.ofSeconds(30))) {
			log.warn("The run thread had not ended 30 s after it was told to stop");
		}
	}
}
