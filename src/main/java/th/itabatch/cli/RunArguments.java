package th.itabatch.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.itabatch.thai.ThaiMonths;

/**
 * The arguments of {@code run}: {@code --input DIR --output DIR [--month 2564-06 | 2021-06]}, each
 * also as {@code --name=value}; any other {@code --key=value} goes to Spring as a setting.
 *
 * @param input the input folder
 * @param output the output folder
 * @param month the report month, or empty to let the job choose
 * @param springArguments the remaining arguments, for Spring
 */
record RunArguments(Path input, Path output, Optional<YearMonth> month, List<String> springArguments) {

	static final String USAGE = """
			วิธีใช้ / usage: java -jar ita-batch.jar run --input DIR --output DIR [--month YYYY-MM] [--key=value …]
			  --input   โฟลเดอร์ไฟล์นำเข้า / the folder of input workbooks
			  --output  โฟลเดอร์ที่เขียนรายงาน / the folder the reports are written to
			  --month   เดือนที่รายงาน พ.ศ. หรือ ค.ศ. / the month to report on, BE or CE: 2564-06 or 2021-06 (also "มิ.ย. 2564");
			            ถ้าไม่ระบุ ใช้เดือนก่อนเดือนปัจจุบัน หรือเดือนล่าสุดของผลการดำเนินงาน เมื่อข้อมูลเป็นของปีงบประมาณก่อน /
			            without it, the previous month, or the latest month the inputs' progress covers
			            when they belong to an earlier fiscal year
			รหัสออก / exit codes:
			  0 ใช้ได้ทุกไฟล์ / every input used
			  2 บางไฟล์ถูกปฏิเสธ (ยังจัดทำรายงาน) / some input rejected (reports still made)
			  1 ล้มเหลวด้วยเหตุอื่น / any other failure""";

	static RunArguments parse(String[] args) {
		Path input = null;
		Path output = null;
		Optional<YearMonth> month = Optional.empty();
		List<String> spring = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean ours = name.equals("--input") || name.equals("--output") || name.equals("--month");
			if (!ours) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("ไม่รู้จักอาร์กิวเมนต์ / unknown argument: " + arg);
				}
				spring.add(arg);
				continue;
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				value = "";
			}
			if (value.isBlank()) {
				// "--input=" alone read the working folder as the input.
				throw new IllegalArgumentException(name + " ต้องมีค่า / needs a value");
			}
			switch (name) {
				case "--input" -> input = folder(name, value);
				case "--output" -> output = folder(name, value);
				default -> month = Optional.of(ThaiMonths.yearMonth(value));
			}
		}
		if (input == null || output == null) {
			throw new IllegalArgumentException("ต้องระบุ --input และ --output / --input and --output are required");
		}
		return new RunArguments(input, output, month, spring);
	}

	/**
	 * A folder's path as typed; one the system cannot take is said in both languages, where Java said
	 * "Illegal char <\"> at index 9" (cmd.exe leaves a quote in {@code --input "C:\ITA\in\"}).
	 */
	private static Path folder(String name, String value) {
		try {
			return Path.of(value);
		}
		catch (InvalidPathException ex) {
			throw new IllegalArgumentException(name + " \"" + value + "\" ไม่ใช่ชื่อโฟลเดอร์ที่ใช้ได้ (" + ex.getReason()
					+ ") / is not a usable folder name (" + ex.getReason() + ")");
		}
	}
}
