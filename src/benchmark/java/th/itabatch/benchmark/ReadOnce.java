package th.itabatch.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One reader on one file, in a JVM of its own: a warm-up, then timed reads; prints the median,
 * the heap's peak, and what was read (rows, cells, checksum).
 */
public final class ReadOnce {

	private ReadOnce() {
	}

	public static void main(String[] args) throws Exception {
		Readers reader = Readers.valueOf(args[0]);
		Path file = Path.of(args[1]);
		int runs = Integer.parseInt(args[2]);
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		List<Double> seconds = new ArrayList<>();
		Readers.Values values = null;
		long peak = 0;
		for (int i = -1; i < runs; i++) {
			System.gc();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			values = new Readers.Values();
			long start = System.nanoTime();
			reader.read(file, values);
			double elapsed = (System.nanoTime() - start) / 1e9;
			if (i >= 0) {
				seconds.add(elapsed);
				peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
			}
		}
		Collections.sort(seconds);
		System.out.printf("RESULT %s %.3f %.3f %.3f %d %d %d %d%n", reader, seconds.get(seconds.size() / 2), seconds.get(0),
				seconds.get(seconds.size() - 1), peak >> 20, values.rows, values.cells, values.checksum);
	}
}
