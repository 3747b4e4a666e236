package th.itabatch.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.itabatch.inputs.StoredInput;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.SurveyLayout;
import th.itabatch.tables.WorkbookContent;
import th.itabatch.tables.WorkbookContentReader;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.validation.PlainReason;
import th.itabatch.workbook.LimitExceededException;
import th.itabatch.workbook.UnreadableWorkbookException;
import th.itabatch.workbook.WorkbookLimits;
import th.itabatch.workbook.WorkbookOpener;
import th.itabatch.workbook.stream.RowStream;
import th.itabatch.workbook.stream.RowStreams;

/**
 * Reads one input from its archived copy: what was checked is exactly what was received, whatever
 * happened to the user's file since. The file is held to the limits before any work is spent on
 * it, and whatever reading it throws becomes a located message about it: one bad file never costs
 * the others.
 */
public class WorkbookIngestProcessor implements ItemProcessor<StoredInput, IngestedWorkbook> {

	private final WorkbookContentReader reader;

	private final Questionnaire questionnaire;

	private final WorkbookLimits limits;

	public WorkbookIngestProcessor(WorkbookContentReader reader, Questionnaire questionnaire, WorkbookLimits limits) {
		this.reader = reader;
		this.questionnaire = questionnaire;
		this.limits = limits;
	}

	@Override
	public IngestedWorkbook process(StoredInput input) {
		Path archived = Path.of(input.archivePath());
		if (!Files.isRegularFile(archived)) {
			// The server's copy, not the user's file: refusing it told a user their valid file could not
			// be read (a trial's second instance had a data folder of its own). The reading stops, and
			// is taken up where it stopped once the copy is there.
			throw new IllegalStateException("The archived copy of " + input.fileName() + " is missing (" + archived
					+ "): every instance on one database must use the same data folder (ita.data-dir); the reading"
					+ " goes on where it stopped once the file is there");
		}
		try {
			return new IngestedWorkbook(input, read(input, archived));
		}
		catch (Exception | StackOverflowError ex) {
			MessageLog log = new MessageLog(input.fileName());
			log.file(MessageCode.FILE_UNREADABLE, PlainReason.of(ex));
			return new IngestedWorkbook(input,
					new WorkbookContent(input.fileName(), input.sha256(), input.size(), List.of(), log.messages(), null));
		}
	}

	private WorkbookContent read(StoredInput input, Path archive) throws IOException {
		try {
			// A survey export can hold a million rows: never load it whole; its rows are scored by the
			// next step, streaming. Telling one reads only the rows up to its header, within the limits.
			if (isSurveyExport(archive)) {
				return WorkbookContent.recognised(input.fileName(), input.sha256(), input.size(), SurveyLayout.KIND);
			}
			// Opening a workbook checks its container; one larger on disk than any workbook read whole
			// may be is checked from the disk instead, never read into memory.
			if (Files.size(archive) > limits.maxWholeReadBytes()) {
				WorkbookOpener.check(archive, limits);
			}
		}
		catch (LimitExceededException ex) {
			return unreadable(input, UnreadableWorkbookException.tooLarge(ex));
		}
		catch (UnreadableWorkbookException ex) {
			return unreadable(input, ex);
		}
		return reader.read(input.fileName(), Files.readAllBytes(archive));
	}

	private static WorkbookContent unreadable(StoredInput input, UnreadableWorkbookException why) {
		MessageLog log = new MessageLog(input.fileName());
		log.unreadable(why);
		return new WorkbookContent(input.fileName(), input.sha256(), input.size(), List.of(), log.messages(), null);
	}

	private boolean isSurveyExport(Path file) throws LimitExceededException {
		try (RowStream rows = RowStreams.open(file, limits)) {
			Optional<SurveyLayout> layout = SurveyLayout.detect(rows, questionnaire);
			return layout.isPresent() && layout.get().answeredBelow(rows);
		}
		catch (LimitExceededException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			return false; // not readable as a stream: the full reader says what is wrong
		}
	}
}
