package th.itabatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import th.itabatch.cli.HashPasswordCommand;
import th.itabatch.cli.RunCommand;

/**
 * ITA Batch: monthly ITA reports from a division's own workbooks.
 * <p>
 * {@code java -jar ita-batch.jar run --input DIR --output DIR [--month 2564-06]} runs once and exits
 * with 0 (all inputs used), 2 (some rejected) or 1 (failure); without {@code run} it is the service:
 * the web page, the input folder watched, the monthly schedule.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ItaBatchApplication {

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals(RunCommand.NAME)) {
			System.exit(RunCommand.execute(ItaBatchApplication.class, args));
		}
		if (args.length > 0 && args[0].equals(HashPasswordCommand.NAME)) {
			System.exit(HashPasswordCommand.execute());
		}
		SpringApplication.run(ItaBatchApplication.class, args);
	}
}
