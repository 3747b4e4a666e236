package th.itabatch.plan;

import java.util.Map;
import java.util.Optional;

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

	/** The status a cell states, ignoring spacing, case and a leading number ("1. ดำเนินการแล้ว"). */
	public static Optional<ProgressStatus> parse(String text) {
		String key = ThaiText.key(text).replaceFirst("^\\d+\\s*[.)]\\s*", "");
		ProgressStatus status = WORDS.get(key);
		if (status == null) {
			status = WORDS.get(key.replace(" ", ""));
		}
		return Optional.ofNullable(status);
	}
}
