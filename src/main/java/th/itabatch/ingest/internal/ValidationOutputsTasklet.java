package th.itabatch.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.survey.SurveyLayout;
import th.itabatch.validation.AnnotatedCopyWriter;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.validation.PlainReason;
import th.itabatch.validation.ProblemRowsCopyWriter;
import th.itabatch.validation.ValidationReportWriter;
import th.itabatch.workbook.WorkbookLimits;
import th.itabatch.workbook.stream.RowStreams;

/**
 * For every rejected workbook of the run, writes into {@code <output>/validation/} a validation
 * report listing its messages and an annotated copy of it (made from the archived bytes that were
 * checked) with the problem cells highlighted and commented.
 */
public class ValidationOutputsTasklet implements Tasklet {

	/** The folder under the output folder that receives validation outputs. */
	public static final String FOLDER = "validation";

	/** Above this size a survey export's annotated copy lists its problem rows instead of copying it whole. */
	static final long LARGE_EXPORT = 2L << 20;

	/** How much of the original name an output's name keeps: every disk takes the whole name. */
	static final int NAME_CHARS = 60;

	private static final Logger log = LoggerFactory.getLogger(ValidationOutputsTasklet.class);

	private final InputRepository inputs;

	private final Path outputDir;

	private final WorkbookLimits limits;

	public ValidationOutputsTasklet(InputRepository inputs, Path outputDir, WorkbookLimits limits) {
		this.inputs = inputs;
		this.outputDir = outputDir;
		this.limits = limits;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		Path folder = outputDir.resolve(FOLDER);
		for (StoredInput input : inputs.readBy(run)) {
			if (input.status() != InputStatus.REJECTED) {
				continue;
			}
			List<Message> messages = inputs.messages(input.id());
			// On the console too: whoever watches the service's log saw only "NEW" (a trial).
			List<Message> errors = messages.stream().filter(Message::isError).toList();
			log.warn("Input rejected: {} — {} error(s), the first: {}; the list and an annotated copy are on the"
					+ " inputs page and in {}", input.fileName(), errors.size(),
					errors.isEmpty() ? "-" : errors.get(0), folder);
			try {
				write(folder, input, messages);
			}
			catch (IOException | RuntimeException ex) {
				MessageLog log = new MessageLog(input.fileName());
				log.file(MessageCode.VALIDATION_OUTPUT_FAILED, PlainReason.of(ex));
				inputs.addMessages(input.id(), log.messages());
			}
		}
		return RepeatStatus.FINISHED;
	}

	/** The validation report, and the annotated copy when the file can be opened within the limits. */
	private void write(Path folder, StoredInput input, List<Message> messages) throws IOException {
		// Named by the input, not only its file name: two uploads of "scores.xlsx" keep their own outputs.
		String base = input.id() + "-" + baseName(input.fileName());
		Path report = folder.resolve(base + "-validation.xlsx");
		ValidationReportWriter.write(report, input.fileName(), messages);
		Path archive = Path.of(input.archivePath());
		Optional<Path> annotated = Optional.empty();
		if (isLargeExport(input) || input.hasKind(SurveyLayout.KIND) && !RowStreams.isWorkbook(archive)) {
			// A CSV export is no workbook to annotate: its rows to fix go into one.
			annotated = Optional.of(ProblemRowsCopyWriter.write(folder, base + "-annotated", archive, messages));
		}
		else if (Files.size(archive) <= limits.maxWholeReadBytes()) {
			// Opening it checks it against the limits again: one over them gets no copy.
			annotated = AnnotatedCopyWriter.write(folder, base + "-annotated", Files.readAllBytes(archive), messages,
					limits);
		}
		inputs.setOutputs(input.id(), report.toAbsolutePath().toString(),
				annotated.map(p -> p.toAbsolutePath().toString()).orElse(null));
	}

	/** A survey export too large to load whole: its annotated copy holds just the rows with problems. */
	private static boolean isLargeExport(StoredInput input) {
		return input.hasKind(SurveyLayout.KIND) && input.size() > LARGE_EXPORT;
	}

	/** The file name without its extension, cut to a length every disk takes, safe as a name. */
	static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String base = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return base.length() > NAME_CHARS ? base.substring(0, NAME_CHARS) : base;
	}
}
