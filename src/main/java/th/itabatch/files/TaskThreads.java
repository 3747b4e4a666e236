package th.itabatch.files;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pools of named daemon threads for work done side by side (files flushed, inputs archived,
 * departments reported), and their orderly end: stopped, then waited for, so that nothing a pool
 * began goes on behind the one who started it.
 */
public final class TaskThreads {

	private TaskThreads() {
	}

	/** A pool of {@code threads} daemon threads named {@code name-1}, {@code name-2}, … */
	public static ExecutorService pool(String name, int threads) {
		AtomicInteger number = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Interrupts what the pool still does and waits until its threads have ended, through
	 * interruptions of the caller's own (kept for it).
	 */
	public static void stop(ExecutorService pool) {
		pool.shutdownNow();
		boolean interrupted = Thread.interrupted();
		while (!pool.isTerminated()) {
			try {
				pool.awaitTermination(1, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Interrupts what the pool still does and waits at most {@code limit} for its threads to end: an
	 * application closing waits for what still uses its database (the last connection closed shuts an
	 * embedded HSQLDB down, which writes its files), and never for ever.
	 *
	 * @return whether they ended in time
	 */
	public static boolean stop(ExecutorService pool, Duration limit) {
		pool.shutdownNow();
		try {
			return pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return pool.isTerminated();
		}
	}

	/** Waits at most {@code limit} in all for threads already told to end (interrupted); whether they did. */
	public static boolean join(Collection<Thread> threads, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			for (Thread thread : threads) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return threads.stream().noneMatch(Thread::isAlive);
	}
}
