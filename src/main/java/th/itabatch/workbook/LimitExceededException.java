package th.itabatch.workbook;

import java.io.IOException;

/**
 * A file went over one of the {@link WorkbookLimits}; reading stopped there. It names the limit in
 * words and the setting that raises it, for the user's message.
 */
public class LimitExceededException extends IOException {

	private final String setting;

	private final String what;

	/**
	 * @param setting the setting, e.g. "ita.limits.max-cells"
	 * @param what what went over, in words: "3,500,000 cells (at most 300,000)"
	 */
	public LimitExceededException(String setting, String what) {
		super(what + " (" + setting + ")");
		this.setting = setting;
		this.what = what;
	}

	public String setting() {
		return setting;
	}

	public String what() {
		return what;
	}
}
