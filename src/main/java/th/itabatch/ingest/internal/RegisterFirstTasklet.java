package th.itabatch.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
import th.itabatch.validation.MessageCode;

/**
 * Lets a register of units count for the data it names, dropped with it or before it: when the run
 * read a register, it is accepted at once and the inputs (the run's and those in use from earlier
 * runs) that name a unit by anything but its registered name go back in the queue, to be read again
 * against it by the next step (matched, or warned of as unknown). Without it, a folder holding the register and the scores
 * filed "กค." as a unit of its own, and the same files dropped again were no new data.
 */
public class RegisterFirstTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RegisterFirstTasklet.class);

	/** How many inputs' units are asked for in one statement. */
	private static final int ASKED_AT_ONCE = 500;

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
		List<Long> ids = others.stream().map(StoredInput::id).toList();
		List<Long> again = new ArrayList<>(namingOtherwise(ids,
				unit -> register.named(unit).isEmpty() || parents.contains(unit)));
		// Those given the configured unit for naming none, or refused for it: with the register, a title may
		// name theirs by a registered name run into its words (a trial's two plans both went to the
		// configured กองคลัง), or the file's name (a unit's own workbook named for it was refused).
		withMessage(ids, MessageCode.UNIT_FROM_CONFIGURATION, again);
		// And those read against the register before it that named a unit it did not know: a unit the new
		// register adds or renames was told "not in the register" by its own report (a trial).
		withMessage(ids, MessageCode.UNIT_UNKNOWN, again);
		// And every workbook of the run refused before the register came: one naming units by names several
		// share, each row with its own code beside, was refused for duplicates that the register tells apart
		// (a trial's ministry export: 120 errors, all its units without scores).
		read.stream()
			.filter(input -> input.status() == InputStatus.REJECTED)
			.map(StoredInput::id)
			.filter(id -> !again.contains(id))
			.forEach(again::add);
		// And the inputs of earlier runs: a corrected register dropped after the data (a code typed twice
		// had the first one refused), or one that gives a unit a new name with its old one as another,
		// left their data filed under the names as typed ("กผ." beside กองแผนงาน; a renamed unit's
		// history under its old name), and dropping the same files again was no new data (a trial).
		// Only those naming a unit the register knows by another name: one it does not know stays
		// unknown read again, and one naming a parent was read with a register before.
		List<Long> earlier = namingOtherwise(inputs.used(),
				unit -> register.canonical(unit).filter(name -> !name.equals(unit)).isPresent());
		again.addAll(earlier);
		again.forEach(inputs::requeue);
		log.info("A register of units was read: {} input(s) of the run and {} of earlier runs naming units otherwise "
				+ "are read again against it", again.size() - earlier.size(), earlier.size());
		return RepeatStatus.FINISHED;
	}

	/** Adds those of the inputs that have a message of the code, asked of a few hundred at once. */
	private void withMessage(List<Long> inputIds, MessageCode code, List<Long> again) {
		for (int from = 0; from < inputIds.size(); from += ASKED_AT_ONCE) {
			inputs.withMessage(inputIds.subList(from, Math.min(from + ASKED_AT_ONCE, inputIds.size())), code.name())
				.stream()
				.filter(id -> !again.contains(id))
				.forEach(again::add);
		}
	}

	/**
	 * Those of the inputs whose rows name a unit otherwise: asked of a few hundred at once (years of
	 * monthly inputs are more ids than a statement takes), one by one only where some of them do.
	 */
	private List<Long> namingOtherwise(List<Long> inputIds, Predicate<String> otherwise) {
		List<Long> found = new ArrayList<>();
		for (int from = 0; from < inputIds.size(); from += ASKED_AT_ONCE) {
			List<Long> some = inputIds.subList(from, Math.min(from + ASKED_AT_ONCE, inputIds.size()));
			if (names(some, otherwise)) {
				some.stream().filter(id -> names(List.of(id), otherwise)).forEach(found::add);
			}
		}
		return found;
	}

	/**
	 * True when the inputs' rows name a unit so: for the run's own inputs, by anything but its
	 * registered name, or a unit with units below it (read without the register, a title's "… สพต.
	 * กรมส่งเสริมเกษตรอินทรีย์" gave the department, whose name is registered, where the register finds
	 * its unit: a trial; read again, an input of a division's own reads the same).
	 */
	private boolean names(List<Long> inputIds, Predicate<String> otherwise) {
		return kinds.unitsNamed(inputIds).stream().anyMatch(otherwise);
	}
}
