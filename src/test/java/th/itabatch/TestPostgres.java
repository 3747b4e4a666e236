package th.itabatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL server of the tests that run on PostgreSQL ({@link OnPostgres}): the one that
 * {@code ITA_TEST_POSTGRES_URL} names (with {@code ITA_TEST_POSTGRES_USER} and
 * {@code ITA_TEST_POSTGRES_PASSWORD}), or else a throwaway server of the test run's own, started once
 * from the binaries of Debian's {@code postgresql} package in a temporary folder on a free loopback port.
 */
public final class TestPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String USER = "ita";

	private static final Path PACKAGES = Path.of("/usr/lib/postgresql");

	private static Server server;

	/** Points the application's {@code postgres} profile at the test server ({@code ITA_DB_*}). */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Server running = server();
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "ITA_DB_URL=" + running.url(),
				"ITA_DB_USER=" + running.user(), "ITA_DB_PASSWORD=" + running.password());
	}

	/** The test run's server, started on first use. */
	public static synchronized Server server() {
		if (server == null) {
			String url = System.getenv("ITA_TEST_POSTGRES_URL");
			server = url != null ? new Server(url, env("ITA_TEST_POSTGRES_USER", "postgres"),
					env("ITA_TEST_POSTGRES_PASSWORD", ""))
					: start(binaries().orElseThrow(() -> new IllegalStateException(unavailable())));
		}
		return server;
	}

	/** A new, empty database on the test server, for a test that must start from nothing. */
	public static String newDatabase(String name) {
		Server running = server();
		try (Connection connection = DriverManager.getConnection(running.url(), running.user(), running.password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return running.url().substring(0, running.url().lastIndexOf('/') + 1) + name;
	}

	/** A server's JDBC address and login. */
	public record Server(String url, String user, String password) {
	}

	/** Skips the tests on PostgreSQL, saying why, where there is neither a server named nor one to start. */
	public static final class Available implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return System.getenv("ITA_TEST_POSTGRES_URL") != null || binaries().isPresent()
					? ConditionEvaluationResult.enabled("PostgreSQL available")
					: ConditionEvaluationResult.disabled(unavailable());
		}
	}

	private static String unavailable() {
		return "no PostgreSQL for the tests: install Debian's postgresql (apt-get install -y postgresql) or set "
				+ "ITA_TEST_POSTGRES_URL (README, \"Tests\")";
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null ? otherwise : value;
	}

	/** The newest installed PostgreSQL's programs ({@code /usr/lib/postgresql/<version>/bin}). */
	private static Optional<Path> binaries() {
		if (!Files.isDirectory(PACKAGES)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(PACKAGES)) {
			return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
				.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
				.map(v -> v.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Server start(Path bin) {
		try {
			Path root = Files.createTempDirectory("ita-postgres");
			// PostgreSQL refuses to run as root (CI runs as root): then it runs as the package's own user.
			boolean asRoot = "root".equals(System.getProperty("user.name"));
			if (asRoot) {
				UserPrincipal postgres = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
				Files.setOwner(root, postgres);
			}
			Path data = root.resolve("data");
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			// C.UTF-8 sorts text by code point, as HSQLDB does; durability is of no use to a throwaway server.
			run(asRoot, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
					"--locale=C.UTF-8", "--no-sync", "--no-instructions");
			run(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", root.resolve("server.log").toString(),
					"-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + root
							+ " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
					"start");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					run(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
				}
				finally {
					FileSystemUtils.deleteRecursively(root.toFile());
				}
			}));
			return new Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(boolean asRoot, String... command) {
		List<String> line = new ArrayList<>();
		if (asRoot) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
