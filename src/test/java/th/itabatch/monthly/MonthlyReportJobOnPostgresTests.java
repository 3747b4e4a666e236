package th.itabatch.monthly;

import th.itabatch.OnPostgres;

/** The ingest and unit report jobs on the example, and a rejected workbook, on PostgreSQL. */
@OnPostgres
class MonthlyReportJobOnPostgresTests extends MonthlyReportJobFunctionalTests {
}
