package th.itabatch.inputs;

import java.time.LocalDateTime;

/**
 * An input as stored: one distinct content, however often it was dropped.
 *
 * @param id its row id; later inputs have higher ids
 * @param sha256 the SHA-256 of its bytes
 * @param fileName the file name it arrived with
 * @param source how it arrived
 * @param sourcePath where it came from
 * @param archivePath the archived copy of its bytes
 * @param size its size in bytes
 * @param arrivedAt when it arrived
 * @param receivedBy the user who uploaded it, or {@code null}
 * @param status where it stands
 * @param kinds the tables it holds, e.g. "PLAN,PROGRESS"
 * @param jobInstanceId the ingest run that read it, or {@code null}
 * @param validationReport its validation report, or {@code null}
 * @param annotatedCopy its annotated copy, or {@code null}
 */
public record StoredInput(long id, String sha256, String fileName, InputSource source, String sourcePath,
		String archivePath, long size, LocalDateTime arrivedAt, String receivedBy, InputStatus status, String kinds,
		Long jobInstanceId, String validationReport, String annotatedCopy) {

	/** True when it holds a table of the kind ("PLAN"). */
	public boolean hasKind(String kind) {
		return kinds != null && java.util.Arrays.asList(kinds.split(",")).contains(kind);
	}
}
