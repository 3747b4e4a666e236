package th.itabatch.tables;

import java.util.List;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.plan.PlanKind;
import th.itabatch.plan.ProgressKind;
import th.itabatch.scores.ScoresKind;
import th.itabatch.workbook.InputDefaults;

/** The shipped kinds of table, for reading workbooks in tests without a database (nothing is stored). */
public final class TestTables {

	private TestTables() {
	}

	public static WorkbookContentReader reader(InputDefaults configured) {
		return new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null), new PlanKind(null),
				new ProgressKind(null)), configured);
	}
}
