package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.report.Department;
import th.itabatch.report.DepartmentReport;
import th.itabatch.report.DepartmentReportAssembler;
import th.itabatch.report.ReportProperties;
import th.itabatch.scores.RoundComparator;

/**
 * A department deeper in the register than runs report is told so, not "no report yet": a trial
 * chose a group's parent three levels down and waited for a report that no run would make.
 */
class DepartmentPageLevelsTests {

	private static final YearMonth JUNE = YearMonth.of(2022, 6);

	private final DepartmentReportAssembler assembler = new DepartmentReportAssembler(
			TestCatalog.shipped().indicators().all(),
			new ReportProperties(null, true, "KPI", RoundComparator.Goal.NEXT_ROUND, 10));

	private final List<DepartmentPage.Choice> choices = List.of(new DepartmentPage.Choice("01", "กระทรวง", 0, 9),
			new DepartmentPage.Choice("0101", "กรม", 1, 6), new DepartmentPage.Choice("010101", "กอง", 2, 2));

	private DepartmentPage shown(String code, int levels) {
		Department department = new Department(code, "หน่วยงาน " + code, List.of(), List.of(), List.of());
		DepartmentReport report = assembler.assemble(department, JUNE, Map.of(), Map.of(), LocalDate.of(2022, 7, 1));
		return new DepartmentPage(JUNE, choices, report, List.of(), 0, UnitTable.of(null, null, null, null, null),
				LocalDate.of(2022, 7, 1), List.of(), List.of(JUNE), levels, List.of());
	}

	@Test
	void aDepartmentBelowTheConfiguredLevelsIsNotReportedByRuns() {
		assertThat(shown("01", 2).reportedByRuns()).isTrue();
		assertThat(shown("0101", 2).reportedByRuns()).isTrue();
		assertThat(shown("010101", 2).reportedByRuns()).as("the third level, of two reported").isFalse();
		assertThat(shown("010101", 3).reportedByRuns()).isTrue();
	}
}
