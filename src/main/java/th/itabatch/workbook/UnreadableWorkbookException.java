package th.itabatch.workbook;

/** A file that cannot be read as a workbook, with the reason that tells the user why. */
public class UnreadableWorkbookException extends Exception {

	/** Why a file cannot be read as a workbook. */
	public enum Reason {

		/** Another kind of file: PDF, CSV, a Word document, an OpenDocument spreadsheet… */
		NOT_A_WORKBOOK,

		/** A workbook protected by a password. */
		ENCRYPTED,

		/** A workbook that is damaged or incomplete. */
		DAMAGED,

		/** A file over one of the {@link WorkbookLimits}: the detail names the limit and its setting. */
		TOO_LARGE

	}

	private final Reason reason;

	private final String detail;

	public UnreadableWorkbookException(Reason reason, String detail, Throwable cause) {
		super(reason + ": " + detail, cause);
		this.reason = reason;
		this.detail = detail;
	}

	/** A file over one of the limits, its detail naming the limit and the setting that raises it. */
	public static UnreadableWorkbookException tooLarge(LimitExceededException limit) {
		return new UnreadableWorkbookException(Reason.TOO_LARGE, limit.what() + "; setting " + limit.setting(), limit);
	}

	public Reason reason() {
		return reason;
	}

	/** What the file is, or what is wrong with it, in a few words ("PDF document"). */
	public String detail() {
		return detail;
	}
}
