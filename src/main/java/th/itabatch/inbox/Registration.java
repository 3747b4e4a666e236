package th.itabatch.inbox;

import th.itabatch.inputs.StoredInput;

/**
 * What receiving a file did.
 *
 * @param input the stored input, new or known
 * @param outcome whether it was new, already known, or known as rejected and queued again
 */
public record Registration(StoredInput input, Outcome outcome) {

	/** What receiving a file did. */
	public enum Outcome {

		/** A content not seen before: archived and queued to be read. */
		NEW,

		/** The same content was received before: nothing to read again. */
		KNOWN,

		/** The same content was rejected before; queued again, since a plan it needs may have arrived. */
		REQUEUED

	}

	public boolean needsReading() {
		return outcome != Outcome.KNOWN;
	}
}
