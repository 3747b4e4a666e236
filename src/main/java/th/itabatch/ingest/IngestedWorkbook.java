package th.itabatch.ingest;

import java.nio.file.Path;

/**
 * A workbook read from the input folder, with where it came from and where its bytes were archived.
 *
 * @param source the user's file
 * @param archive the archived copy of the bytes read
 * @param content what it holds
 */
public record IngestedWorkbook(Path source, Path archive, WorkbookContent content) {
}
