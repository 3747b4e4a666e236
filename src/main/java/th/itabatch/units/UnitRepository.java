package th.itabatch.units;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registers of units read from register workbooks; the latest accepted one is the current register. */
@Repository
class UnitRepository {

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long inputId, List<RegisteredUnit> units) {
		int seq = 0;
		for (RegisteredUnit u : units) {
			jdbc.sql("""
					INSERT INTO ita_unit (input_id, seq, code, name, aliases, parent, kind, sheet_name, cell_ref)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, ++seq, u.code(), u.name(), String.join("\n", u.aliases()), u.parent(), u.kind(), u.sheet(),
						u.cell())
				.update();
		}
	}

	void accept(long inputId) {
		jdbc.sql("UPDATE ita_unit SET accepted = TRUE WHERE input_id = ?").param(inputId).update();
	}

	void forget(long inputId) {
		jdbc.sql("DELETE FROM ita_unit WHERE input_id = ?").param(inputId).update();
	}

	/** The input of the latest accepted register, or nothing when none arrived. */
	java.util.OptionalLong currentInput() {
		// The newest first along the input's index, where MAX went through every register's every unit.
		return jdbc.sql("SELECT input_id FROM ita_unit WHERE accepted ORDER BY input_id DESC FETCH FIRST 1 ROWS ONLY")
			.query(Long.class)
			.optional()
			.map(java.util.OptionalLong::of)
			.orElse(java.util.OptionalLong.empty());
	}

	/** The units of the register read from an input, in its order. */
	List<RegisteredUnit> units(long inputId) {
		return jdbc.sql("SELECT * FROM ita_unit WHERE input_id = ? ORDER BY seq")
			.param(inputId)
			.query((rs, n) -> new RegisteredUnit(rs.getString("code"), rs.getString("name"),
					rs.getString("aliases") == null || rs.getString("aliases").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("aliases").split("\n")),
					rs.getString("parent"), rs.getString("kind"), rs.getString("sheet_name"), rs.getString("cell_ref")))
			.list();
	}
}
