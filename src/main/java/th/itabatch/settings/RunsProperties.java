package th.itabatch.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs use the machine ({@code ita.runs.*}).
 *
 * @param reportThreads units reported at once, each its own job; 0 = one per available processor
 * @param readThreads inputs read at once by the ingest job; 0 = one per available processor
 * @param spread whether this instance reports units of runs that other instances on the database
 *     started (false: only its own runs' units)
 * @param warmUpFills the most times the service makes a made-up unit's documents once started
 *     (fewer once the JVM's compilers are done with them), so that its first run goes nearer the
 *     speed of later ones; 0 = no warm-up (the one-shot command)
 * @param rehearsalUnits after the fills, the made-up units of a whole run rehearsed in an application
 *     and in-memory database of their own, which the service's run code then meets warm (receiving,
 *     the jobs, the database); 0 = none. Not without the fills.
 */
@ConfigurationProperties("ita.runs")
public record RunsProperties(@DefaultValue("0") int reportThreads, @DefaultValue("0") int readThreads,
		@DefaultValue("true") boolean spread, @DefaultValue("" + DEFAULT_WARM_UP_FILLS) int warmUpFills,
		@DefaultValue("" + DEFAULT_REHEARSAL_UNITS) int rehearsalUnits) {

	/**
	 * Some 28 s of one core on the 2-core machine of docs/benchmarks.md, after which a first run took
	 * 0–8 s more than a second (14–20 s more without it).
	 */
	public static final int DEFAULT_WARM_UP_FILLS = 600;

	/**
	 * Some 13 s of both cores on the machine of docs/benchmarks.md, after which a thousand units' first
	 * run took 2–6 s less, 1–2 s above a second run's time (the thirty-eighth pass).
	 */
	public static final int DEFAULT_REHEARSAL_UNITS = 300;

	public RunsProperties {
		if (reportThreads < 0 || readThreads < 0 || warmUpFills < 0 || rehearsalUnits < 0) {
			throw new IllegalArgumentException(
					"ita.runs.report-threads, read-threads, warm-up-fills and rehearsal-units must be 0 or more, not "
							+ reportThreads + ", " + readThreads + ", " + warmUpFills + " and " + rehearsalUnits);
		}
	}

	/** The threads a run reports on units with. */
	public int threads() {
		return orProcessors(reportThreads);
	}

	/** The threads the ingest job reads inputs with. */
	public int readers() {
		return orProcessors(readThreads);
	}

	private static int orProcessors(int threads) {
		return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}
}
