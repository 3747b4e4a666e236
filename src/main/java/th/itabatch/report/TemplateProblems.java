package th.itabatch.report;

import java.util.List;

import th.itabatch.validation.Message;
import th.itabatch.validation.StatedFailure;

/**
 * The report templates of a fill that could not be used, each mistake at its sheet and cell (or
 * tag): none of the report's documents was written. The report fails with it, to be made by a run
 * once the templates are corrected.
 */
public final class TemplateProblems extends StatedFailure {

	private static final long serialVersionUID = 1L;

	/** Told in full; the rest counted (a deleted comment can leave many). */
	private static final int TOLD = 3;

	private final transient List<Message> problems;

	public TemplateProblems(List<Message> problems) {
		super(text(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}

	private static String text(List<Message> problems) {
		StringBuilder text = new StringBuilder("แม่แบบรายงานใช้ไม่ได้ จึงไม่ได้จัดทำรายงานนี้ แก้แม่แบบแล้วประมวลผลอีกครั้ง"
				+ " / a report template cannot be used, so this report was not made; correct the template and run again: ");
		text.append(String.join("; ", problems.stream().limit(TOLD).map(Message::toString).toList()));
		if (problems.size() > TOLD) {
			int more = problems.size() - TOLD;
			text.append("; และอีก ").append(more).append(" รายการ / and ").append(more).append(" more");
		}
		return text.toString();
	}
}
