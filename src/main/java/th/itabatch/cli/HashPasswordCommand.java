package th.itabatch.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code java -jar ita-batch.jar hash-password}: reads a password (typed without echo, or from
 * standard input) and prints the hash to put in {@code ita.security.users[n].password}.
 */
public final class HashPasswordCommand {

	public static final String NAME = "hash-password";

	private HashPasswordCommand() {
	}

	public static int execute() throws IOException {
		Console console = System.console();
		String password;
		if (console != null) {
			char[] typed = console.readPassword("รหัสผ่าน / password: ");
			password = typed == null ? "" : new String(typed);
		}
		else {
			password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		if (password == null || password.isBlank()) {
			System.err.println("ไม่มีรหัสผ่าน: พิมพ์เมื่อถูกถาม หรือส่งทางอินพุตมาตรฐาน (echo -n รหัสผ่าน | java -jar ita-batch.jar hash-password)"
					+ " / no password given: type it when asked, or pipe it on standard input; it is never read from the command line");
			return 1;
		}
		System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
		return 0;
	}
}
