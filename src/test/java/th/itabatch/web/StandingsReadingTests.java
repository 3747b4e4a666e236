package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import th.itabatch.report.StandingsRepository;

/** What the pages work out from a reading: once, and while it is worked out, the reading before's answer. */
class StandingsReadingTests {

	private static final StandingsRepository.MonthArrivals NONE = new StandingsRepository.MonthArrivals(Set.of(),
			Set.of(), Set.of(), java.util.Map.of());

	private static final StandingsRepository.Version VERSION = new StandingsRepository.Version(List.of(1L), List.of(1L));

	@Test
	void workedOutOnceForEveryoneWhoAsks() {
		StandingsCache.Reading reading = reading(Map.of());
		AtomicInteger worked = new AtomicInteger();
		assertThat((Integer) reading.derived("k", worked::incrementAndGet)).isEqualTo(1);
		assertThat((Integer) reading.derived("k", worked::incrementAndGet)).isEqualTo(1);
		assertThat(worked).hasValue(1);
	}

	@Test
	void whileWorkedOutTheOthersGetTheReadingBefore() throws Exception {
		StandingsCache.Reading before = reading(Map.of());
		before.derived("k", () -> "before");
		StandingsCache.Reading reading = reading(before.derived());
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> working = CompletableFuture.supplyAsync(() -> reading.derived("k", () -> {
			started.countDown();
			await(release);
			return "now";
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat((String) reading.derived("k", () -> "not asked")).isEqualTo("before");
		release.countDown();
		assertThat(working.get(10, TimeUnit.SECONDS)).isEqualTo("now");
		assertThat((String) reading.derived("k", () -> "not asked")).isEqualTo("now");
	}

	@Test
	void aFailureIsNotKept() {
		StandingsCache.Reading reading = reading(Map.of());
		assertThatThrownBy(() -> reading.derived("k", () -> {
			throw new IllegalStateException("database gone");
		})).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
		assertThat((String) reading.derived("k", () -> "again")).isEqualTo("again");
	}

	private static StandingsCache.Reading reading(Map<Object, FutureTask<Object>> before) {
		return new StandingsCache.Reading(Map.of(), NONE, VERSION, new ConcurrentHashMap<>(), before);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
