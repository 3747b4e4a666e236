package th.itabatch.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.WorkbookLimits;

/** Every kind of table the application knows (each a bean), in priority order. */
@Component
public class TableKinds {

	private final List<TableKind<?>> kinds;

	public TableKinds(List<TableKind<?>> kinds) {
		List<TableKind<?>> sorted = new ArrayList<>(kinds);
		sorted.sort(Comparator.comparingInt(TableKind::priority));
		this.kinds = List.copyOf(sorted);
	}

	/** A reader of whole workbooks that knows every kind. */
	public WorkbookContentReader reader(InputDefaults configured, WorkbookLimits limits, UnitNames units) {
		return new WorkbookContentReader(kinds, configured, limits, units);
	}

	/** Makes what the input holds count for reports, saying in the log what that replaces. */
	public void accept(long inputId, MessageLog log) {
		kinds.forEach(kind -> kind.compareOnAccepting(inputId, log));
		kinds.forEach(kind -> kind.accept(inputId));
	}

	/** Forgets what the input holds. */
	public void forget(long inputId) {
		kinds.forEach(kind -> kind.forget(inputId));
	}

	/** The units the accepted data of the given inputs (or of all, for {@code null}) is about. */
	public List<String> units(List<Long> inputIds) {
		return kinds.stream().flatMap(kind -> kind.units(inputIds).stream()).distinct().sorted().toList();
	}

	/** The units the given inputs' rows name, accepted or not yet, over every kind. */
	public List<String> unitsNamed(List<Long> inputIds) {
		return kinds.stream().flatMap(kind -> kind.unitsNamed(inputIds).stream()).distinct().sorted().toList();
	}

}
