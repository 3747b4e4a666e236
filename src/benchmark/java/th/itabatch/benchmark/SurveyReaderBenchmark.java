package th.itabatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.itabatch.examples.SurveyExports;

/**
 * The survey reader against its peers, side by side: 100,000 respondents × 35 columns, once with a
 * shared-strings table (as Excel, Google Sheets and LibreOffice write) and once with inline strings.
 * Each reader runs in a JVM of its own, with the smallest of 64 MB, 256 MB, 1 GB, 6 GB heaps it
 * completes in; all must read the same values. Then the one-shot scoring of the export with a
 * 256 MB heap. Prints a table for docs/benchmarks.md.
 * <p>
 * {@code mvn -q -Pbenchmark test-compile exec:exec -Dbenchmark.main=th.itabatch.benchmark.SurveyReaderBenchmark}
 */
public final class SurveyReaderBenchmark {

	private static final String[] HEAPS = { "64m", "256m", "1g", "6g" };

	private SurveyReaderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		Path folder = Files.createDirectories(Path.of("target", "benchmark"));
		Path shared = folder.resolve("survey-100k-shared-strings.xlsx");
		Path inline = folder.resolve("survey-100k-inline-strings.xlsx");
		if (!Files.exists(shared)) {
			SurveyExports.write(shared, 100_000, true, 1);
		}
		if (!Files.exists(inline)) {
			SurveyExports.write(inline, 100_000, false, 1);
		}
		System.out.printf("java %s, %d cores; medians of %d reads after a warm-up%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), runs);
		for (Path file : List.of(shared, inline)) {
			System.out.printf("%n%s (%d MB)%n", file.getFileName(), Files.size(file) >> 20);
			System.out.println("| reader | heap it ran in | median | min | max | rows/s | heap peak | cells | values agree |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			Map<Readers, String[]> results = new LinkedHashMap<>();
			for (Readers reader : Readers.values()) {
				results.put(reader, run(reader, file, runs));
			}
			String ours = results.get(Readers.OURS)[7];
			for (Map.Entry<Readers, String[]> result : results.entrySet()) {
				String[] r = result.getValue();
				boolean floor = result.getKey() == Readers.FLOOR;
				double median = Double.parseDouble(r[1]);
				System.out.printf("| %s | %s | %.2f s | %.2f s | %.2f s | %,.0f | %s MB | %s | %s |%n", result.getKey(), r[0],
						median, Double.parseDouble(r[2]), Double.parseDouble(r[3]), Long.parseLong(r[5]) / median, r[4],
						r[6], floor ? "(counts only)" : (r[7].equals(ours) ? "yes" : "NO"));
			}
			double ourTime = Double.parseDouble(results.get(Readers.OURS)[1]);
			System.out.printf("ours vs dhatim (rows/s): %.2f×; ours vs the floor (time): %.2f×%n",
					Double.parseDouble(results.get(Readers.DHATIM)[1]) / ourTime,
					ourTime / Double.parseDouble(results.get(Readers.FLOOR)[1]));
		}
		// The same export as Google Forms downloads it: every value quoted, UTF-8; read by the same stream.
		Path csv = folder.resolve("survey-100k.csv");
		if (!Files.exists(csv)) {
			writeCsv(shared, csv);
		}
		String[] csvRead = run(Readers.OURS, csv, runs);
		String[] csvJob = fork(List.of("-Xmx256m", "th.itabatch.benchmark.JobOnce", csv.toString(), String.valueOf(runs)), "JOB");
		System.out.printf("%n%s (%d MB): ours in %s, median %s s (min %s, max %s), heap peak %s MB, %s cells, values agree"
				+ " with the workbook's: %s; one-shot scoring with -Xmx256m: ingest job %s s, whole run %s s%n",
				csv.getFileName(), Files.size(csv) >> 20, csvRead[0], csvRead[1], csvRead[2], csvRead[3], csvRead[4],
				csvRead[6], csvRead[7].equals(run(Readers.OURS, shared, 1)[7]) ? "yes" : "NO", csvJob[1], csvJob[3]);
		String[] job = fork(List.of("-Xmx256m", "th.itabatch.benchmark.JobOnce", shared.toString(), String.valueOf(runs)),
				"JOB");
		double bare = Double.parseDouble(run(Readers.OURS, shared, runs)[1]);
		System.out.printf("%none-shot scoring of %s with -Xmx256m: ingest job %s s (of which scoring the rows %s s), "
				+ "whole run %s s; bare read %.2f s; job / bare read %.2f×%n", shared.getFileName(), job[1], job[2], job[3],
				bare, Double.parseDouble(job[1]) / bare);
	}

	/** Writes the workbook's rows as a CSV file, every value quoted, as Google Forms downloads responses. */
	private static void writeCsv(Path workbook, Path csv) throws IOException {
		try (th.itabatch.workbook.stream.RowStream rows = th.itabatch.workbook.stream.RowStreams.open(workbook);
				java.io.Writer out = Files.newBufferedWriter(csv)) {
			while (rows.next()) {
				for (int c = 0; c < rows.width(); c++) {
					String value = rows.value(c);
					out.write((c == 0 ? "" : ",") + "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"");
				}
				out.write("\r\n");
			}
		}
	}

	/** { heap, median, min, max, peak MB, rows, cells, checksum }. */
	private static String[] run(Readers reader, Path file, int runs) throws Exception {
		int firstHeap = reader == Readers.POI_USERMODEL ? 2 : 0;
		for (int h = firstHeap; h < HEAPS.length; h++) {
			String[] line = fork(List.of("-Xmx" + HEAPS[h], "th.itabatch.benchmark.ReadOnce", reader.name(), file.toString(),
					String.valueOf(runs)), "RESULT");
			if (line != null) {
				return new String[] { HEAPS[h], line[2], line[3], line[4], line[5], line[6], line[7], line[8] };
			}
		}
		throw new IllegalStateException(reader + " did not complete even with " + HEAPS[HEAPS.length - 1]);
	}

	/** Runs a main class in a JVM of its own; returns its line starting with the marker, split, or null. */
	private static String[] fork(List<String> arguments, String marker) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		int exit = process.waitFor();
		for (String line : output.split("\n")) {
			if (line.startsWith(marker + " ")) {
				return line.trim().split(" ");
			}
		}
		if (exit == 0) {
			throw new IllegalStateException("no result from " + arguments + ":\n" + output);
		}
		return null;
	}
}
