package th.itabatch.monthly;

import th.itabatch.OnPostgres;

/**
 * A run failed part-way and restarted, on PostgreSQL, where a failed statement spoils the rest of its
 * transaction: what the failed attempt wrote is replaced, not added to.
 */
@OnPostgres
class RestartOnPostgresTests extends RestartFunctionalTests {
}
