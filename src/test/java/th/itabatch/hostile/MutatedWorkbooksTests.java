package th.itabatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SmallSurvey;
import th.itabatch.ingest.internal.IngestedWorkbook;
import th.itabatch.ingest.internal.WorkbookIngestProcessor;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.SurveyProperties;
import th.itabatch.tables.TestTables;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.WorkbookLimits;

/**
 * A mutation fuzzer over real workbooks: the XML parts of the shipped example's scores and plan and
 * of a survey export are damaged at random (bytes flipped, cut, repeated, hostile text inserted),
 * for a bounded number of rounds from a fixed seed, and each result goes through the ingest job's
 * reading of one input. Every one must come out used or answered with located messages, never an
 * exception escaping the readers (then the generic "could not be read" message appears) and never a
 * message with a Java class name in it.
 */
class MutatedWorkbooksTests {

	private static final long SEED = Long.getLong("ita.fuzz.seed", 20261201L);

	private static final int ROUNDS = Integer.getInteger("ita.fuzz.rounds", 400);

	private static final String[] INSERTS = { "<", ">", "\"", "&", "&amp;", "<c r=\"ZZZZZZ9\">", "<row r=\"-1\">",
			" r=\"A0\"", " t=\"s\"", " t=\"d\"", " t=\"e\"", "<v>1E400</v>", "<v>99999999999</v>", "</sheetData>",
			"<f>1/0</f>", "_x000D_", "\u0000", "<!DOCTYPE x [<!ENTITY e \"ee\">]>", "&e;", "<is><t>๙๗.๑๑</t></is>",
			"<si><t>ตัวชี้วัด</t></si>", "<mergeCell ref=\"A1:XFD1048576\"/>" };

	@TempDir
	Path work;

	@Test
	void everyMutatedWorkbookIsUsedOrAnsweredWithLocatedMessages() throws Exception {
		WorkbookIngestProcessor processor = new WorkbookIngestProcessor(TestTables.reader(InputDefaults.none()),
				questionnaire(), WorkbookLimits.DEFAULTS);
		List<byte[]> seeds = List.of(ExampleWorkbooks.bytes(ExampleWorkbooks.scores()),
				ExampleWorkbooks.bytes(ExampleWorkbooks.plan()),
				ExampleWorkbooks.bytes(SmallSurvey.workbook(SmallSurvey.ALL_HIGHEST, SmallSurvey.ALL_LOW)));
		Random random = new Random(SEED);
		int answered = 0;
		for (int round = 0; round < ROUNDS; round++) {
			byte[] seed = seeds.get(random.nextInt(seeds.size()));
			byte[] mutated = mutate(seed, random);
			Path file = work.resolve("fuzz-" + round + ".xlsx");
			Files.write(file, mutated);
			IngestedWorkbook result = processor.process(input(round, file, mutated.length));
			List<Message> messages = result.content().messages();
			String context = "seed " + SEED + ", round " + round + ": " + messages;
			assertThat(messages).as(context).noneMatch(m -> m.code().equals("FILE_UNREADABLE"));
			assertThat(messages).as(context)
				.noneMatch(m -> m.english().matches(".*\\b(java|org|com)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error).*"));
			assertThat(messages).as(context).allMatch(m -> m.file().equals("fuzz.xlsx"));
			if (result.content().hasErrors()) {
				answered++;
			}
			Files.delete(file);
		}
		assertThat(answered).as("the mutations do damage").isPositive();
	}

	private static StoredInput input(long id, Path file, long size) {
		return new StoredInput(id, "0".repeat(64), "fuzz.xlsx", InputSource.FOLDER, file.toString(), file.toString(), size,
				LocalDateTime.now(), null, InputStatus.PENDING, null, null, null, null);
	}

	/** One XML part of the workbook damaged in one to three ways; the zip itself stays whole. */
	private static byte[] mutate(byte[] workbook, Random random) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		List<String> xml = new ArrayList<>(parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList());
		String target = xml.get(random.nextInt(xml.size()));
		byte[] part = parts.get(target);
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			part = edit(part, random);
		}
		parts.put(target, part);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> p : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(p.getKey()));
				zip.write(p.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] edit(byte[] part, Random random) {
		if (part.length == 0) {
			return INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
		}
		int at = random.nextInt(part.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		switch (random.nextInt(5)) {
			case 0 -> { // flip a byte
				byte[] copy = part.clone();
				copy[at] = (byte) random.nextInt(256);
				return copy;
			}
			case 1 -> { // cut a range
				int length = Math.min(part.length - at, 1 + random.nextInt(64));
				out.write(part, 0, at);
				out.write(part, at + length, part.length - at - length);
			}
			case 2 -> { // repeat a range
				int length = Math.min(part.length - at, 1 + random.nextInt(200));
				out.write(part, 0, at + length);
				out.write(part, at, part.length - at);
			}
			case 3 -> { // insert hostile text
				out.write(part, 0, at);
				out.writeBytes(INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
				out.write(part, at, part.length - at);
			}
			default -> { // truncate
				out.write(part, 0, at);
			}
		}
		return out.toByteArray();
	}

	private static Questionnaire questionnaire() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		Binder binder = new Binder(ConfigurationPropertySources.get(environment));
		return new Questionnaire(binder.bind("ita.survey", SurveyProperties.class).get());
	}
}
