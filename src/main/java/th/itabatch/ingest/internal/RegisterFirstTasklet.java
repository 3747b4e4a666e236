package th.itabatch.ingest.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.units.UnitsKind;

/**
 * Lets a register of units dropped together with the data it names count for that data: when the
 * run read a register, it is accepted at once and the run's other inputs go back in the queue, to be
 * read again against it by the next step. Without it, a folder holding the register and the scores
 * filed "กค." as a unit of its own, and the same files dropped again were no new data.
 */
public class RegisterFirstTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RegisterFirstTasklet.class);

	private final InputRepository inputs;

	private final InputAcceptance acceptance;

	public RegisterFirstTasklet(InputRepository inputs, InputAcceptance acceptance) {
		this.inputs = inputs;
		this.acceptance = acceptance;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		List<StoredInput> read = inputs.readBy(run);
		Set<Long> registers = read.stream()
			.filter(input -> input.status() == InputStatus.PARSED && input.hasKind(UnitsKind.NAME))
			.map(StoredInput::id)
			.collect(Collectors.toSet());
		if (registers.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		// In the order received: the latest register read is the one that stands.
		registers.stream().sorted().forEach(acceptance::accept);
		List<StoredInput> others = read.stream().filter(input -> !registers.contains(input.id())).toList();
		others.forEach(input -> inputs.requeue(input.id()));
		log.info("A register of units came with {} other input(s): they are read again against it", others.size());
		return RepeatStatus.FINISHED;
	}
}
