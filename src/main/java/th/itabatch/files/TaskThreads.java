package th.itabatch.files;

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
}
