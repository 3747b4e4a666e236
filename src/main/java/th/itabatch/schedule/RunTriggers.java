package th.itabatch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.itabatch.cluster.Claims;
import th.itabatch.cluster.Leadership;
import th.itabatch.cluster.LeadershipGranted;
import th.itabatch.inbox.ArrivalListener;
import th.itabatch.inbox.InboxWatcher;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunQueue;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.settings.ItaProperties;

/**
 * Starts runs by themselves: at start-up (bringing every unit up to date), on the monthly schedule
 * (all units, the previous month), and a little after inputs arrive (their units, the month chosen
 * from their data), arrivals close together making one run.
 */
@Component
@ConditionalOnProperty(name = "ita.schedule.enabled", havingValue = "true", matchIfMissing = true)
class RunTriggers implements ArrivalListener {

	private static final Logger log = LoggerFactory.getLogger(RunTriggers.class);

	private final RunQueue queue;

	private final TaskScheduler scheduler;

	private final Duration debounce;

	private final ItaProperties properties;

	private final Clock clock;

	private final Leadership leadership;

	private final Claims claims;

	private final RunCoordinator coordinator;

	private final List<Long> arrived = new ArrayList<>();

	private ScheduledFuture<?> waiting;

	/** The longest the catch-up run at leading waits for the input folder's files to be received. */
	static final Duration LONGEST_WAIT_FOR_INPUTS = Duration.ofSeconds(60);

	private final ObjectProvider<InboxWatcher> watchers;

	RunTriggers(RunQueue queue, TaskScheduler scheduler, ScheduleProperties schedule, ItaProperties properties,
			Clock clock, Leadership leadership, Claims claims, RunCoordinator coordinator,
			ObjectProvider<InboxWatcher> watchers) {
		this.watchers = watchers;
		this.leadership = leadership;
		this.claims = claims;
		this.coordinator = coordinator;
		this.queue = queue;
		this.scheduler = scheduler;
		this.debounce = Duration.ofSeconds(schedule.debounceSeconds());
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public synchronized void arrived(List<Long> inputIds) {
		arrived.addAll(inputIds);
		if (waiting != null) {
			waiting.cancel(false);
		}
		waiting = later(this::runArrivals, clock.instant().plus(debounce));
	}

	/**
	 * Schedules a task, or nothing once the scheduler is stopping: a service stopped seconds after its
	 * start logged the catch-up's next look at the input folder as an error, with its trace.
	 */
	private ScheduledFuture<?> later(Runnable task, Instant when) {
		try {
			return scheduler.schedule(task, when);
		}
		catch (TaskRejectedException stopping) {
			return null;
		}
	}

	private synchronized void runArrivals() {
		// Taken in by a catch-up run since (its cancelling may come too late for a run already due).
		if (arrived.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(arrived);
		arrived.clear();
		waiting = null;
		queue.submit(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null, ids, properties.outputDir()));
	}

	/**
	 * When this instance comes to lead (at start-up, alone or first; or when the leader before it
	 * died), every unit's report is brought up to date, once for the cluster: a run that a crash cut
	 * short gets its remaining units done; reports already made for the same data are not made again.
	 */
	@EventListener(LeadershipGranted.class)
	void catchUp() {
		catchUpOnceReceived(clock.instant());
	}

	/**
	 * The catch-up run waits for the input folder's files to be received (at most
	 * {@link #LONGEST_WAIT_FOR_INPUTS}): a start after a crash that cut a dropped batch's receiving short
	 * reported every unit on the part received, then most of them again once the rest was (a trial),
	 * as files copied in while the service was down would be.
	 */
	private void catchUpOnceReceived(Instant since) {
		InboxWatcher watcher = watchers.getIfAvailable();
		if (watcher != null && !watcher.caughtUp() && clock.instant().isBefore(since.plus(LONGEST_WAIT_FOR_INPUTS))) {
			later(() -> catchUpOnceReceived(since), clock.instant().plusMillis(500));
			return;
		}
		recover();
	}

	/** Brings every unit up to date: the arrivals waiting for their run are in it. */
	private synchronized void recover() {
		if (waiting != null) {
			waiting.cancel(false);
			waiting = null;
		}
		arrived.clear();
		queue.submit(new RunRequest(RunTrigger.RECOVERY, Optional.empty(), null, null, properties.outputDir()));
	}

	/**
	 * The leader looks, every lease, for a run that an instance left when it died (jobs marked as
	 * running while no instance holds the run lease) and finishes it with a catch-up run.
	 */
	@Scheduled(initialDelayString = "${ita.cluster.lease:10s}", fixedDelayString = "${ita.cluster.lease:10s}")
	void finishInterrupted() {
		try {
			if (leadership.isLeader() && queue.running() == null && coordinator.interruptedRunsLeft()) {
				log.info("A run that a stopped instance left unfinished is finished here");
				recover();
			}
		}
		catch (Exception ex) {
			log.warn("Could not look for interrupted runs: {}", ex.getMessage());
		}
	}

	/** Every instance's schedule fires; the one that claims the month first runs it. */
	@Scheduled(cron = "${ita.schedule.monthly-cron:0 0 6 1 * *}")
	void monthly() {
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		if (claims.claim("monthly-run " + month)) {
			queue.submit(new RunRequest(RunTrigger.SCHEDULE, Optional.of(month), null, null, properties.outputDir()));
		}
	}
}
