package th.itabatch.web;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import th.itabatch.report.StandingsRepository;
import th.itabatch.report.UnitStanding;

/**
 * The units' standings of a month as the pages read them, shared by everyone who asks: read again
 * when a report was stored or an input accepted since, but at most once a second and by one
 * request at a time (the others are answered from the reading before it). While a run stores a
 * report every fraction of a second, twenty people opening the department page still cost one
 * reading a second, and what a run stored shows within about a second.
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

	/**
	 * A reading of the standings and what the pages worked out from it.
	 *
	 * @param standings the standings, by unit
	 * @param version {@link StandingsRepository#version()} when they were read
	 * @param readAt {@link System#nanoTime()} when they were read
	 * @param derived what was worked out from them, by what it is
	 */
	record Reading(Map<String, UnitStanding> standings, List<Long> version, long readAt, Map<Object, Object> derived) {

		/** What is worked out from the reading, worked out once for everyone who asks while it lasts. */
		@SuppressWarnings("unchecked")
		<T> T derived(Object key, Supplier<T> work) {
			return (T) derived.computeIfAbsent(key, k -> work.get());
		}
	}

	StandingsCache(StandingsRepository standings) {
		this.standings = standings;
	}

	Reading of(YearMonth month) {
		Reading last = readings.get(month);
		if (last != null && System.nanoTime() - last.readAt() < FRESH_NANOS) {
			return last;
		}
		List<Long> version = standings.version();
		if (last != null && last.version().equals(version)) {
			return renewed(month, last);
		}
		ReentrantLock lock = reading.computeIfAbsent(month, m -> new ReentrantLock());
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
			Reading fresh = new Reading(standings.of(month), version, System.nanoTime(), new ConcurrentHashMap<>());
			if (readings.size() >= MONTHS) {
				readings.clear();
			}
			readings.put(month, fresh);
			return fresh;
		}
		finally {
			lock.unlock();
		}
	}

	/** The same reading, known to be current now: what was worked out from it is kept. */
	private Reading renewed(YearMonth month, Reading last) {
		Reading renewed = new Reading(last.standings(), last.version(), System.nanoTime(), last.derived());
		readings.put(month, renewed);
		return renewed;
	}
}
