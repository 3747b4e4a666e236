package th.itabatch.cli;

import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import th.itabatch.ItaProperties;
import th.itabatch.monthly.MonthlyReportLauncher;
import th.itabatch.monthly.RunSummary;

/**
 * When the application starts ({@code mvn spring-boot:run}), runs the monthly job once over the
 * configured input folder into the output folder and prints what it did.
 */
@Component
@ConditionalOnProperty(name = "ita.run-on-startup", havingValue = "true", matchIfMissing = true)
class StartupRun implements ApplicationRunner {

	private final MonthlyReportLauncher launcher;

	private final ItaProperties properties;

	StartupRun(MonthlyReportLauncher launcher, ItaProperties properties) {
		this.launcher = launcher;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		RunSummary summary = launcher.run(properties.inputDir(), properties.outputDir(), Optional.empty());
		RunSummaryPrinter.print(summary, System.out);
	}
}
