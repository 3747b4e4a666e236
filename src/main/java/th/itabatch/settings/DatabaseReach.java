package th.itabatch.settings;

import java.sql.SQLException;

/** Tells a database that cannot be reached from any other failure of it. */
public final class DatabaseReach {

	private DatabaseReach() {
	}

	/**
	 * True for a database that cannot be reached or logged in to, or an embedded one whose files
	 * cannot be locked: SQL states of class 08 (connection) and 28 (authorisation), as drivers say them,
	 * on the exception or those it wraps (the pool's own carries none; the driver's below it does).
	 */
	public static boolean unreachable(Throwable failure) {
		for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
			String state = t instanceof SQLException e ? e.getSQLState() : null;
			if (state != null && (state.startsWith("08") || state.startsWith("28"))
					|| String.valueOf(t.getMessage()).contains("lockFile")) {
				return true;
			}
		}
		return false;
	}
}
