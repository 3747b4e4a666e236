package th.itabatch.settings;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start that fails on the database (a wrong password, a server down) said in two sentences: what
 * failed, with the database's own words, and what to check, where a trial's console held 136 lines
 * of bean-creation trace with the cause on the last.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (!DatabaseReach.unreachable(cause)) {
			return null; // a migration's or a query's own error: its trace says which, as before
		}
		Throwable deepest = cause;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		// Without what a URL may carry of a login (user:password@, ?password=…).
		String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url)")
			.replaceAll("//[^/@]*@", "//")
			.replaceAll("(?i)([?&;]password=)[^&;]*", "$1…");
		String description = "ITA Batch could not use its database " + url + ": " + deepest.getMessage();
		String action = "Check that the database server is running and reachable from here, and the settings that name"
				+ " it (ITA_DB_URL, ITA_DB_USER, ITA_DB_PASSWORD, or spring.datasource.* in config/application.yml; see"
				+ " README, \"Database\"). With the embedded HSQLDB, check that the data folder (ita.data-dir) is this"
				+ " user's to write and that no other ITA Batch is using it.";
		return new FailureAnalysis(description, action, cause);
	}
}
