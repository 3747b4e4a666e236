package th.itabatch.ingest.internal;

import th.itabatch.inputs.StoredInput;
import th.itabatch.tables.WorkbookContent;

/**
 * An input and what reading it found.
 *
 * @param input the stored input
 * @param content what it holds
 */
public record IngestedWorkbook(StoredInput input, WorkbookContent content) {
}
