package th.itabatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;


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

	/**
	 * The admin's password hash: read, or generated and printed when there is none yet. Two instances
	 * started together on one data folder (a cluster without configured users) each printed a password
	 * of its own, and only one worked behind the balancer (a trial): the hash is published whole and
	 * only where there is none, so the instance that comes second takes the first one's.
	 */
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
			if (!publish(file, hash)) {
				log.info("Web login: user \"{}\", password as another instance printed it as it started at the same time",
						USERNAME);
				return Files.readString(file, StandardCharsets.UTF_8).trim();
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

	/** Puts the hash in place whole, unless a hash is there already; false when one was. */
	private static boolean publish(Path file, String hash) throws IOException {
		Files.createDirectories(file.getParent());
		Path written = Files.createTempFile(file.getParent(), "admin", ".tmp");
		try {
			Files.writeString(written, hash, StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own protection applies
			}
			try {
				// A link fails where the name exists, at once: of two instances exactly one publishes.
				Files.createLink(file, written);
			}
			catch (FileAlreadyExistsException ex) {
				throw ex;
			}
			catch (UnsupportedOperationException | FileSystemException ex) {
				// No hard links here (a shared SMB or NAS folder): a move that does not replace.
				Files.move(written, file);
			}
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		finally {
			Files.deleteIfExists(written);
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
