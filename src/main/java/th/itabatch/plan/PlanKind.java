package th.itabatch.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.itabatch.tables.TableKind;
import th.itabatch.tables.UnitMatch;
import th.itabatch.tables.UnitNames;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;

/** Action-plan tables: activities and the months they run. */
@Component
public class PlanKind implements TableKind<ActionPlan> {

	public static final String NAME = "PLAN";

	private final PlanTableReader reader = new PlanTableReader();

	private final PlanRepository repository;

	public PlanKind(PlanRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int priority() {
		return 10;
	}

	@Override
	public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
		return reader.locate(sheet);
	}

	@Override
	public List<ActionPlan> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
		return reader.read(sheet, defaults, log).map(List::of).orElse(List.of());
	}

	@Override
	public java.util.Set<String> unitsOf(List<ActionPlan> rows) {
		return rows.stream().map(ActionPlan::unit).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public Optional<InputDefaults> stated(List<ActionPlan> rows) {
		return rows.stream().findFirst().map(p -> new InputDefaults(p.unit(), p.fiscalYear()));
	}

	@Override
	public List<ActionPlan> withRegisteredUnits(List<ActionPlan> rows, UnitNames units, MessageLog log) {
		UnitMatch match = new UnitMatch(units, log);
		return rows.stream().map(plan -> {
			Activity first = plan.activities().isEmpty() ? null : plan.activities().get(0);
			return plan.withUnit(match.of(plan.unit(), first == null ? null : first.sheet(), plan.unitCell()));
		}).toList();
	}

	@Override
	public void store(long inputId, List<ActionPlan> rows) {
		rows.forEach(plan -> {
			repository.insertPlan(inputId, plan);
			// Matched against the plan, as progress of its own sheet is, by the ingest's matching step.
			repository.insertProgress(inputId, plan.typedProgress());
		});
	}

	@Override
	public void accept(long inputId) {
		repository.acceptPlans(inputId);
	}

	@Override
	public void forget(long inputId) {
		repository.forgetPlans(inputId);
	}

	@Override
	public List<String> units(List<Long> inputIds) {
		return repository.planUnits(inputIds);
	}

	@Override
	public List<String> unitsNamed(List<Long> inputIds) {
		return repository.planUnitsNamed(inputIds);
	}
}
