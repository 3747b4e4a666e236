package th.itabatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the tests that run the service in processes of their own (and kill them) look at. */
public final class ServiceProcesses {

	private ServiceProcesses() {
	}

	/** Whether a file is being written in the folder (an atomic write's temporary file is there). */
	public static boolean writing(Path output) {
		return !temporaryFiles(output).isEmpty();
	}

	/**
	 * Whether a file has been being written in the folder for at least the given time: the same
	 * temporary file seen again after it. The work that writes it began before it, so what that work
	 * committed to the database is older than the time too.
	 */
	public static BooleanSupplier writingFor(Path output, Duration atLeast) {
		Map<String, Instant> firstSeen = new HashMap<>();
		return () -> {
			Instant now = Instant.now();
			Set<String> present = temporaryFiles(output);
			firstSeen.keySet().retainAll(present);
			present.forEach(name -> firstSeen.putIfAbsent(name, now));
			return firstSeen.values().stream().anyMatch(seen -> !seen.plus(atLeast).isAfter(now));
		};
	}

	private static Set<String> temporaryFiles(Path output) {
		if (!Files.isDirectory(output)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.walk(output)) {
			return files.map(f -> f.toString()).filter(name -> name.endsWith(".tmp")).collect(Collectors.toSet());
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return Set.of(); // a file vanished while the folder was walked
		}
	}

	/** A process's log as written so far, or nothing. */
	public static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** Waits for the condition while the process lives; the logs are in the failure. */
	public static void await(Duration limit, BooleanSupplier condition, Process process, Supplier<String> logs)
			throws InterruptedException {
		Instant end = Instant.now().plus(limit);
		while (!condition.getAsBoolean()) {
			if (!process.isAlive()) {
				throw new AssertionError("the service stopped: " + logs.get());
			}
			if (Instant.now().isAfter(end)) {
				throw new AssertionError("timed out; log: " + logs.get());
			}
			Thread.sleep(5);
		}
	}

	/** The first column of every row a query answers, as text. */
	public static java.util.List<String> strings(Connection db, String sql) throws SQLException {
		java.util.List<String> values = new java.util.ArrayList<>();
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	/** A count from the database. */
	public static long count(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
