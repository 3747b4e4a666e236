package th.itabatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import th.itabatch.cli.HashPasswordCommand;

class GeneratedAdminTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@TempDir
	Path data;

	private String printed(Runnable action) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	@Test
	void thePasswordIsPrintedOnceAndOnlyItsHashKept() throws Exception {
		String[] hash = new String[2];
		String first = printed(() -> hash[0] = GeneratedAdmin.passwordHash(data, encoder));
		Matcher password = Pattern.compile("password: (\\S+)").matcher(first);
		assertThat(password.find()).isTrue();
		assertThat(encoder.matches(password.group(1), hash[0])).isTrue();
		Path file = data.resolve("security").resolve("admin.hash");
		assertThat(Files.readString(file)).doesNotContain(password.group(1));
		assertThat(Files.getPosixFilePermissions(file)).containsOnly(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);

		String second = printed(() -> hash[1] = GeneratedAdmin.passwordHash(data, encoder));

		assertThat(second).as("not printed again").doesNotContain("password:");
		assertThat(hash[1]).isEqualTo(hash[0]);
	}

	@Test
	void hashPasswordPrintsABcryptHashOfWhatIsTyped() throws Exception {
		InputStream original = System.in;
		System.setIn(new ByteArrayInputStream("s3cret-รหัส\n".getBytes(StandardCharsets.UTF_8)));
		try {
			String out = printed(() -> {
				try {
					assertThat(HashPasswordCommand.execute()).isZero();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			assertThat(out.trim()).startsWith("{bcrypt}$2a$");
			assertThat(encoder.matches("s3cret-รหัส", out.trim())).isTrue();
		}
		finally {
			System.setIn(original);
		}
	}
	/**
	 * A trial: two instances started together on one data folder each printed a password of their
	 * own, and each worked on its own instance only. Started together, both take one hash.
	 */
	@Test
	void twoInstancesStartedTogetherShareOneHash() throws Exception {
		for (int attempt = 0; attempt < 20; attempt++) {
			Path folder = Files.createDirectories(data.resolve("attempt-" + attempt));
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				java.util.concurrent.Callable<String> start = () -> {
					together.await();
					return GeneratedAdmin.passwordHash(folder, encoder);
				};
				var first = two.submit(start);
				var second = two.submit(start);
				assertThat(second.get()).as("attempt " + attempt).isEqualTo(first.get());
			}
			finally {
				two.shutdownNow();
			}
			assertThat(Files.readString(folder.resolve("security").resolve("admin.hash"))).isEqualTo(
					GeneratedAdmin.passwordHash(folder, encoder));
			try (var left = Files.list(folder.resolve("security"))) {
				assertThat(left).as("no temporary file left").hasSize(1);
			}
		}
	}
}
