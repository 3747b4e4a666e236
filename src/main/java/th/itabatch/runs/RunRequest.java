package th.itabatch.runs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A run to do: read the inputs waiting, then report on units for a month.
 *
 * @param trigger what asked for it
 * @param month the month to report on, or empty to choose it per unit
 * @param units the units to report on, or {@code null} for those the inputs below hold data for
 * @param inputIds the inputs whose units to report on, or {@code null} for every unit with data
 * @param outputDir where reports and validation outputs go
 */
public record RunRequest(RunTrigger trigger, Optional<YearMonth> month, List<String> units, List<Long> inputIds,
		Path outputDir) {
}
