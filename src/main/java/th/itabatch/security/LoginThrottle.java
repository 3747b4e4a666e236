package th.itabatch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address and locks either for a while once it
 * has failed too often: the first lock lasts {@code login-lockout}, each further failure doubles it
 * up to {@code login-lockout-max}. Kept in memory, bounded, and forgotten after a quiet
 * {@code login-lockout-max}; in a cluster each instance counts its own.
 */
@Component
public class LoginThrottle {

	private final LoginThrottleProperties properties;

	private final Clock clock;

	/** Access-ordered, so the least recently failed entry is the first to be dropped when full. */
	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** One user name's or address's failures and its lock. */
	private record Entry(int failures, Instant lastFailure, Instant lockedUntil) {
	}

	/** How long the user name or the address is still locked, if it is. */
	public synchronized Optional<Duration> lockedFor(String username, String address) {
		Instant now = clock.instant();
		Duration user = remaining(userKey(username), now);
		Duration from = remaining(addressKey(address), now);
		Duration longest = user.compareTo(from) >= 0 ? user : from;
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	/**
	 * Counts a failed login for the user name and the address.
	 *
	 * @return how long they are now locked, if this failure locked them
	 */
	public synchronized Optional<Duration> failed(String username, String address) {
		Instant now = clock.instant();
		forgetQuiet(now);
		Instant user = fail(userKey(username), properties.loginFailures(), now);
		Instant from = fail(addressKey(address), properties.loginAddressFailures(), now);
		Instant until = user.isAfter(from) ? user : from;
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/** A successful login clears the user name's failures (not the address's: one good account must not hide guesses at others). */
	public synchronized void succeeded(String username) {
		entries.remove(userKey(username));
	}

	/** Forgets everything (tests). */
	synchronized void clear() {
		entries.clear();
	}

	synchronized int size() {
		return entries.size();
	}

	private Duration remaining(String key, Instant now) {
		Entry entry = entries.get(key);
		if (entry == null || entry.lockedUntil() == null || !entry.lockedUntil().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, entry.lockedUntil());
	}

	private Instant fail(String key, int allowed, Instant now) {
		Entry old = entries.get(key);
		int failures = old == null ? 1 : old.failures() + 1;
		Instant lockedUntil = old == null ? null : old.lockedUntil();
		if (failures >= allowed) {
			lockedUntil = now.plus(lockFor(failures - allowed));
		}
		entries.put(key, new Entry(failures, now, lockedUntil));
		while (entries.size() > properties.loginTracked()) {
			Iterator<String> eldest = entries.keySet().iterator();
			eldest.next();
			eldest.remove();
		}
		return lockedUntil == null ? now : lockedUntil;
	}

	/** The n-th lock (0 first): the first lock doubled n times, at most the ceiling. */
	private Duration lockFor(int n) {
		Duration lock = properties.loginLockout();
		for (int i = 0; i < n && lock.compareTo(properties.loginLockoutMax()) < 0; i++) {
			lock = lock.multipliedBy(2);
		}
		return lock.compareTo(properties.loginLockoutMax()) > 0 ? properties.loginLockoutMax() : lock;
	}

	/** Drops entries whose lock is over and whose last failure is older than the longest lock. */
	private void forgetQuiet(Instant now) {
		Instant quietSince = now.minus(properties.loginLockoutMax());
		Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
		while (it.hasNext()) {
			Entry entry = it.next().getValue();
			boolean locked = entry.lockedUntil() != null && entry.lockedUntil().isAfter(now);
			if (!locked && entry.lastFailure().isBefore(quietSince)) {
				it.remove();
			}
		}
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "addr:" + (address == null ? "" : address);
	}
}
