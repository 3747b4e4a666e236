package th.itabatch.validation;

/** How serious a message is: an error keeps the workbook from being used; a warning does not. */
public enum Severity {

	ERROR("ข้อผิดพลาด", "error"), WARNING("คำเตือน", "warning");

	private final String thai;

	private final String english;

	Severity(String thai, String english) {
		this.thai = thai;
		this.english = english;
	}

	public String thai() {
		return thai;
	}

	public String english() {
		return english;
	}
}
