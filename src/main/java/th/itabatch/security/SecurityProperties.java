package th.itabatch.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of the web page ({@code ita.security.users}), each with a hashed password
 * ({@code {bcrypt}$2a$10$…}) and a role. Without any, an administrator is created at the first start
 * and its generated password printed once.
 *
 * @param users the users
 */
@ConfigurationProperties("ita.security")
public record SecurityProperties(List<User> users) {

	public SecurityProperties {
		users = users == null ? List.of() : List.copyOf(users);
		java.util.Set<String> names = new java.util.HashSet<>();
		for (User user : users) {
			// Two of one name failed the start with 80 lines of trace naming neither (a trial).
			if (user.username() != null && !names.add(user.username())) {
				throw new IllegalArgumentException("ita.security.users: the user name " + user.username() + " is given twice");
			}
			// A plain password started the service, and every login was a 500 page (a trial).
			if (user.password() == null || !user.password().startsWith("{")) {
				throw new IllegalArgumentException("ita.security.users: the password of " + user.username() + " is not a hash;"
						+ " give the line that java -jar ita-batch.jar hash-password prints ({bcrypt}…), never the password itself");
			}
		}
	}

	/**
	 * A user.
	 *
	 * @param username the name to log in with
	 * @param password the password hash, with its encoder prefix: {@code {bcrypt}…}
	 * @param role viewer or editor
	 */
	public record User(String username, String password, Role role) {
	}
}
