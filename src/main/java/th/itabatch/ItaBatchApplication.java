package th.itabatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import th.itabatch.cli.HashPasswordCommand;
import th.itabatch.cli.RunCommand;
import th.itabatch.workbook.XmlParsers;

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

	static {
		// JAXP looks a factory up anew on every newInstance(): the system property, then a scan of
		// every jar for a service file (through the fat jar's nested jars). XmlBeans asks for a SAX
		// factory for every part POI parses, POI for a transformer factory for every part it writes:
		// 4-5 % of a thousand units' run went to the scan alone. Naming the JDK's own implementations,
		// the ones the scan ends at (no jar of ours provides another), skips it.
		pin("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
		pin("javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
		XmlParsers.reusePerThread();
	}

	private static void pin(String factory, String implementation) {
		if (System.getProperty(factory) == null) {
			System.setProperty(factory, implementation);
		}
	}

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
