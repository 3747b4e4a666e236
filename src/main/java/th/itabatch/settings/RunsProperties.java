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
 */
@ConfigurationProperties("ita.runs")
public record RunsProperties(@DefaultValue("0") int reportThreads, @DefaultValue("0") int readThreads,
		@DefaultValue("true") boolean spread) {

	public RunsProperties {
		if (reportThreads < 0 || readThreads < 0) {
			throw new IllegalArgumentException("ita.runs.report-threads and read-threads must be 0 (one per processor)"
					+ " or more, not " + reportThreads + " and " + readThreads);
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
