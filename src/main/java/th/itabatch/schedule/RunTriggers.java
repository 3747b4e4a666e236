package th.itabatch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.itabatch.inbox.ArrivalListener;
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

	private final RunQueue queue;

	private final TaskScheduler scheduler;

	private final Duration debounce;

	private final ItaProperties properties;

	private final Clock clock;

	private final List<Long> arrived = new ArrayList<>();

	private ScheduledFuture<?> waiting;

	RunTriggers(RunQueue queue, TaskScheduler scheduler, ScheduleProperties schedule, ItaProperties properties,
			Clock clock) {
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
		waiting = scheduler.schedule(this::runArrivals, clock.instant().plus(debounce));
	}

	private synchronized void runArrivals() {
		List<Long> ids = List.copyOf(arrived);
		arrived.clear();
		waiting = null;
		queue.submit(new RunRequest(RunTrigger.ARRIVAL, Optional.empty(), null, ids, properties.outputDir()));
	}

	/**
	 * Once started (and any interrupted job restarted), every unit's report is brought up to date:
	 * a run that a crash cut short gets its remaining units done; reports already made for the same
	 * data are not made again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		queue.submit(new RunRequest(RunTrigger.RECOVERY, Optional.empty(), null, null, properties.outputDir()));
	}

	@Scheduled(cron = "${ita.schedule.monthly-cron:0 0 6 1 * *}")
	void monthly() {
		queue.submit(new RunRequest(RunTrigger.SCHEDULE, Optional.of(YearMonth.now(clock).minusMonths(1)), null, null,
				properties.outputDir()));
	}
}
