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
