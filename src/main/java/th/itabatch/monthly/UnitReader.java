package th.itabatch.monthly;

import java.util.List;
import java.util.TreeSet;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import th.itabatch.plan.PlanRepository;
import th.itabatch.scores.ScoreRepository;

/** Reads the units that the run's used inputs hold scores or a plan for, one report each; restartable. */
class UnitReader implements ItemStreamReader<String> {

	private static final String POSITION = "units.position";

	private final long run;

	private final ScoreRepository scores;

	private final PlanRepository plans;

	private List<String> units;

	private int position;

	UnitReader(long run, ScoreRepository scores, PlanRepository plans) {
		this.run = run;
		this.scores = scores;
		this.plans = plans;
	}

	@Override
	public void open(ExecutionContext context) {
		TreeSet<String> all = new TreeSet<>(scores.usedUnits(run));
		all.addAll(plans.usedUnits(run));
		units = List.copyOf(all);
		position = context.getInt(POSITION, 0);
	}

	@Override
	public String read() {
		return position < units.size() ? units.get(position++) : null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION, position);
	}
}
