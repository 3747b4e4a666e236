package th.itabatch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.MonthYear;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiDigits;
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
			usage: java -jar ita-batch.jar run --input DIR --output DIR [--month YYYY-MM] [--key=value …]
			  --month  the month to report on, BE or CE: 2564-06 or 2021-06 (also "มิ.ย. 2564");
			           without it, the previous month, or the latest month the inputs' progress covers
			           when they belong to an earlier fiscal year
			exit codes: 0 every input used, 2 some input rejected (reports still made), 1 any other failure""";

	private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})$");

	private static final Pattern MONTH_YEAR = Pattern.compile("^(\\d{1,2})[-/.](\\d{4})$");

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
					throw new IllegalArgumentException("unknown argument: " + arg);
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
				throw new IllegalArgumentException(name + " needs a value");
			}
			switch (name) {
				case "--input" -> input = Path.of(value);
				case "--output" -> output = Path.of(value);
				default -> month = Optional.of(month(value));
			}
		}
		if (input == null || output == null) {
			throw new IllegalArgumentException("--input and --output are required");
		}
		return new RunArguments(input, output, month, spring);
	}

	/** "2564-06", "2021-06", "06/2564", "มิ.ย. 2564", "มิถุนายน ๒๕๖๔". */
	static YearMonth month(String text) {
		String value = ThaiDigits.toArabic(text.trim());
		Matcher ym = YEAR_MONTH.matcher(value);
		Matcher my = MONTH_YEAR.matcher(value);
		int year;
		int monthNumber;
		if (ym.matches()) {
			year = Integer.parseInt(ym.group(1));
			monthNumber = Integer.parseInt(ym.group(2));
		}
		else if (my.matches()) {
			year = Integer.parseInt(my.group(2));
			monthNumber = Integer.parseInt(my.group(1));
		}
		else {
			Optional<MonthYear> named = ThaiMonths.parse(value).filter(m -> m.yearBE() != null);
			if (named.isEmpty()) {
				throw new IllegalArgumentException("cannot read the month \"" + text + "\" (e.g. 2564-06 or 2021-06)");
			}
			return named.get().yearMonth().orElseThrow();
		}
		if (monthNumber < 1 || monthNumber > 12) {
			throw new IllegalArgumentException("no month " + monthNumber + " in \"" + text + "\"");
		}
		return YearMonth.of(ThaiCalendar.yearToBE(year) - ThaiCalendar.BE_OFFSET, monthNumber);
	}
}
