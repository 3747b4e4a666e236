package th.itabatch.plan;

import java.time.YearMonth;

import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;

/**
 * The warning that a month's progress arrived after that month's report was made and due
 * ({@code PROGRESS_AFTER_REPORT}), which a report of the month made from the current data answers.
 */
public final class LateProgress {

	private LateProgress() {
	}

	/**
	 * True when the message is that warning for the month (and the unit, where one is given): a report
	 * of that month made now has the progress it says is missing.
	 */
	public static boolean answeredBy(Message message, String unit, YearMonth month) {
		return MessageCode.PROGRESS_AFTER_REPORT.name().equals(message.code())
				&& (unit == null || unit.equals(message.unit()))
				&& message.english().contains("progress for " + month + " arrived");
	}
}
