package th.itabatch.runs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import th.itabatch.cluster.ClusterProperties;
import th.itabatch.files.TaskThreads;
import th.itabatch.settings.RunsProperties;
import th.itabatch.validation.PlainReason;

/**
 * This instance's report threads ({@code ita.runs.report-threads}): each takes the next unit
 * waiting in the database (a run's, whichever instance started it), reports it and writes the
 * outcome. Idle, they look for work every second, or at once when this instance starts a run.
 */
@Component
class UnitWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(UnitWorkers.class);

	/** How long an idle thread waits before it looks for units again. */
	private static final long IDLE_MILLIS = 1000;

	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	private final UnitQueue queue;

	private final UnitReporter reporter;

	private final String instance;

	private final int threads;

	private final boolean onlyOwn;

	private final Object signal = new Object();

	private final List<Thread> running = new ArrayList<>();

	private volatile boolean stopping;

	UnitWorkers(UnitQueue queue, UnitReporter reporter, ClusterProperties cluster, RunsProperties properties) {
		this.queue = queue;
		this.reporter = reporter;
		this.instance = cluster.instanceId();
		this.threads = properties.threads();
		this.onlyOwn = !properties.spread();
	}

	/** Units were put in the queue: idle threads look now. */
	void wake() {
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	@Override
	public synchronized void start() {
		stopping = false;
		try {
			int back = queue.putBackTakenBy(instance);
			if (back > 0) {
				log.warn("{} unit(s) taken by this instance ({}) before it last stopped are put back for reporting", back,
						instance);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not put back the units this instance had taken before it stopped: {}", PlainReason.of(ex));
		}
		for (int i = 1; i <= threads; i++) {
			Thread thread = new Thread(this::work, "ita-report-" + i);
			thread.setDaemon(true);
			running.add(thread);
			thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		stopping = true;
		// A unit being reported is interrupted as a killed process would leave it: the next run restarts it.
		running.forEach(Thread::interrupt);
		// Waited for, so that none is still using the database when the application closes it.
		if (!TaskThreads.join(running, STOP_WAIT)) {
			log.warn("A report thread had not ended {} after it was told to stop", STOP_WAIT);
		}
		running.clear();
	}

	@Override
	public boolean isRunning() {
		return !running.isEmpty();
	}

	private void work() {
		boolean failing = false;
		while (!stopping && !Thread.currentThread().isInterrupted()) {
			Optional<UnitQueue.Task> task;
			try {
				task = queue.take(instance, onlyOwn);
				failing = false;
			}
			catch (RuntimeException ex) {
				if (!failing) {
					log.warn("Could not look for units to report: {}", PlainReason.of(ex));
				}
				failing = true;
				task = Optional.empty();
			}
			if (task.isEmpty()) {
				if (!idle()) {
					return;
				}
				continue;
			}
			report(task.get());
		}
	}

	private void report(UnitQueue.Task task) {
		UnitQueue.Outcome outcome;
		try {
			UnitRun run = reporter.reportAlone(task.unit(), task.month(), task.output(), task.trigger());
			outcome = new UnitQueue.Outcome(run.unit(), run.month(), run.jobInstanceId(), run.status(), run.alreadyDone(),
					run.failure());
		}
		catch (Error error) {
			// Out of memory in one unit: that unit fails, said in plain words; the thread goes on with the next.
			log.error("Report of {} ended abnormally", task.unit(), error);
			outcome = new UnitQueue.Outcome(task.unit(), task.month().orElse(null), -1, BatchStatus.FAILED, false,
					PlainReason.of(error));
		}
		if (stopping) {
			return;
		}
		// The run waits for every outcome: a moment's trouble with the database is tried again.
		for (int attempt = 1;; attempt++) {
			try {
				queue.done(task.id(), outcome);
				return;
			}
			catch (RuntimeException ex) {
				log.error("Could not record the report of {} (attempt {}): {}", task.unit(), attempt, PlainReason.of(ex));
				if (!idle()) {
					return;
				}
			}
		}
	}

	/** Waits for work; false when the thread is to end. */
	private boolean idle() {
		synchronized (signal) {
			try {
				signal.wait(IDLE_MILLIS);
				return true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}
}
