package th.itabatch.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.itabatch.inputs.StoredInput;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.SurveyLayout;
import th.itabatch.tables.WorkbookContent;
import th.itabatch.tables.WorkbookContentReader;
import th.itabatch.workbook.stream.RowStream;
import th.itabatch.workbook.stream.RowStreams;

/**
 * Reads one input from its archived copy: what was checked is exactly what was received, whatever
 * happened to the user's file since.
 */
public class WorkbookIngestProcessor implements ItemProcessor<StoredInput, IngestedWorkbook> {

	private final WorkbookContentReader reader;

	private final Questionnaire questionnaire;

	public WorkbookIngestProcessor(WorkbookContentReader reader, Questionnaire questionnaire) {
		this.reader = reader;
		this.questionnaire = questionnaire;
	}

	@Override
	public IngestedWorkbook process(StoredInput input) throws IOException {
		Path archive = Path.of(input.archivePath());
		// A survey export can hold a hundred thousand rows: never load it whole; its rows are scored
		// by the next step, streaming.
		if (isSurveyExport(archive)) {
			return new IngestedWorkbook(input,
					WorkbookContent.recognised(input.fileName(), input.sha256(), input.size(), SurveyLayout.KIND));
		}
		byte[] bytes = Files.readAllBytes(archive);
		return new IngestedWorkbook(input, reader.read(input.fileName(), bytes));
	}

	private boolean isSurveyExport(Path file) {
		try (RowStream rows = RowStreams.open(file)) {
			return SurveyLayout.detect(rows, questionnaire).isPresent();
		}
		catch (IOException | RuntimeException ex) {
			return false; // not readable as a stream: the full reader says what is wrong
		}
	}
}
