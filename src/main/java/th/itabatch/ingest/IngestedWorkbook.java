package th.itabatch.ingest;

/**
 * An input and what reading it found.
 *
 * @param input the stored input
 * @param content what it holds
 */
public record IngestedWorkbook(StoredInput input, WorkbookContent content) {
}
