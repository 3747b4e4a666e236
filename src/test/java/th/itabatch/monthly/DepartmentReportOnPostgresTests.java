package th.itabatch.monthly;

import th.itabatch.OnPostgres;

/** The department reports after their units' reports, read from the units' stored standings, on PostgreSQL. */
@OnPostgres
class DepartmentReportOnPostgresTests extends DepartmentReportFunctionalTests {
}
