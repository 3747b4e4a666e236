package th.itabatch.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import th.itabatch.benchmark.LargeInputs;

/**
 * Writes the made-up unit's workbooks the service warms up on ({@code src/main/resources/warm-up/}):
 * a unit of the department benchmark's shape, ten indicators in two rounds and a plan of fifteen
 * activities with June's progress. Run it ({@code java -cp … th.itabatch.runs.WarmUpWorkbooks
 * src/main/resources/warm-up}) only to remake them; {@link WarmUpTests} checks what they hold.
 */
public final class WarmUpWorkbooks {

	static final String UNIT = "หน่วยงานตัวอย่าง";

	private WarmUpWorkbooks() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createDirectories(Path.of(args[0]));
		LargeInputs.writeScores(folder.resolve("scores.xlsx"), List.of(UNIT));
		LargeInputs.writePlan(folder.resolve("plan.xlsx"), UNIT, 15);
	}
}
