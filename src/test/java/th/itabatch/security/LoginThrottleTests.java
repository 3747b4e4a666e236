package th.itabatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Failed logins lock a user name or an address for a growing while, capped; success and quiet forgive. */
class LoginThrottleTests {

	/** A clock the test moves. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-06-01T08:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

		void pass(Duration duration) {
			now = now.plus(duration);
		}
	}

	private final TestClock clock = new TestClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleProperties(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15), 100), clock);

	private void fail(int times, String user, String address) {
		for (int i = 0; i < times; i++) {
			throttle.failed(user, address);
		}
	}

	@Test
	void fiveFailuresLockTheUserForAMinuteThenEachFailureDoublesItUpToFifteen() {
		fail(4, "somchai", "10.0.0.1");
		assertThat(throttle.lockedFor("somchai", "10.0.0.2")).isEmpty();

		assertThat(throttle.failed("somchai", "10.0.0.1")).contains(Duration.ofMinutes(1));
		assertThat(throttle.lockedFor("SomChai ", "10.0.0.2")).as("the user name, whatever the case, from anywhere")
			.contains(Duration.ofMinutes(1));
		assertThat(throttle.lockedFor("director", "10.0.0.2")).as("other users are not locked").isEmpty();

		clock.pass(Duration.ofSeconds(61));
		assertThat(throttle.lockedFor("somchai", "10.0.0.2")).isEmpty();
		assertThat(throttle.failed("somchai", "10.0.0.1")).contains(Duration.ofMinutes(2));
		assertThat(throttle.failed("somchai", "10.0.0.1")).contains(Duration.ofMinutes(4));
		assertThat(throttle.failed("somchai", "10.0.0.1")).contains(Duration.ofMinutes(8));
		assertThat(throttle.failed("somchai", "10.0.0.1")).contains(Duration.ofMinutes(15));
		assertThat(throttle.failed("somchai", "10.0.0.1")).contains(Duration.ofMinutes(15));
	}

	@Test
	void anAddressGuessingManyNamesIsLockedForAllOfThem() {
		for (int i = 0; i < 19; i++) {
			throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(throttle.lockedFor("editor", "10.0.0.9")).isEmpty();
		throttle.failed("user19", "10.0.0.9");

		assertThat(throttle.lockedFor("editor", "10.0.0.9")).contains(Duration.ofMinutes(1));
		assertThat(throttle.lockedFor("editor", "10.0.0.10")).isEmpty();
	}

	@Test
	void aSuccessfulLoginClearsTheUsersFailures() {
		fail(4, "somchai", "10.0.0.1");
		throttle.succeeded("somchai");
		fail(4, "somchai", "10.0.0.1");

		assertThat(throttle.lockedFor("somchai", "10.0.0.3")).isEmpty();
	}

	@Test
	void failuresAreForgottenAfterAQuietSpellAndTheMapStaysBounded() {
		fail(4, "somchai", "10.0.0.1");
		clock.pass(Duration.ofMinutes(16));
		throttle.failed("someone-else", "10.0.0.5");
		fail(4, "somchai", "10.0.0.1");
		assertThat(throttle.lockedFor("somchai", "10.0.0.1")).as("the old four were forgotten").isEmpty();

		for (int i = 0; i < 500; i++) {
			throttle.failed("name" + i, "10.1." + (i / 250) + "." + (i % 250));
		}
		assertThat(throttle.size()).isLessThanOrEqualTo(100);
	}
}
