package th.itabatch.runs;

import java.util.function.BooleanSupplier;

/**
 * Work the service's warm-up does after its fills, on the warm-up's thread: code a real run takes
 * that filling a made-up unit's documents does not (receiving, storing, the jobs, the database).
 * A step gives way, as soon as it can, when {@code giveWay} turns true (a run has come or the
 * application stops); what it throws ends it alone, logged.
 */
public interface WarmUpStep {

	void warm(BooleanSupplier giveWay) throws Exception;
}
