package th.itabatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import th.itabatch.cli.RunCommand;

/**
 * ITA Batch: monthly ITA reports from a division's own workbooks.
 * <p>
 * {@code java -jar ita-batch.jar run --input DIR --output DIR [--month 2564-06]} runs the monthly
 * job once and exits with 0 (all inputs used), 2 (some rejected) or 1 (failure); without {@code run}
 * the application runs the job once over the configured input folder.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ItaBatchApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(RunCommand.NAME)) {
			System.exit(RunCommand.execute(args));
		}
		System.exit(SpringApplication.exit(SpringApplication.run(ItaBatchApplication.class, args)));
	}
}
