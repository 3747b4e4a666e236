package th.itabatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep their boundaries (Spring Modulith: no cycles, no reaching into another module's
 * internals), the domain knows nothing of Spring Batch, the web or the outer features (ArchUnit),
 * and the module diagram in the README is the one the code has.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ItaBatchApplication.class);

	/** The domain: what the workbooks say and what the reports compute, whoever runs it. */
	static final String[] DOMAIN = { "th.itabatch.thai..", "th.itabatch.catalog..", "th.itabatch.files..",
			"th.itabatch.workbook..", "th.itabatch.validation..", "th.itabatch.tables..", "th.itabatch.scores..",
			"th.itabatch.plan..", "th.itabatch.survey..", "th.itabatch.report..", "th.itabatch.units.." };

	/** The outer features, which run the domain: jobs, files arriving, schedules, pages, commands. */
	static final String[] OUTER = { "th.itabatch.inputs..", "th.itabatch.inbox..", "th.itabatch.ingest..",
			"th.itabatch.monthly..", "th.itabatch.runs..", "th.itabatch.schedule..", "th.itabatch.security..",
			"th.itabatch.web..", "th.itabatch.cli..", "th.itabatch.settings..", "th.itabatch.cluster..", "th.itabatch.pdf.." };

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("th.itabatch");

	static final Path README = Path.of("README.md");

	static final String START = "<!-- modules: drawn by ModularityTests from the code -->";

	static final String END = "<!-- /modules -->";

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theDomainKnowsNothingOfSpringBatchOrTheWeb() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.batch..", "org.springframework.web..", "jakarta.servlet..",
					"org.springframework.security..", "org.thymeleaf..")
			.because("the domain must not care whether a job, a page or a command runs it")
			.check(CLASSES);
	}

	@Test
	void dependenciesPointFromTheOuterFeaturesInward() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(OUTER)
			.check(CLASSES);
	}

	@Test
	void everyModuleIsNamedAsDomainOrOuter() {
		List<String> named = java.util.stream.Stream.concat(java.util.Arrays.stream(DOMAIN), java.util.Arrays.stream(OUTER))
			.map(p -> p.substring("th.itabatch.".length(), p.length() - 2))
			.sorted()
			.toList();
		assertThat(MODULES.stream().map(ApplicationModule::getName).sorted().toList())
			.as("a new module must be added to DOMAIN or OUTER here")
			.isEqualTo(named);
	}

	/**
	 * The README's module diagram is drawn from the code; run with {@code -Dita.modules.update=true}
	 * to redraw it after adding a module or a dependency. Modulith's own documentation (PlantUML, a
	 * canvas per module) is written to {@code target/spring-modulith-docs}.
	 */
	@Test
	void theReadmeShowsTheModulesAsTheCodeHasThem() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		String diagram = mermaid();
		String readme = Files.readString(README, StandardCharsets.UTF_8);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("README.md has the module diagram markers").isNotNegative();
		String current = readme.substring(start + START.length(), end);
		if (Boolean.getBoolean("ita.modules.update")) {
			Files.writeString(README, readme.substring(0, start + START.length()) + diagram + readme.substring(end),
					StandardCharsets.UTF_8);
			return;
		}
		assertThat(current).as("README.md's module diagram; redraw with -Dita.modules.update=true").isEqualTo(diagram);
	}

	/** The modules and their direct dependencies as a Mermaid graph, domain modules at the bottom. */
	static String mermaid() {
		StringBuilder text = new StringBuilder("\n```mermaid\nflowchart TD\n");
		List<ApplicationModule> modules = MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
		for (ApplicationModule module : modules) {
			String targets = module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.sorted()
				.collect(Collectors.joining(" & "));
			if (!targets.isEmpty()) {
				text.append("  ").append(module.getName()).append(" --> ").append(targets).append('\n');
			}
		}
		return text.append("```\n").toString();
	}
}
