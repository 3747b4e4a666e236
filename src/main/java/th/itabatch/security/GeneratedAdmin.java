package th.itabatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import th.itabatch.files.AtomicFiles;

/**
 * The administrator of an installation that configured no users: its password is generated at the
 * first start, printed once, and only its hash kept ({@code <data>/security/admin.hash}).
 */
final class GeneratedAdmin {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(GeneratedAdmin.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private GeneratedAdmin() {
	}

	/** The admin's password hash: read, or generated and printed when there is none yet. */
	static String passwordHash(Path dataDir, PasswordEncoder encoder) {
		Path file = dataDir.resolve("security").resolve("admin.hash");
		try {
			if (Files.isRegularFile(file)) {
				log.info("Web login: user \"{}\", password as printed at the first start (delete {} for a new one)",
						USERNAME, file.toAbsolutePath());
				return Files.readString(file, StandardCharsets.UTF_8).trim();
			}
			String password = generate();
			String hash = encoder.encode(password);
			AtomicFiles.write(file, out -> out.write(hash.getBytes(StandardCharsets.UTF_8)));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own protection applies
			}
			System.out.println();
			System.out.println("  ผู้ใช้ผู้ดูแล / administrator: " + USERNAME + "   รหัสผ่าน / password: " + password);
			System.out.println("  (แสดงครั้งเดียว / shown once; configure ita.security.users to set your own users)");
			System.out.println();
			return hash;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
