package th.itabatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.ItaBatchApplication;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.files.ContentHash;

/**
 * Every input gets an answer: a corpus of hostile, damaged, disguised and unusual files dropped
 * beside the shipped example in one folder and run through the one-shot command in a JVM of its
 * own at the heap the README recommends (-Xmx512m). The run ends with exit 2 (some input rejected),
 * the example's report is made, every file is answered (used, rejected with a located message, or
 * named as ignored), nothing on the console is a stack trace, and no input file is changed.
 */
class HostileInputsTests {

	@TempDir
	Path work;

	@Test
	void everyFileIsAnsweredAndTheExampleIsStillReported() throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		ExampleWorkbooks.main(new String[] { input.toString() });
		Map<String, HostileFiles.Outcome> expected = HostileFiles.writeAll(input);
		assertThat(expected).hasSizeGreaterThanOrEqualTo(40);
		Map<Path, String> before = hashes(input);
		Path output = work.resolve("output");
		Path console = work.resolve("console.txt");

		Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", System.getProperty("java.class.path"), ItaBatchApplication.class.getName(), "run", "--input",
				input.toString(), "--output", output.toString(), "--ita.data-dir=" + work.resolve("data"))
			.redirectErrorStream(true)
			.redirectOutput(console.toFile())
			.start();
		boolean ended = run.waitFor(10, TimeUnit.MINUTES);
		if (!ended) {
			run.destroyForcibly();
		}
		String text = Files.readString(console, StandardCharsets.UTF_8);

		assertThat(ended).as("the run ends").isTrue();
		assertThat(run.exitValue()).as(text).isEqualTo(2);
		assertThat(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx")).as("the example's report").isRegularFile();
		assertThat(text.lines().filter(line -> line.startsWith("\tat ") || line.contains("Exception:")
				|| line.contains("OutOfMemoryError")).toList()).as("stack traces on the console").isEmpty();
		List<String> lines = text.lines().toList();
		for (Map.Entry<String, HostileFiles.Outcome> file : expected.entrySet()) {
			String name = file.getKey();
			switch (file.getValue()) {
				case IGNORED -> assertThat(lines).as(name).anyMatch(l -> l.contains("ignored") && l.contains(name));
				case USED -> assertThat(lines).as(name + "\n" + text).anyMatch(l -> l.contains("ใช้แล้ว / used") && l.endsWith(name));
				case REJECTED -> {
					assertThat(lines).as(name + "\n" + text).anyMatch(l -> l.contains("ไม่ผ่าน / rejected") && l.endsWith(name));
					assertThat(lines).as("a located message about " + name)
						.anyMatch(l -> l.startsWith("  ERROR " + name + " › ") || l.startsWith("  ERROR " + name + " · "));
				}
			}
		}
		assertThat(lines).as("what to do about a Strict workbook")
			.anyMatch(l -> l.startsWith("  ERROR strict-ooxml.xlsx") && l.contains("Strict Open XML") && l.contains("(.xlsx)"));
		assertThat(hashes(input)).as("no input file is changed, moved or deleted").isEqualTo(before);
	}

	private static Map<Path, String> hashes(Path folder) throws Exception {
		Map<Path, String> hashes = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				hashes.put(file, ContentHash.sha256(Files.readAllBytes(file)));
			}
		}
		return hashes;
	}
}
