package th.itabatch.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs use the machine ({@code ita.runs.*}).
 *
 * @param reportThreads units reported at once, each its own job; 0 = one per available processor
 */
@ConfigurationProperties("ita.runs")
public record RunsProperties(@DefaultValue("0") int reportThreads) {

	public RunsProperties {
		if (reportThreads < 0) {
			throw new IllegalArgumentException("ita.runs.report-threads must be 0 (one per processor) or more, not "
					+ reportThreads);
		}
	}

	/** The threads a run reports on units with. */
	public int threads() {
		return reportThreads == 0 ? Runtime.getRuntime().availableProcessors() : reportThreads;
	}
}
