package th.itabatch.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
import th.itabatch.validation.ProblemRowsCopyWriter;
import th.itabatch.validation.ValidationReportWriter;

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

	private final InputRepository inputs;

	private final Path outputDir;

	public ValidationOutputsTasklet(InputRepository inputs, Path outputDir) {
		this.inputs = inputs;
		this.outputDir = outputDir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		Path folder = outputDir.resolve(FOLDER);
		for (StoredInput input : inputs.readBy(run)) {
			if (input.status() != InputStatus.REJECTED) {
				continue;
			}
			List<Message> messages = inputs.messages(input.id());
			String base = baseName(input.fileName());
			Path report = folder.resolve(base + "-validation.xlsx");
			ValidationReportWriter.write(report, input.fileName(), messages);
			Path archive = Path.of(input.archivePath());
			Optional<Path> annotated;
			if (isLargeExport(input)) {
				annotated = Optional.of(ProblemRowsCopyWriter.write(folder, base + "-annotated", archive, messages));
			}
			else {
				annotated = AnnotatedCopyWriter.write(folder, base + "-annotated", Files.readAllBytes(archive), messages);
			}
			inputs.setOutputs(input.id(), report.toAbsolutePath().toString(),
					annotated.map(p -> p.toAbsolutePath().toString()).orElse(null));
		}
		return RepeatStatus.FINISHED;
	}

	/** A survey export too large to load whole: its annotated copy holds just the rows with problems. */
	private static boolean isLargeExport(StoredInput input) {
		return input.hasKind(SurveyLayout.KIND) && input.size() > LARGE_EXPORT;
	}

	static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
