package th.itabatch.units;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The current register of units: the latest register workbook accepted, else the configured one,
 * else none (every unit stands as its inputs name it).
 */
@Component
public class UnitRegistry {

	private final UnitRepository repository;

	private final UnitsProperties properties;

	UnitRegistry(UnitRepository repository, UnitsProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	public UnitRegister current() {
		List<RegisteredUnit> stored = repository.current();
		return stored.isEmpty() ? properties.toRegister() : new UnitRegister(stored);
	}
}
