package th.itabatch.units;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

/**
 * The current register of units: the latest register workbook accepted, else the configured one,
 * else none (every unit stands as its inputs name it).
 */
@Component
public class UnitRegistry {

	private final UnitRepository repository;

	private final UnitsProperties properties;

	/**
	 * The register last made, by the input it was read from: every unit's report job and every page
	 * asks for it, and making it anew (every name's keys) for each of a thousand units' jobs was a
	 * tenth of a run's report time (docs/benchmarks.md, the seventeenth pass). Asked by its input, so a
	 * register accepted by another instance on the same database is seen at once.
	 */
	private volatile Made made;

	UnitRegistry(UnitRepository repository, UnitsProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	public UnitRegister current() {
		OptionalLong input = repository.currentInput();
		long key = input.orElse(-1);
		Made last = made;
		if (last != null && last.input() == key) {
			return last.register();
		}
		List<RegisteredUnit> stored = input.isPresent() ? repository.units(key) : List.of();
		UnitRegister register = stored.isEmpty() ? properties.toRegister() : new UnitRegister(stored);
		made = new Made(key, register);
		return register;
	}

	private record Made(long input, UnitRegister register) {
	}
}
