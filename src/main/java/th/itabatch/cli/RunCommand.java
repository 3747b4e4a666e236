package th.itabatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.itabatch.settings.ConfigFileFailureAnalyzer;
import th.itabatch.validation.PlainReason;

/**
 * The one-shot command for OS schedulers and scripts:
 * {@code java -jar ita-batch.jar run --input DIR --output DIR [--month 2564-06]}. Prints the paths
 * it wrote and every located message; exits 0 when every input was used, 2 when some input was
 * rejected (reports are still made from the others), 1 on any other failure.
 */
public final class RunCommand {

	public static final String NAME = "run";

	private RunCommand() {
	}

	/**
	 * @param application the Spring Boot application class to start for the run
	 * @param args the command line, {@code run} first
	 */
	public static int execute(Class<?> application, String[] args) {
		RunArguments arguments;
		try {
			arguments = RunArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("ita-batch run: " + ex.getMessage());
			System.err.println(RunArguments.USAGE);
			return 1;
		}
		if (!Files.isDirectory(arguments.input())) {
			System.err.println("ไม่พบโฟลเดอร์นำเข้า / input folder not found: " + arguments.input().toAbsolutePath());
			return 1;
		}
		// Reports written into the folder read would be read as workbooks sent at the next run (a trial).
		if (arguments.output() != null && arguments.input().toAbsolutePath().normalize()
			.equals(arguments.output().toAbsolutePath().normalize())) {
			System.err.println("--output เป็นโฟลเดอร์เดียวกับ --input: รายงานที่เขียนไว้จะถูกอ่านเป็นไฟล์นำเข้าในครั้งถัดไป ให้ใช้โฟลเดอร์อื่น"
					+ " / --output is the --input folder: the reports written there would be read as inputs at the next run;"
					+ " give them another folder");
			return 1;
		}
		List<String> springArguments = new ArrayList<>(arguments.springArguments());
		// The command does its one run: no inbox watching, no schedule.
		springArguments.add("--ita.inbox.enabled=false");
		springArguments.add("--ita.schedule.enabled=false");
		// Its one run would only share the cores with a warm-up, which pays for later runs.
		springArguments.add("--ita.runs.warm-up-fills=0");
		// A start that fails is told below in plain words, not as Spring's stack trace.
		springArguments.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
		springArguments.add("--logging.level.org.springframework.context=ERROR");
		springArguments.add("--logging.level.org.apache.commons.dbcp2=OFF");
		// "This instance leads: it watches the input folder" is not so for the command, which watches none.
		springArguments.add("--logging.level.th.itabatch.cluster.Leadership=WARN");
		int exitCode;
		String database;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(springArguments.toArray(String[]::new))) {
			database = context.getEnvironment().getProperty("spring.datasource.url", "");
			RunSummary summary = context.getBean(OneShotRun.class)
				.run(arguments.input(), arguments.output(), arguments.month());
			RunSummaryPrinter.print(summary, System.out);
			exitCode = summary.exitCode();
		}
		catch (Exception ex) {
			System.err.println("ล้มเหลว / failed: " + reason(ex));
			return 1;
		}
		awaitEmbeddedDatabaseClosed(database);
		return exitCode;
	}

	/**
	 * Waits, at most {@value #CLOSING_SECONDS} s, until the embedded database has written its files and
	 * let go of its folder: it shuts down when its last connection closes, and a thread's connection
	 * returned after the pool closed (a loaded machine: CI's RunCommandTests found the lock file there
	 * as the command returned) left a script or a cron job starting the next command on a folder in use.
	 */
	static void awaitEmbeddedDatabaseClosed(String url) {
		String prefix = "jdbc:hsqldb:file:";
		if (!url.startsWith(prefix)) {
			return;
		}
		String path = url.substring(prefix.length());
		Path lock = Path.of((path.contains(";") ? path.substring(0, path.indexOf(';')) : path) + ".lck");
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSING_SECONDS);
		while (Files.exists(lock) && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static final int CLOSING_SECONDS = 30;

	/** Why the run could not be done, in words a user can act on. */
	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if ((message.contains("lockFile") || message.contains(".lck"))
					&& (message.contains("Permission denied") || message.contains("Read-only file system")
							|| message.contains("Not a directory") || message.contains("No such file or directory"))) {
				// Not another ITA Batch: a folder of root's run as the service's user, a data-dir that is a file or
				// cannot be made (trials were told "in use").
				return "เขียนหรือสร้างโฟลเดอร์ข้อมูลไม่ได้ ให้ตรวจว่าเป็นโฟลเดอร์ (ไม่ใช่ไฟล์) และผู้ใช้ที่รันเป็นเจ้าของ หรือใช้"
						+ " --ita.data-dir=โฟลเดอร์อื่น / the data folder cannot be written or made: check that it is a folder"
						+ " (not a file) that the user running this owns, or give --ita.data-dir=another folder";
			}
			if (message.contains("lockFile") || message.contains(".lck")) {
				return "โฟลเดอร์ข้อมูลกำลังถูกใช้โดย ITA Batch อีกตัวหนึ่ง (เช่น บริการที่เปิดอยู่) ให้หยุดตัวนั้นก่อน หรือใช้ "
						+ "--ita.data-dir=โฟลเดอร์อื่น / the data folder is in use by another running ITA Batch (the service?); "
						+ "stop it first, or give --ita.data-dir=another folder";
			}
		}
		return ConfigFileFailureAnalyzer.told(failure).orElseGet(() -> PlainReason.of(failure));
	}
}
