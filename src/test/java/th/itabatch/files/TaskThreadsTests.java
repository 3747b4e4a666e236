package th.itabatch.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** A pool's end: what it still does is waited for, even work that does not heed interruptions. */
class TaskThreadsTests {

	@Test
	void stoppingWaitsForTheTasksUnderWay() throws Exception {
		ExecutorService pool = TaskThreads.pool("test", 2);
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean ended = new AtomicBoolean();
		pool.submit(() -> {
			started.countDown();
			long until = System.nanoTime() + 300_000_000L;
			while (System.nanoTime() < until) {
				// Busy, deaf to interruptions, as a job's step may be.
				Thread.onSpinWait();
			}
			ended.set(true);
		});
		started.await();
		TaskThreads.stop(pool);
		assertThat(ended).isTrue();
		assertThat(pool.isTerminated()).isTrue();
	}
}
