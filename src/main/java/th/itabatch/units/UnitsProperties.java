package th.itabatch.units;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The register of units as configuration ({@code ita.units.register}), used until a register
 * workbook arrives; none by default, and then every unit stands as its inputs name it.
 *
 * @param register the units
 */
@ConfigurationProperties("ita.units")
public record UnitsProperties(List<Entry> register) {

	public UnitsProperties {
		register = register == null ? List.of() : List.copyOf(register);
	}

	/**
	 * A configured unit.
	 *
	 * @param code its code
	 * @param name its Thai name
	 * @param aliases other names people type
	 * @param parent the unit it belongs to, by code or name
	 * @param kind กรม, กอง, ศูนย์, สำนักงาน, กลุ่ม…
	 */
	public record Entry(String code, String name, List<String> aliases, String parent, String kind) {

		RegisteredUnit unit() {
			return new RegisteredUnit(code, name, aliases, parent, kind, null, null);
		}
	}

	/** The configured register. */
	UnitRegister toRegister() {
		return new UnitRegister(register.stream().map(Entry::unit).toList());
	}
}
