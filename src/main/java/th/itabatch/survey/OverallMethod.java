package th.itabatch.survey;

/** How the overall score of a survey is computed from the answers. */
public enum OverallMethod {

	/** The mean of the indicators' scores, each indicator counting once. */
	INDICATOR_MEAN("ค่าเฉลี่ยของคะแนนรายตัวชี้วัด", "mean of the indicators' scores"),

	/** The mean of every scored answer, so indicators with more items and answers weigh more. */
	ANSWER_MEAN("ค่าเฉลี่ยของคำตอบทุกข้อ", "mean of all scored answers"),

	/** The mean over respondents of each respondent's mean answer. */
	RESPONDENT_MEAN("ค่าเฉลี่ยรายผู้ตอบ", "mean per respondent");

	private final String thai;

	private final String english;

	OverallMethod(String thai, String english) {
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
