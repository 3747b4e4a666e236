package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.itabatch.report.Department;
import th.itabatch.report.DepartmentReport.Row;
import th.itabatch.report.UnitStanding;
import th.itabatch.report.UnitStanding.Arrivals;

/** The department page's status filters ask what the department narrative asks of each unit. */
class UnitTableFiltersTests {

	private static final List<Row> ROWS = List.of(row("ส่งครบ", new Arrivals(true, true, true, false)),
			row("มีแผนไม่มีผล", new Arrivals(true, true, false, false)),
			row("คะแนนอย่างเดียว", new Arrivals(true, false, false, false)),
			row("ไฟล์ถูกปฏิเสธ", new Arrivals(false, false, false, true)),
			row("ไม่ส่งเลย", Arrivals.NONE));

	private static Row row(String name, Arrivals arrived) {
		return new Row(new Department.Member(name, name, 1, name, "กรม"), UnitStanding.withoutReport(name, arrived), null,
				null);
	}

	private static List<String> shown(String filter) {
		Map<String, Integer> names = UnitTable.nameOrder(ROWS);
		return UnitTable.of("unit", "asc", null, filter, null)
			.apply(ROWS, names, unit -> List.of())
			.stream()
			.map(r -> r.member().name())
			.toList();
	}

	@Test
	void eachUnitIsAskedForWhatItLacks() {
		assertThat(shown("noPlan")).as("sent something, but no plan to follow").containsExactly("คะแนนอย่างเดียว");
		assertThat(shown("noProgress")).as("the month's progress is asked of a unit with a plan")
			.containsExactly("มีแผนไม่มีผล");
		assertThat(shown("silent")).as("a refused workbook is no silence").containsExactly("ไม่ส่งเลย");
		assertThat(shown("all")).hasSize(5);
	}
}
