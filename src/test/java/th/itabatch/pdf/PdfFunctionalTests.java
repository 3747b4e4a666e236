package th.itabatch.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.settings.ItaProperties;

/**
 * The PDFs of the example's report and brief, written beside them where LibreOffice is installed
 * (skipped where it or poppler's pdftotext is not; .ci/run installs both), their text holding the
 * figures: the report's scores, the brief's in Thai digits.
 */
@ItaApplicationTest
@TestPropertySource(properties = "ita.pdf.enabled=true")
class PdfFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private th.itabatch.runs.RunCoordinator coordinator;

	@Autowired
	private PdfCopies pdfs;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ItaProperties properties;

	@Test
	void theReportAndTheBriefHaveTheirPdfsHoldingTheFigures(@TempDir Path work) throws Exception {
		assumeTrue(pdfs.available(), "LibreOffice (soffice) is not installed");
		assumeTrue(runs("pdftotext", "-v"), "poppler-utils' pdftotext is not installed");
		Path input = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input"), input);
		// Into the application's output folder: downloads are served from there alone.
		Path output = properties.outputDir();
		oneShot.run(input, output, Optional.empty());

		Path report = output.resolve("ITA-report_กองคลัง_FY2564_2564-06.pdf");
		Path brief = output.resolve("ITA-brief_กองคลัง_FY2564_2564-06.pdf");
		assertThat(report).isRegularFile();
		assertThat(brief).isRegularFile();
		assertThat(text(report)).contains("กองคลัง", "๙๗.๑๑", "๘๗.๙๙", "๙๒.๕๑");
		assertThat(text(brief)).contains("เอกสารสรุปประเด็น", "หลักการและเหตุผล", "๙๗.๑๑", "๘๗.๙๙", "๙๒.๕๐");
		try (Stream<Path> history = Files.walk(output.resolve("history"))) {
			assertThat(history.filter(f -> f.toString().endsWith(".pdf"))).as("the run's own copies have theirs too")
				.hasSize(2);
		}
		String page = mvc.perform(get("/reports").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("id=\"no-pdf\"");
		Matcher link = Pattern.compile("href=\"(/reports/\\d+/file/2/pdf)\"").matcher(page);
		assertThat(link.find()).as("the brief's PDF offered on the reports page").isTrue();
		mvc.perform(get(link.group(1)).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));

		// A run killed after the documents and before their PDFs: the next run, which finds the report
		// made and its data unchanged, makes the PDFs it lacks (a trial's 266 units went without for good).
		Files.delete(report);
		try (Stream<Path> history = Files.walk(output.resolve("history"))) {
			for (Path pdf : history.filter(f -> f.getFileName().toString().startsWith("ITA-report_")
					&& f.toString().endsWith(".pdf")).toList()) {
				Files.delete(pdf);
			}
		}
		oneShot.run(input, output, Optional.empty());
		assertThat(report).isRegularFile();
		assertThat(text(report)).contains("กองคลัง", "๙๒.๕๑");
		try (Stream<Path> history = Files.walk(output.resolve("history"))) {
			assertThat(history.filter(f -> f.toString().endsWith(".pdf"))).as("both copies have theirs again").hasSize(2);
		}

		// And "run now", what a user does on finding one missing (a trial's unit kept none, "unchanged").
		Files.delete(brief);
		coordinator.run(new th.itabatch.runs.RunRequest(th.itabatch.runs.RunTrigger.MANUAL, Optional.empty(), null, null,
				output));
		assertThat(brief).isRegularFile();
	}

	private static String text(Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
			.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return text;
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}
}
