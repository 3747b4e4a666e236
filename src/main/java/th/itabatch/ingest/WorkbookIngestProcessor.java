package th.itabatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input from its archived copy: what was checked is exactly what was received, whatever
 * happened to the user's file since.
 */
public class WorkbookIngestProcessor implements ItemProcessor<StoredInput, IngestedWorkbook> {

	private final WorkbookContentReader reader;

	public WorkbookIngestProcessor(WorkbookContentReader reader) {
		this.reader = reader;
	}

	@Override
	public IngestedWorkbook process(StoredInput input) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of(input.archivePath()));
		return new IngestedWorkbook(input, reader.read(input.fileName(), bytes));
	}
}
