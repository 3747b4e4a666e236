package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import th.itabatch.inbox.Registration;
import th.itabatch.ingest.IngestJobConfiguration;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.InputStatus;
import th.itabatch.monthly.MonthlyReportJobConfiguration;
import th.itabatch.runs.RunTrigger;
import th.itabatch.validation.Severity;

/**
 * Every message key the templates use is in both the Thai and the English messages, so no page ever
 * shows {@code ??key_th??}; keys built from a value ({@code #{'status.' + ${i.status()}}}) are
 * checked for every value it can take.
 */
class MessageKeysTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	/** What each key prefix is followed by; a new prefix in a template must be added here. */
	static Map<String, List<String>> dynamicKeys() throws IOException {
		return Map.ofEntries(Map.entry("inputs.outcome.", concat(names(Registration.Outcome.values()), List.of("REFUSED"))),
				Map.entry("status.", names(InputStatus.values())), Map.entry("source.", names(InputSource.values())),
				Map.entry("severity.", names(Severity.values())), Map.entry("run.", names(BatchStatus.values())),
				Map.entry("trigger.", names(RunTrigger.values())), Map.entry("runs.job.", jobNames()),
				Map.entry("failures.job.", jobNames()), Map.entry("step.", stepNames()),
				Map.entry("failure.", names(FailureReason.Kind.values())), Map.entry("reports.kind.", ListedReport.KINDS),
				Map.entry("kind.", List.of(th.itabatch.scores.ScoresKind.NAME, th.itabatch.plan.PlanKind.NAME,
						th.itabatch.plan.ProgressKind.NAME, th.itabatch.units.UnitsKind.NAME,
						th.itabatch.survey.SurveyLayout.KIND)));
	}

	@Test
	void everyKeyOfEveryTemplateIsInBothLanguages() throws IOException {
		Properties thai = load("messages.properties");
		Properties english = load("messages_en.properties");
		Set<String> keys = templateKeys();
		assertThat(keys).as("keys found in the templates").contains("nav.dashboard", "step.scoreSurveysStep",
				"inputs.outcome.REFUSED", "tooLarge.limit");

		assertThat(keys.stream().filter(k -> !thai.containsKey(k)).toList()).as("missing from messages.properties")
			.isEmpty();
		assertThat(keys.stream().filter(k -> !english.containsKey(k)).toList()).as("missing from messages_en.properties")
			.isEmpty();
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
	}

	@Test
	void everyStepOfTheJobsIsFound() throws IOException {
		assertThat(stepNames()).contains("readInputsStep", "scoreSurveysStep", "matchProgressStep", "writeValidationStep",
				"writeReportStep");
	}

	/** Every key used in a template, each concatenated key expanded over its prefix's values. */
	static Set<String> templateKeys() throws IOException {
		Map<String, List<String>> dynamic = dynamicKeys();
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				for (String expression : messageExpressions(text)) {
					keys.addAll(keysOf(expression, dynamic, file));
				}
			}
		}
		return keys;
	}

	/** The insides of every {@code #{…}}, nested ones included, braces balanced. */
	static List<String> messageExpressions(String text) {
		List<String> expressions = new ArrayList<>();
		for (int start = text.indexOf("#{"); start >= 0; start = text.indexOf("#{", start + 2)) {
			int depth = 0;
			for (int i = start + 1; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}' && --depth == 0) {
					expressions.add(text.substring(start + 2, i).strip());
					break;
				}
			}
		}
		return expressions;
	}

	private static final Pattern PLAIN = Pattern.compile("^([\\w.]+)\\s*(\\(.*)?$", Pattern.DOTALL);

	private static final Pattern CONCATENATED = Pattern.compile("^'([\\w.]+)'\\s*\\+\\s*\\$\\{[^}]*\\}$");

	static List<String> keysOf(String expression, Map<String, List<String>> dynamic, Path file) {
		Matcher plain = PLAIN.matcher(expression);
		if (plain.matches()) {
			return List.of(plain.group(1));
		}
		Matcher concatenated = CONCATENATED.matcher(expression);
		assertThat(concatenated.matches()).as("a message expression this test understands, in %s: #{%s}", file, expression)
			.isTrue();
		String prefix = concatenated.group(1);
		assertThat(dynamic).as("the values that follow '%s' (%s): add them to dynamicKeys()", prefix, file)
			.containsKey(prefix);
		return dynamic.get(prefix).stream().map(value -> prefix + value).toList();
	}

	/** The step names as the job configurations give them to their StepBuilders. */
	static List<String> stepNames() throws IOException {
		Pattern step = Pattern.compile("new StepBuilder\\(\"(\\w+)\"");
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = step.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					names.add(m.group(1));
				}
			}
		}
		return names;
	}

	static List<String> jobNames() {
		return List.of(IngestJobConfiguration.JOB_NAME, MonthlyReportJobConfiguration.JOB_NAME);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
