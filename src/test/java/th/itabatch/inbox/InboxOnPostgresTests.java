package th.itabatch.inbox;

import th.itabatch.OnPostgres;

/** Files received, and a refused one received again under another name, on PostgreSQL. */
@OnPostgres
class InboxOnPostgresTests extends InboxTests {
}
