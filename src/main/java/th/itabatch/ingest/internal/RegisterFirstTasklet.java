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
import th.itabatch.tables.TableKinds;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;
import th.itabatch.units.UnitsKind;

/**
 * Lets a register of units dropped together with the data it names count for that data: when the
 * run read a register, it is accepted at once and the run's other inputs that name a unit by
 * anything but its registered name go back in the queue, to be read again against it by the next
 * step (matched, or warned of as unknown). Without it, a folder holding the register and the scores
 * filed "กค." as a unit of its own, and the same files dropped again were no new data.
 */
public class RegisterFirstTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RegisterFirstTasklet.class);

	private final InputRepository inputs;

	private final InputAcceptance acceptance;

	private final TableKinds kinds;

	private final UnitRegistry registry;

	public RegisterFirstTasklet(InputRepository inputs, InputAcceptance acceptance, TableKinds kinds,
			UnitRegistry registry) {
		this.inputs = inputs;
		this.acceptance = acceptance;
		this.kinds = kinds;
		this.registry = registry;
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
		UnitRegister register = registry.current();
		List<StoredInput> others = read.stream()
			.filter(input -> input.status() == InputStatus.PARSED && !registers.contains(input.id()))
			.toList();
		// An input whose units all bear their registered names would read the same again: a thousand
		// units' scores and plans written with the register's names are not read twice, and are
		// looked at one by one only when the run's inputs together name a unit otherwise.
		Set<String> parents = register.units()
			.stream()
			.map(register::parentOf)
			.flatMap(java.util.Optional::stream)
			.map(RegisteredUnit::name)
			.collect(Collectors.toSet());
		List<StoredInput> again = namesOtherwise(others.stream().map(StoredInput::id).toList(), register, parents)
				? others.stream().filter(input -> namesOtherwise(List.of(input.id()), register, parents)).toList()
				: List.of();
		again.forEach(input -> inputs.requeue(input.id()));
		log.info("A register of units was read: {} input(s) of the run naming units otherwise are read again against it",
				again.size());
		return RepeatStatus.FINISHED;
	}

	/**
	 * True when the inputs' rows name a unit by anything but its registered name, or name a unit with
	 * units below it: read without the register, a title's "… สพต. กรมส่งเสริมเกษตรอินทรีย์" gave the
	 * department, whose name is registered, where the register finds its unit (a trial). Read again,
	 * an input of a division's own reads the same.
	 */
	private boolean namesOtherwise(List<Long> inputIds, UnitRegister register, Set<String> parents) {
		return kinds.unitsNamed(inputIds).stream().anyMatch(unit -> register.named(unit).isEmpty() || parents.contains(unit));
	}
}
