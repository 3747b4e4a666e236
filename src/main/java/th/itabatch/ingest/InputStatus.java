package th.itabatch.ingest;

/** Where an input stands in a run. */
public enum InputStatus {

	/** Read without errors; its progress is not yet matched with a plan. */
	PARSED,

	/** Checked and used for the reports. */
	USED,

	/** Has errors: nothing from it is used or kept but its messages. */
	REJECTED

}
