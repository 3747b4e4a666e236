package th.itabatch.catalog;

/** The three ITA assessment tools an indicator belongs to. */
public enum Tool {

	/** Internal Integrity and Transparency Assessment: the staff survey. */
	IIT,

	/** External Integrity and Transparency Assessment: the service users' survey. */
	EIT,

	/** Open data Integrity and Transparency Assessment: published evidence. */
	OIT;

	/** Whether people answer it (a survey with respondents), not published evidence. */
	public boolean surveyed() {
		return this != OIT;
	}

}
