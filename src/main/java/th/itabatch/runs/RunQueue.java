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
import th.itabatch.validation.PlainReason;
import th.itabatch.validation.StatedFailure;

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

	/** Set as the application stops: a run cut short then is no failure to trace. */
	private volatile boolean stopping;

	/**
	 * Runs the request after those before it; once the application is stopping, none is taken (the
	 * next start's catch-up run does what it would have).
	 */
	public Future<RunOutcome> submit(RunRequest request) {
		if (stopping) {
			log.info("{} run not started: the application is stopping; its next start brings the reports up to date",
					request.trigger());
			return java.util.concurrent.CompletableFuture.failedFuture(
					new java.util.concurrent.CancellationException("the application is stopping"));
		}
		return executor.submit(() -> {
			running.set(new Running(request, LocalDateTime.now(clock)));
			try {
				return coordinator.run(request);
			}
			catch (Exception ex) {
				if (stopping) {
					// A service stopped seconds after its start logged an InterruptedException's trace here.
					log.info("{} run stopped with the application; its next start finishes it ({})", request.trigger(),
							PlainReason.of(ex));
				}
				else if (ex instanceof StatedFailure stated) {
					// Written to be read as it is: no trace to add.
					log.error("{} run failed: {}", request.trigger(), stated.getMessage());
				}
				else {
					log.error("{} run failed", request.trigger(), ex);
				}
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
		stopping = true;
		// Waited for: a run still using the database as the application closes it.
		if (!TaskThreads.stop(executor, Duration.ofSeconds(30))) {
			log.warn("The run thread had not ended 30 s after it was told to stop");
		}
	}
}
