package th.itabatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.TaskScheduler;

import th.itabatch.cluster.Claims;
import th.itabatch.cluster.Leadership;
import th.itabatch.inbox.InboxWatcher;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunQueue;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.settings.ItaProperties;

/**
 * The catch-up run at leading waits for the input folder's files to be received, and takes in the
 * arrivals waiting for their run: a start after a crash that cut a batch's receiving short reported
 * every unit on the part received, then most of them again once the rest was (a trial).
 */
class RunTriggersTests {

	private final RunQueue queue = mock(RunQueue.class);

	private final TaskScheduler scheduler = mock(TaskScheduler.class);

	private final InboxWatcher watcher = mock(InboxWatcher.class);

	private final List<Runnable> scheduled = new ArrayList<>();

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

	@SuppressWarnings("unchecked")
	private RunTriggers triggers() {
		when(scheduler.schedule(any(Runnable.class), any(Instant.class))).thenAnswer(call -> {
			scheduled.add(call.getArgument(0));
			return mock(ScheduledFuture.class);
		});
		ObjectProvider<InboxWatcher> watchers = mock(ObjectProvider.class);
		when(watchers.getIfAvailable()).thenReturn(watcher);
		return new RunTriggers(queue, scheduler, new ScheduleProperties(true, "0 0 6 1 * *", 5),
				new ItaProperties(Path.of("data"), Path.of("input"), Path.of("output"), null), clock,
				mock(Leadership.class), mock(Claims.class), mock(RunCoordinator.class), watchers);
	}

	/** Runs what is scheduled so far, once each, as the scheduler's time comes. */
	private void runScheduled() {
		List<Runnable> due = List.copyOf(scheduled);
		scheduled.clear();
		due.forEach(Runnable::run);
	}

	@Test
	void theCatchUpWaitsUntilTheInputFolderIsReceivedAndTakesInTheArrivals() {
		RunTriggers triggers = triggers();
		when(watcher.caughtUp()).thenReturn(false);

		triggers.catchUp();
		runScheduled();
		runScheduled();
		verify(queue, never()).submit(any());

		// The rest of the batch received and handed on, waiting for its arrival run.
		triggers.arrived(List.of(14L, 15L));
		when(watcher.caughtUp()).thenReturn(true);
		runScheduled();

		ArgumentCaptor<RunRequest> runs = ArgumentCaptor.forClass(RunRequest.class);
		verify(queue).submit(runs.capture());
		assertThat(runs.getAllValues()).extracting(RunRequest::trigger).containsExactly(RunTrigger.RECOVERY);
		assertThat(runs.getValue().inputIds()).as("every unit with data").isNull();
		// The arrivals' run, scheduled before the catch-up, finds nothing left to run for.
		runScheduled();
		verify(queue).submit(any());
	}

	@Test
	void withoutAnInputFolderWatchedTheCatchUpRunsAtOnce() {
		RunTriggers triggers = triggers();
		when(watcher.caughtUp()).thenReturn(true);

		triggers.catchUp();
		runScheduled();

		verify(queue).submit(any());
	}
}
