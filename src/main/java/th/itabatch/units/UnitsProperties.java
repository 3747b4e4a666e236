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
		check(register);
	}

	/**
	 * Refuses a register a register workbook would be refused for (a code twice, a parent not in it, a
	 * unit its own parent, a cycle), and one naming a unit twice or giving one unit's name to another:
	 * a trial's were taken without a word, a unit left its department's report, and a unit's plan was
	 * refused for the engineer's mistake.
	 */
	private static void check(List<Entry> register) {
		if (register.isEmpty()) {
			return;
		}
		th.itabatch.validation.MessageLog log = new th.itabatch.validation.MessageLog("ita.units.register");
		UnitRegister.check(register.stream().map(Entry::unit).toList(), log);
		List<String> wrong = log.messages()
			.stream()
			.filter(m -> m.isError() || m.code().equals(th.itabatch.validation.MessageCode.REGISTER_NAME_TWICE.name())
					|| m.code().equals(th.itabatch.validation.MessageCode.REGISTER_OTHER_NAME_TAKEN.name()))
			.map(m -> m.code() + ": " + m.english())
			.toList();
		if (!wrong.isEmpty()) {
			throw new IllegalArgumentException("ita.units.register: " + String.join("; ", wrong));
		}
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
