package th.itabatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.itabatch.workbook.AtomicFiles;

/**
 * Reads one input workbook: its bytes are read once, archived under their SHA-256 with the
 * original name, and parsed from that same copy, so what was checked is exactly what is kept.
 */
public class WorkbookIngestProcessor implements ItemProcessor<Path, IngestedWorkbook> {

	private final WorkbookContentReader reader;

	private final Path archiveDir;

	public WorkbookIngestProcessor(WorkbookContentReader reader, Path archiveDir) {
		this.reader = reader;
		this.archiveDir = archiveDir;
	}

	@Override
	public IngestedWorkbook process(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String name = file.getFileName().toString();
		WorkbookContent content = reader.read(name, bytes);
		Path archive = archiveDir.resolve(content.sha256()).resolve(name);
		if (!Files.exists(archive)) {
			AtomicFiles.write(archive, out -> out.write(bytes));
		}
		return new IngestedWorkbook(file, archive, content);
	}
}
