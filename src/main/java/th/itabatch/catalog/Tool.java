package th.itabatch.catalog;

/** The three ITA assessment tools an indicator belongs to. */
public enum Tool {

	/** Internal Integrity and Transparency Assessment: the staff survey. */
	IIT("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "แบบวัด"),

	/** External Integrity and Transparency Assessment: the service users' survey. */
	EIT("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "แบบวัด"),

	/** Open data Integrity and Transparency Assessment: published evidence. */
	OIT("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "แบบตรวจ");

	private final String thai;

	private final String form;

	Tool(String thai, String form) {
		this.thai = thai;
		this.form = form;
	}

	/** Its name in the NACC's Thai ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"). */
	public String thai() {
		return thai;
	}

	/**
	 * "แบบวัด EIT", "แบบตรวจ OIT": where the code stands beside the tools' scores; OIT is a check of
	 * published evidence, not a survey, and is not called one.
	 */
	public String shortThai() {
		return form + " " + name();
	}

	/** Whether people answer it (a survey with respondents), not published evidence. */
	public boolean surveyed() {
		return this != OIT;
	}

}
