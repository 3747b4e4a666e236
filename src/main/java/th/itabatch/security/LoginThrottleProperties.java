package th.itabatch.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed logins are slowed down ({@code ita.security.login-*}): after so many failures
 * a user name, or a client address, is locked for a while, the lock doubling with every further
 * failure up to a ceiling. Counted in this instance's memory only: in a cluster each instance counts
 * its own.
 *
 * @param loginFailures failures of one user name before it is locked
 * @param loginAddressFailures failures from one client address before it is locked (higher: an
 * office behind one address has many people)
 * @param loginLockout the first lock; each further failure doubles it
 * @param loginLockoutMax the longest lock; also how long failures are remembered after the last one
 * @param loginTracked how many user names and addresses are remembered at most (the least recently
 * failed are forgotten first)
 */
@ConfigurationProperties("ita.security")
public record LoginThrottleProperties(@DefaultValue("5") int loginFailures, @DefaultValue("20") int loginAddressFailures,
		@DefaultValue("1m") Duration loginLockout, @DefaultValue("15m") Duration loginLockoutMax,
		@DefaultValue("10000") int loginTracked) {

	public LoginThrottleProperties {
		loginFailures = Math.max(1, loginFailures);
		loginAddressFailures = Math.max(1, loginAddressFailures);
		loginLockoutMax = loginLockoutMax.compareTo(loginLockout) < 0 ? loginLockout : loginLockoutMax;
		loginTracked = Math.max(100, loginTracked);
	}
}
