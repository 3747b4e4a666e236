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

	/** The units of the latest accepted register, in its order; empty when none arrived. */
	List<RegisteredUnit> current() {
		return jdbc.sql("""
				SELECT * FROM ita_unit WHERE input_id = (SELECT MAX(input_id) FROM ita_unit WHERE accepted) ORDER BY seq""")
			.query((rs, n) -> new RegisteredUnit(rs.getString("code"), rs.getString("name"),
					rs.getString("aliases") == null || rs.getString("aliases").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("aliases").split("\n")),
					rs.getString("parent"), rs.getString("kind"), rs.getString("sheet_name"), rs.getString("cell_ref")))
			.list();
	}
}
