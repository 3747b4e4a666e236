package th.itabatch.workbook;

import th.itabatch.validation.MessageCode;

/** A file that cannot be read as a workbook, with the message code that tells the user why. */
public class UnreadableWorkbookException extends Exception {

	private final MessageCode code;

	private final String detail;

	public UnreadableWorkbookException(MessageCode code, String detail, Throwable cause) {
		super(code + ": " + detail, cause);
		this.code = code;
		this.detail = detail;
	}

	public MessageCode code() {
		return code;
	}

	public String detail() {
		return detail;
	}
}
