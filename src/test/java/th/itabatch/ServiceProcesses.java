package th.itabatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What the tests that run the service in processes of their own (and kill them) look at. */
public final class ServiceProcesses {

	private ServiceProcesses() {
	}

	/** Whether a file is being written in the folder (an atomic write's temporary file is there). */
	public static boolean writing(Path output) {
		if (!Files.isDirectory(output)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(output)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return false; // a file vanished while the folder was walked
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

	/** A count from the database. */
	public static long count(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
