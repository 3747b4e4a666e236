package th.itabatch.plan;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiText;

/** Where an activity stands, as the progress sheet says. */
public enum ProgressStatus {

	DONE("ดำเนินการแล้ว", "done"), IN_PROGRESS("อยู่ระหว่างดำเนินการ", "in progress"),
	NOT_STARTED("ยังไม่ดำเนินการ", "not started"),

	/** No progress row for the activity yet; never read from a workbook. */
	NOT_REPORTED("ยังไม่มีรายงานผล", "not reported");

	private static final Map<String, ProgressStatus> WORDS = Map.ofEntries(Map.entry("ดำเนินการแล้ว", DONE),
			Map.entry("ดำเนินการเรียบร้อยแล้ว", DONE), Map.entry("ดำเนินการเรียบร้อย", DONE),
			Map.entry("ดำเนินการแล้วเสร็จ", DONE), Map.entry("แล้วเสร็จ", DONE), Map.entry("เสร็จ", DONE),
			Map.entry("เสร็จแล้ว", DONE), Map.entry("เสร็จสิ้น", DONE), Map.entry("เรียบร้อย", DONE),
			// The same words in the other order, as a trial's progress sheet had them.
			Map.entry("ดำเนินการเสร็จแล้ว", DONE), Map.entry("ดำเนินการเสร็จสิ้น", DONE),
			Map.entry("ดำเนินการเสร็จสิ้นแล้ว", DONE), Map.entry("เสร็จสิ้นแล้ว", DONE), Map.entry("ดำเนินการเสร็จ", DONE),
			Map.entry("done", DONE), Map.entry("completed", DONE), Map.entry("complete", DONE),
			Map.entry("finished", DONE), Map.entry("✓", DONE), Map.entry("✔", DONE), Map.entry("☑", DONE),
			Map.entry("อยู่ระหว่างดำเนินการ", IN_PROGRESS), Map.entry("ระหว่างดำเนินการ", IN_PROGRESS),
			Map.entry("กำลังดำเนินการ", IN_PROGRESS), Map.entry("อยู่ระหว่างการดำเนินการ", IN_PROGRESS),
			Map.entry("in progress", IN_PROGRESS), Map.entry("inprogress", IN_PROGRESS),
			Map.entry("ongoing", IN_PROGRESS), Map.entry("started", IN_PROGRESS),
			Map.entry("ยังไม่ดำเนินการ", NOT_STARTED), Map.entry("ยังไม่ได้ดำเนินการ", NOT_STARTED),
			Map.entry("ไม่ได้ดำเนินการ", NOT_STARTED), Map.entry("ยังไม่เริ่ม", NOT_STARTED),
			Map.entry("ยังไม่เริ่มดำเนินการ", NOT_STARTED), Map.entry("not started", NOT_STARTED),
			Map.entry("notstarted", NOT_STARTED), Map.entry("pending", NOT_STARTED), Map.entry("todo", NOT_STARTED),
			Map.entry("to do", NOT_STARTED));

	/** "ร้อยละ 50", "50%", "50 %", "(50.0%)": the percent's whole number. */
	private static final Pattern PERCENT = Pattern
		.compile("(?:ร้อยละ|percent)\\s*(\\d{1,3})(?:\\.\\d+)?|(\\d{1,3})(?:\\.\\d+)?\\s*%");

	private final String thai;

	private final String english;

	ProgressStatus(String thai, String english) {
		this.thai = thai;
		this.english = english;
	}

	public String thai() {
		return thai;
	}

	public String english() {
		return english;
	}

	/**
	 * A status as a cell states it, with the percent some teams add.
	 *
	 * @param status the status
	 * @param percent how far along, or {@code null}
	 */
	public record Stated(ProgressStatus status, Integer percent) {
	}

	/**
	 * The status and percent a cell states: "อยู่ระหว่างดำเนินการ (ร้อยละ 50)", "in progress 50%", or a
	 * percent alone ("50%": in progress; "100%": done; "0%": not started).
	 */
	public static Optional<Stated> parseStated(String text) {
		Matcher percent = PERCENT.matcher(ThaiText.key(text));
		if (!percent.find()) {
			return parse(text).map(status -> new Stated(status, null));
		}
		int value = Math.min(Integer.parseInt(percent.group(1) != null ? percent.group(1) : percent.group(2)), 100);
		String words = (ThaiText.key(text).substring(0, percent.start()) + " " + ThaiText.key(text).substring(percent.end()))
			.replaceAll("[()\\[\\]:,\\-]", " ");
		Optional<ProgressStatus> said = words.isBlank() ? Optional.empty() : parse(words);
		if (!words.isBlank() && said.isEmpty()) {
			return Optional.empty();
		}
		ProgressStatus status = said.orElse(value >= 100 ? DONE : value == 0 ? NOT_STARTED : IN_PROGRESS);
		return Optional.of(new Stated(status, status == IN_PROGRESS ? value : null));
	}

	/** The status a cell states, ignoring spacing, case and a leading number ("1. ดำเนินการแล้ว"). */
	public static Optional<ProgressStatus> parse(String text) {
		String key = ThaiText.key(text).replaceFirst("^\\d+\\s*[.)]\\s*", "").strip();
		ProgressStatus status = WORDS.get(key);
		if (status == null) {
			status = WORDS.get(key.replace(" ", ""));
		}
		return Optional.ofNullable(status);
	}
}
