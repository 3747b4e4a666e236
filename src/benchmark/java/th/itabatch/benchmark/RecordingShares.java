package th.itabatch.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded run's threads spent their time: the share of a JFR recording's samples (of threads
 * whose names start so, in its last seconds) under each ITA Batch method, counted once a sample
 * however often the method is on its stack, and, given a method, what it called. Not a test: the
 * seventeenth pass of docs/benchmarks.md read its recordings so.
 * <pre>
 * java -cp target/test-classes th.itabatch.benchmark.RecordingShares run.jfr ita-report 30 [native] [Method.name]
 * </pre>
 * The recording is made with {@code -XX:FlightRecorderOptions=stackdepth=256
 * -XX:StartFlightRecording=settings=profile,filename=run.jfr}; {@code native} reads the samples of
 * threads in native code ({@code jdk.NativeMethodSample}: zlib, the font engine, file writes), which
 * the Java samples do not count.
 */
public final class RecordingShares {

	private RecordingShares() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("RecordingShares FILE.jfr THREAD-PREFIX LAST-SECONDS [native] [Class.method]");
			System.exit(2);
		}
		boolean nativeSamples = args.length > 3 && args[3].equals("native");
		String method = args.length > (nativeSamples ? 4 : 3) ? args[nativeSamples ? 4 : 3] : null;
		List<List<RecordedFrame>> stacks = stacks(Path.of(args[0]), args[1], Double.parseDouble(args[2]),
				nativeSamples ? "jdk.NativeMethodSample" : "jdk.ExecutionSample");
		System.out.printf("%,d samples%n", stacks.size());
		if (method == null) {
			print("under each of our methods (once a sample)", ours(stacks), stacks.size(), 60);
			print("at the top of the stack", leaves(stacks), stacks.size(), 30);
		}
		else {
			print("what " + method + " called", callees(stacks, method), stacks.size(), 30);
		}
	}

	private static List<List<RecordedFrame>> stacks(Path file, String threadPrefix, double lastSeconds, String event)
			throws IOException {
		List<RecordedEvent> samples = new ArrayList<>();
		Instant end = Instant.MIN;
		try (RecordingFile recording = new RecordingFile(file)) {
			while (recording.hasMoreEvents()) {
				RecordedEvent sample = recording.readEvent();
				if (!sample.getEventType().getName().equals(event)) {
					continue;
				}
				RecordedThread thread = sample.getThread("sampledThread");
				if (thread != null && thread.getJavaName() != null && thread.getJavaName().startsWith(threadPrefix)
						&& sample.getStackTrace() != null) {
					samples.add(sample);
					end = sample.getStartTime().isAfter(end) ? sample.getStartTime() : end;
				}
			}
		}
		Instant from = end.minusMillis((long) (lastSeconds * 1000));
		return samples.stream()
			.filter(sample -> !sample.getStartTime().isBefore(from))
			.map(sample -> sample.getStackTrace().getFrames())
			.toList();
	}

	private static Map<String, Integer> ours(List<List<RecordedFrame>> stacks) {
		Map<String, Integer> counts = new HashMap<>();
		for (List<RecordedFrame> frames : stacks) {
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame.getMethod());
				if (name.startsWith("th.itabatch.") && seen.add(name)) {
					counts.merge(name.substring("th.itabatch.".length()), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	private static Map<String, Integer> leaves(List<List<RecordedFrame>> stacks) {
		Map<String, Integer> counts = new HashMap<>();
		stacks.stream().filter(frames -> !frames.isEmpty()).forEach(frames -> counts.merge(name(frames.get(0).getMethod()), 1, Integer::sum));
		return counts;
	}

	/** For each sample with the method on its stack, the method its outermost call of it called. */
	private static Map<String, Integer> callees(List<List<RecordedFrame>> stacks, String method) {
		Map<String, Integer> counts = new HashMap<>();
		for (List<RecordedFrame> frames : stacks) {
			for (int i = frames.size() - 1; i >= 0; i--) {
				if (name(frames.get(i).getMethod()).endsWith(method)) {
					counts.merge(i == 0 ? "(itself)" : name(frames.get(i - 1).getMethod()), 1, Integer::sum);
					break;
				}
			}
		}
		return counts;
	}

	private static String name(RecordedMethod method) {
		return method.getType().getName() + "." + method.getName();
	}

	private static void print(String title, Map<String, Integer> counts, int samples, int limit) {
		System.out.println("== " + title);
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.forEach(e -> System.out.printf("%6d %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / samples, e.getKey()));
	}
}
