package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;

/**
 * A review: a shared value worked out from within another (the page's month asking for the month the
 * data choose) failed with "Recursive update" whenever the two keys fell in one bin of the map, and
 * the department page with it, on such days all day.
 */
@ItaApplicationTest
class StandingsCacheTests {

	@Autowired
	private StandingsCache standings;

	/** Keys of one hash: always one bin. */
	private record SameBin(int n) {

		@Override
		public int hashCode() {
			return 7;
		}
	}

	@Test
	void aSharedValueMayBeWorkedOutFromWithinAnother() {
		String outer = standings.shared(new SameBin(1), () -> standings.shared(new SameBin(2), () -> "inner") + " outer");

		assertThat(outer).isEqualTo("inner outer");
		assertThat(standings.<String>shared(new SameBin(2), () -> "again")).as("kept").isEqualTo("inner");
	}
}
