package th.itabatch.runs;

/** What asked for a run. */
public enum RunTrigger {

	/** Files arrived in the input folder or were uploaded. */
	ARRIVAL,

	/** The monthly schedule. */
	SCHEDULE,

	/** A person pressed "run now". */
	MANUAL,

	/** The one-shot command. */
	COMMAND,

	/** The application started and found an interrupted run. */
	RECOVERY

}
