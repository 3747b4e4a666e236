package th.itabatch.web;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import th.itabatch.report.StandingsRepository;
import th.itabatch.report.UnitStanding;
import th.itabatch.runs.RunCoordinator;

/**
 * The units' standings of a month as the pages read them, shared by everyone who asks: read again
 * when a report was stored or an input accepted since, but at most once a second and by one
 * request at a time (the others are answered from the reading before it). While a run stores a
 * report every fraction of a second, twenty people opening the department page still cost one
 * reading a second, made in the background, and what a run stored shows within about a second.
 */
@Component
class StandingsCache {

	/** How long a reading is used without asking whether anything changed. */
	private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

	/** More months than anyone looks at in a sitting; past it the cache starts over. */
	private static final int MONTHS = 24;

	private final StandingsRepository standings;

	private final Map<YearMonth, Reading> readings = new ConcurrentHashMap<>();

	private final Map<YearMonth, ReentrantLock> reading = new ConcurrentHashMap<>();

	/** The version last asked for, and what was worked out from it that is not of one month. */
	private volatile Checked checked;

	/**
	 * A reading of the standings and what the pages worked out from it.
	 *
	 * @param standings the standings, by unit
	 * @param arrivals the month's arrivals they were read with
	 * @param version {@link StandingsRepository#version()} when they were read
	 * @param derived what was worked out from them, by what it is (as tasks, done or being done)
	 * @param before what was worked out from the reading before, answered while this one's is being worked out
	 */
	record Reading(Map<String, UnitStanding> standings, StandingsRepository.MonthArrivals arrivals,
			StandingsRepository.Version version, Map<Object, FutureTask<Object>> derived,
			Map<Object, FutureTask<Object>> before) {

		/**
		 * What is worked out from the reading, worked out once for everyone who asks while it lasts.
		 * While one request works it out (a thousand units' roll-ups take a while), the others are
		 * answered from the reading before rather than wait: during a run a new reading comes every
		 * second, and twenty requests waiting for each would take seconds.
		 */
		@SuppressWarnings("unchecked")
		<T> T derived(Object key, Supplier<T> work) {
			FutureTask<Object> mine = new FutureTask<>(work::get);
			FutureTask<Object> running = derived.putIfAbsent(key, mine);
			if (running == null) {
				mine.run();
				running = mine;
			}
			else if (!running.isDone()) {
				FutureTask<Object> earlier = before.get(key);
				if (earlier != null && earlier.isDone() && !failed(earlier)) {
					running = earlier;
				}
			}
			try {
				return (T) running.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				// Not kept: the next request works it out again.
				derived.remove(key, running);
				throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
			}
		}

		private static boolean failed(FutureTask<Object> task) {
			try {
				task.get();
				return false;
			}
			catch (InterruptedException | ExecutionException ex) {
				return true;
			}
		}
	}

	/**
	 * The version as last asked for.
	 *
	 * @param version the version
	 * @param at {@link System#nanoTime()} when it was asked for
	 * @param jobsEnded {@link RunCoordinator#jobsEnded()} then
	 * @param derived what was worked out while it lasts, of no one month
	 */
	private record Checked(StandingsRepository.Version version, long at, long jobsEnded, Map<Object, Object> derived) {
	}

	private final RunCoordinator coordinator;

	StandingsCache(StandingsRepository standings, RunCoordinator coordinator) {
		this.standings = standings;
		this.coordinator = coordinator;
	}

	/**
	 * What is worked out from everything stored rather than one month's standings (such as the
	 * months with reports), worked out again when a report is stored or an input accepted.
	 */
	@SuppressWarnings("unchecked")
	<T> T shared(Object key, Supplier<T> work) {
		// Not computeIfAbsent: the work may itself ask for another shared value (the page's month asks
		// for the month the data choose), and a map's computeIfAbsent called from within its own fails
		// ("Recursive update") whenever the two keys share a bin. Two readers may work it out at once;
		// the first stored is kept.
		Map<Object, Object> derived = checked().derived();
		Object known = derived.get(key);
		if (known == null) {
			known = work.get();
			if (known != null) {
				Object first = derived.putIfAbsent(key, known);
				known = first != null ? first : known;
			}
		}
		return (T) known;
	}

	/**
	 * What is worked out from the accepted inputs alone (every unit's current scores), kept until an
	 * input is accepted: while a run stores reports, nothing of it changes.
	 */
	@SuppressWarnings("unchecked")
	<T> T ofInputs(Object key, Supplier<T> work) {
		List<Long> inputs = checked().version().inputs();
		FromInputs last = fromInputs;
		if (last == null || !last.inputs().equals(inputs)) {
			synchronized (this) {
				// Two requests seeing new inputs at once share one set, not one each.
				last = fromInputs;
				if (last == null || !last.inputs().equals(inputs)) {
					last = new FromInputs(inputs, new ConcurrentHashMap<>());
					fromInputs = last;
				}
			}
		}
		return (T) last.derived().computeIfAbsent(key, k -> work.get());
	}

	/** Forgets what was worked out from the inputs, if it is still this (a failed reading, to try again). */
	boolean forgetFromInputs(Object key, Object value) {
		FromInputs last = fromInputs;
		return last != null && last.derived().remove(key, value);
	}

	/**
	 * What was worked out from the inputs as they were.
	 *
	 * @param inputs {@link StandingsRepository.Version#inputs()} then
	 * @param derived what was worked out, by what it is
	 */
	private record FromInputs(List<Long> inputs, Map<Object, Object> derived) {
	}

	private volatile FromInputs fromInputs;

	/**
	 * The month's standings as last read. While a run goes on, a reading that changed is read again
	 * in the background and this reading answered meanwhile, so that no one's request carries the
	 * reading (and what {@link #warmWith} works out from it); otherwise the request that finds it
	 * changed reads it, and a person sees what their run stored on their next page.
	 */
	Reading of(YearMonth month) {
		StandingsRepository.Version version = checked().version();
		Reading last = readings.get(month);
		if (last != null && last.version().equals(version)) {
			return last;
		}
		ReentrantLock lock = reading.computeIfAbsent(month, m -> new ReentrantLock());
		if (last != null && coordinator.progress() != null) {
			refreshInBackground(month, last, version, lock);
			return last;
		}
		if (last != null && !lock.tryLock()) {
			// Another request is reading: this one is answered from the reading before.
			return last;
		}
		if (last == null) {
			lock.lock();
		}
		try {
			Reading current = readings.get(month);
			if (current != null && current != last) {
				return current;
			}
			return read(month, last, version);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Has the month read again on the background thread unless it is being read, or failed less
	 * than a second ago; the reading before stays until then.
	 */
	private void refreshInBackground(YearMonth month, Reading last, StandingsRepository.Version version,
			ReentrantLock lock) {
		Long failedAt = failed.get(month);
		if (failedAt != null && System.nanoTime() - failedAt < FRESH_NANOS || !refreshing.add(month)) {
			return;
		}
		try {
			BACKGROUND.execute(() -> {
				lock.lock();
				try {
					Reading current = readings.get(month);
					// Another reading may have been kept meanwhile (a request's, once the run ended).
					if (current == last || current == null) {
						read(month, last, version);
					}
					failed.remove(month);
				}
				catch (RuntimeException ex) {
					if (failed.put(month, System.nanoTime()) == null) {
						log.warn("The standings of {} could not be read again: {}", month, ex.toString());
					}
				}
				finally {
					lock.unlock();
					refreshing.remove(month);
				}
			});
		}
		catch (RuntimeException ex) {
			refreshing.remove(month);
			throw ex;
		}
	}

	/**
	 * Does a reading for the pages on the background thread, one at a time and off the request
	 * threads (the standings while a run goes on, every unit's current scores).
	 */
	static <T> CompletableFuture<T> inBackground(Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, BACKGROUND);
	}

	/** Reads the month's standings, works out what is warmed from them, and keeps the reading. */
	private Reading read(YearMonth month, Reading last, StandingsRepository.Version version) {
		// While a run stores reports and no input arrives, which units sent what stays as it was.
		StandingsRepository.MonthArrivals arrivals = last != null && last.version().inputs().equals(version.inputs())
				? last.arrivals() : standings.arrivals(month);
		Reading fresh = new Reading(standings.of(month, arrivals), arrivals, version, new ConcurrentHashMap<>(),
				last == null ? Map.of() : last.derived());
		for (BiConsumer<YearMonth, Reading> warmer : warmers) {
			try {
				warmer.accept(month, fresh);
			}
			catch (RuntimeException ex) {
				// Not kept (see Reading#derived): the request that needs it works it out again, and fails if it must.
				log.debug("Warming the standings of {} failed: {}", month, ex.toString());
			}
		}
		if (readings.size() >= MONTHS) {
			readings.clear();
		}
		readings.put(month, fresh);
		return fresh;
	}

	/**
	 * Has what most pages need worked out from every new reading before it is used (the department
	 * page's table of its top department), so that the request that first meets it does not.
	 */
	void warmWith(BiConsumer<YearMonth, Reading> warmer) {
		warmers.add(warmer);
	}

	private final List<BiConsumer<YearMonth, Reading>> warmers = new CopyOnWriteArrayList<>();

	/** The months being read again in the background. */
	private final Set<YearMonth> refreshing = ConcurrentHashMap.newKeySet();

	/** When each month's background reading last failed ({@link System#nanoTime()}): tried again a second later. */
	private final Map<YearMonth, Long> failed = new ConcurrentHashMap<>();

	/** The pages' one background reader. */
	private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ita-page-reader");
		thread.setDaemon(true);
		return thread;
	});

	private static final Logger log = LoggerFactory.getLogger(StandingsCache.class);

	/**
	 * The version, asked for again at most once a second, or at once when a job of this process
	 * ended since and no run goes on (what it stored shows on the next page); what was worked out is
	 * kept while the version is the same.
	 */
	private Checked checked() {
		Checked last = checked;
		long now = System.nanoTime();
		long jobsEnded = coordinator.jobsEnded();
		// While a run goes on, a job ends every fraction of a second: once a second is soon enough.
		boolean jobsSame = last != null && (last.jobsEnded() == jobsEnded || coordinator.progress() != null);
		if (last != null && now - last.at() < FRESH_NANOS && jobsSame) {
			return last;
		}
		StandingsRepository.Version version = standings.version();
		Checked fresh = new Checked(version, now, jobsEnded,
				last != null && last.version().equals(version) ? last.derived() : new ConcurrentHashMap<>());
		checked = fresh;
		return fresh;
	}
}
