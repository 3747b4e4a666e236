package th.itabatch.ingest;

/**
 * An input workbook as stored for a run.
 *
 * @param id its row id
 * @param fileName the file name
 * @param sourcePath where the user's file is
 * @param archivePath the archived copy of the bytes that were read
 * @param status PARSED, USED or REJECTED
 * @param validationReport the validation report written for it, or {@code null}
 * @param annotatedCopy the annotated copy written for it, or {@code null}
 */
public record StoredInput(long id, String fileName, String sourcePath, String archivePath, InputStatus status,
		String validationReport, String annotatedCopy) {
}
