package th.itabatch.inputs;

/** Where an input stands. */
public enum InputStatus {

	/** Received and archived, not read yet. */
	PENDING,

	/** Read without errors; its progress is not yet checked against a plan. */
	PARSED,

	/** Checked and used for reports. */
	USED,

	/** Has errors: nothing from it is used or kept but its messages. */
	REJECTED

}
