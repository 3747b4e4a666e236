package th.itabatch.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/**
 * The current register is made once for each register accepted: every unit's report job asks for it,
 * and a register accepted since (by this instance or another on the same database) is the one given.
 */
class UnitRegistryTests {

	@Test
	void theRegisterIsMadeOnceAndMadeAgainWhenAnotherIsAccepted() {
		StoredRegisters stored = new StoredRegisters();
		UnitRegistry registry = new UnitRegistry(stored, new UnitsProperties(List.of(
				new UnitsProperties.Entry("01", "กองคลัง", List.of("กค."), null, "กอง"))));

		assertThat(registry.current().find("กค.")).as("none accepted: the configured register").isPresent();
		assertThat(stored.unitsRead).isEmpty();

		stored.accepted = OptionalLong.of(7);
		UnitRegister first = registry.current();
		assertThat(first.named("กองแผนงาน")).isPresent();
		assertThat(first.find("กค.")).as("the workbook's register replaces the configured one").isEmpty();
		assertThat(registry.current()).as("asked again: the same register, not read again").isSameAs(first);
		assertThat(stored.unitsRead).containsExactly(7L);

		stored.accepted = OptionalLong.of(9);
		assertThat(registry.current().named("กองใหม่")).as("a register accepted since").isPresent();
		assertThat(stored.unitsRead).containsExactly(7L, 9L);
	}

	/** Registers as the database would give them: input 7 names กองแผนงาน, input 9 กองใหม่. */
	private static final class StoredRegisters extends UnitRepository {

		OptionalLong accepted = OptionalLong.empty();

		final List<Long> unitsRead = new ArrayList<>();

		StoredRegisters() {
			super(null);
		}

		@Override
		OptionalLong currentInput() {
			return accepted;
		}

		@Override
		List<RegisteredUnit> units(long inputId) {
			unitsRead.add(inputId);
			String name = inputId == 7 ? "กองแผนงาน" : "กองใหม่";
			return List.of(new RegisteredUnit("0" + inputId, name, List.of(), null, "กอง", "หน่วยงาน", "A2", null));
		}
	}
}
