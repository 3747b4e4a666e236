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
}
