package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * A service stopped seconds after its start logged its catch-up run, cut short, as a failure with an
 * InterruptedException's trace: now one line, and no run starts once it is stopping.
 */
class RunQueueStopTests {

	@Test
	void aRunCutShortByTheApplicationStoppingIsSaidInOneLineAndNoneStartsAfter() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		RunCoordinator coordinator = new RunCoordinator(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, Clock.systemUTC()) {
			@Override
			public RunOutcome run(RunRequest request) throws Exception {
				runs.incrementAndGet();
				started.countDown();
				Thread.sleep(60_000);
				return null;
			}
		};
		RunQueue queue = new RunQueue(coordinator, Clock.systemUTC());
		RunRequest request = new RunRequest(RunTrigger.RECOVERY, Optional.empty(), null, null, Path.of("out"));
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		Logger logger = (Logger) LoggerFactory.getLogger(RunQueue.class);
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.addAppender(logged);
		try {
			Future<RunOutcome> run = queue.submit(request);
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

			queue.stop();

			assertThatThrownBy(run::get).isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(InterruptedException.class);
			assertThat(logged.list).singleElement().satisfies(event -> {
				assertThat(event.getLevel()).isEqualTo(Level.INFO);
				assertThat(event.getFormattedMessage())
					.isEqualTo("RECOVERY run stopped with the application; its next start finishes it (sleep interrupted)");
				assertThat(event.getThrowableProxy()).as("no trace").isNull();
			});
			assertThatThrownBy(queue.submit(request)::get).as("none is taken once stopping")
				.isInstanceOf(java.util.concurrent.CancellationException.class);
			assertThat(runs).hasValue(1);
		}
		finally {
			logger.detachAppender(logged);
			logger.setLevel(level);
		}
	}

	/** A run that fails for a reason written to be read (an output folder it cannot write) is said in one line. */
	@Test
	void aStatedFailureIsLoggedInOneLineWithoutItsTrace() throws Exception {
		RunCoordinator coordinator = new RunCoordinator(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, Clock.systemUTC()) {
			@Override
			public RunOutcome run(RunRequest request) throws Exception {
				throw new th.itabatch.validation.StatedFailure("the output folder /srv/out cannot be made or written");
			}
		};
		RunQueue queue = new RunQueue(coordinator, Clock.systemUTC());
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		Logger logger = (Logger) LoggerFactory.getLogger(RunQueue.class);
		logger.addAppender(logged);
		try {
			Future<RunOutcome> run = queue.submit(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null, null, Path.of("out")));
			assertThatThrownBy(run::get).hasCauseInstanceOf(th.itabatch.validation.StatedFailure.class);
			assertThat(logged.list).singleElement().satisfies(event -> {
				assertThat(event.getLevel()).isEqualTo(Level.ERROR);
				assertThat(event.getFormattedMessage())
					.isEqualTo("ARRIVAL run failed: the output folder /srv/out cannot be made or written");
				assertThat(event.getThrowableProxy()).as("no trace").isNull();
			});
		}
		finally {
			logger.detachAppender(logged);
			queue.stop();
		}
	}
}
