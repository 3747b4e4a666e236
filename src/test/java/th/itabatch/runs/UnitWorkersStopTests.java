package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import th.itabatch.cluster.ClusterProperties;
import th.itabatch.settings.RunsProperties;

/**
 * The report threads end before the application goes on closing: one still in a query when it
 * closed its database shut the embedded HSQLDB down later, writing its files while they were
 * being removed (a one-shot command's data folder, cleaned up by its caller).
 */
class UnitWorkersStopTests {

	@Test
	void stopReturnsOnlyOnceAThreadInAQueryHasEnded() throws Exception {
		CountDownLatch inQuery = new CountDownLatch(1);
		AtomicBoolean queryEnded = new AtomicBoolean();
		Set<Thread> threads = ConcurrentHashMap.newKeySet();
		UnitQueue queue = new UnitQueue(null) {
			@Override
			Optional<Task> take(String instance, boolean onlyOwn) {
				threads.add(Thread.currentThread());
				inQuery.countDown();
				// A JDBC call does not end when its thread is interrupted: it runs on, as here.
				long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
				while (System.nanoTime() < end) {
					Thread.onSpinWait();
				}
				queryEnded.set(true);
				return Optional.empty();
			}
		};
		UnitWorkers workers = new UnitWorkers(queue, null, new ClusterProperties("test", Duration.ofSeconds(10),
				Duration.ofSeconds(2)), new RunsProperties(1, 1, true, 0, 0));
		workers.start();
		assertThat(inQuery.await(10, TimeUnit.SECONDS)).isTrue();

		workers.stop();

		assertThat(queryEnded).as("the query in progress had ended when stop returned").isTrue();
		assertThat(threads).as("the report threads").isNotEmpty().noneMatch(Thread::isAlive);
	}

	/** At its start an instance holds no unit: any taken under its id are a killed predecessor's, put back. */
	@Test
	void startingPutsBackTheUnitsTakenUnderItsIdBefore() {
		Set<String> putBack = ConcurrentHashMap.newKeySet();
		UnitQueue queue = new UnitQueue(null) {
			@Override
			int putBackTakenBy(String instance) {
				putBack.add(instance);
				return 1;
			}

			@Override
			Optional<Task> take(String instance, boolean onlyOwn) {
				return Optional.empty();
			}
		};
		UnitWorkers workers = new UnitWorkers(queue, null, new ClusterProperties("ita-1", Duration.ofSeconds(10),
				Duration.ofSeconds(2)), new RunsProperties(1, 1, true, 0, 0));

		workers.start();
		workers.stop();

		assertThat(putBack).containsExactly("ita-1");
	}
}
