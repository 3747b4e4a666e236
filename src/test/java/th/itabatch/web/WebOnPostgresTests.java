package th.itabatch.web;

import th.itabatch.OnPostgres;

/** The pages, an upload, its run and the report's download, on PostgreSQL. */
@OnPostgres
class WebOnPostgresTests extends WebTests {
}
