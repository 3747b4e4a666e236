package th.itabatch.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import th.itabatch.report.StandingsRepository;
import th.itabatch.report.UnitStanding;

/**
 * The units' standings of a month as the pages read them, read again only when a report was stored
 * or an input accepted since: twenty people opening the department page share one reading, and
 * what a run stores shows on the next request.
 */
@Component
class StandingsCache {

	/** More months than anyone looks at in a sitting; past it the cache starts over. */
	private static final int MONTHS = 24;

	private final StandingsRepository standings;

	private final Map<YearMonth, Entry> entries = new ConcurrentHashMap<>();

	/**
	 * A reading and the stored data it was read from.
	 *
	 * @param standings the standings, by unit
	 * @param version {@link StandingsRepository#version()} when they were read
	 */
	private record Entry(Map<String, UnitStanding> standings, List<Long> version) {
	}

	StandingsCache(StandingsRepository standings) {
		this.standings = standings;
	}

	Map<String, UnitStanding> of(YearMonth month) {
		List<Long> version = standings.version();
		Entry entry = entries.get(month);
		if (entry == null || !entry.version().equals(version)) {
			// Two requests may both read after a change; one reading is cheap enough not to make them wait on each other.
			entry = new Entry(standings.of(month), version);
			if (entries.size() >= MONTHS) {
				entries.clear();
			}
			entries.put(month, entry);
		}
		return entry.standings();
	}
}
