package th.itabatch.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;

/**
 * The departments reports are made for: every unit of the register with units below it, down to
 * the configured level (1 = the top units alone); where there is no register, one department of
 * every unit with data, when there are several.
 */
public final class Departments {

	private Departments() {
	}

	/** The departments, naming the units with data of the month alone where the register does not know them. */
	public static List<Department> of(UnitRegister register, int levels, Collection<String> unitsWithData,
			String allName) {
		return of(register, levels, unitsWithData, List.of(), allName);
	}

	/**
	 * @param register the register of units (empty when there is none)
	 * @param levels how deep in the register departments are made
	 * @param unitsWithData the units with inputs or reports
	 * @param unitsWithRecentData units with data of another month, named where the register does not know them
	 * @param allName the name of the department of every unit, where there is no register
	 */
	public static List<Department> of(UnitRegister register, int levels, Collection<String> unitsWithData,
			Collection<String> unitsWithRecentData, String allName) {
		Set<String> withData = new TreeSet<>(unitsWithData);
		if (register.isEmpty()) {
			if (withData.size() < 2) {
				return List.of();
			}
			List<Department.Member> members = withData.stream().map(u -> new Department.Member(u, u, 1, u, allName)).toList();
			return List.of(new Department(Department.ALL, allName, members, List.of(), List.of()));
		}
		Map<String, List<RegisteredUnit>> children = new HashMap<>();
		List<RegisteredUnit> roots = new ArrayList<>();
		for (RegisteredUnit unit : register.units()) {
			register.parentOf(unit)
				.ifPresentOrElse(parent -> children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(unit),
						() -> roots.add(unit));
		}
		List<Department> departments = new ArrayList<>();
		collect(roots, 1, levels, register, children, withData, departments);
		// Units with data the register does not know by any of its names: named by the top departments.
		// A name it knows as another's (a misspelling added to the register) is that unit's data now.
		Set<String> named = new TreeSet<>(withData);
		named.addAll(unitsWithRecentData);
		// A name two registered units have (a row listed twice) names neither: said so, with both, not
		// as a unit to add to the register (a trial's ministry advised adding a name it had twice).
		List<Department.Outside> outside = named.stream()
			.filter(u -> register.find(u).isEmpty())
			.map(u -> {
				List<String> sharedBy = register.sharing(u);
				return new Department.Outside(u, sharedBy.isEmpty() ? register.likely(u).orElse(null) : null, sharedBy);
			})
			.toList();
		// A department below the top names those likely to be one of its own units: its head is who can
		// have the name mended (a trial's division said its group had sent nothing, without the hint
		// the department above gave that the group's data had come under a misspelling).
		Set<String> rootCodes = new HashSet<>();
		roots.forEach(r -> rootCodes.add(r.code()));
		departments.replaceAll(d -> new Department(d.code(), d.name(), d.members(), d.branches(),
				rootCodes.contains(d.code()) ? outside : likelyMembers(d, outside)));
		return departments;
	}

	/** The units outside the register that are likely one of the department's members. */
	private static List<Department.Outside> likelyMembers(Department department, List<Department.Outside> outside) {
		Set<String> names = new HashSet<>();
		department.members().forEach(m -> names.add(m.name()));
		return outside.stream().filter(o -> names.stream().anyMatch(o::mayBe)).toList();
	}

	private static void collect(List<RegisteredUnit> units, int level, int levels, UnitRegister register,
			Map<String, List<RegisteredUnit>> children, Set<String> withData, List<Department> departments) {
		if (level > levels) {
			return;
		}
		for (RegisteredUnit unit : units) {
			List<RegisteredUnit> below = children.getOrDefault(unit.code(), List.of());
			if (below.isEmpty()) {
				continue;
			}
			List<Department.Member> members = new ArrayList<>();
			List<Department.Branch> branches = new ArrayList<>();
			// A unit with data of its own is one of its department's units too, as it is of its branch
			// in the department above: opening a branch showed 2 units where its row had said 3 (a trial).
			if (withData.contains(unit.name())) {
				members.add(new Department.Member(unit.code(), unit.name(), 0, unit.name(),
						register.parentOf(unit).map(RegisteredUnit::name).orElse("-")));
			}
			// Where some unit directly below has units of its own, every one is a branch of the roll-up,
			// one with none too, so the branches add up to the department (a trial missed its
			// secretariat there); where none has, the branches would be the units again: none.
			boolean nested = below.stream().anyMatch(child -> children.containsKey(child.code()));
			if (nested && withData.contains(unit.name())) {
				// Its own data is a branch too, or the branches fall one unit short of it (a trial: 1 + 4 + 2 beside 8).
				branches.add(new Department.Branch(unit.code(), unit.name()));
			}
			for (RegisteredUnit child : below) {
				if (nested) {
					branches.add(new Department.Branch(child.code(), child.name()));
				}
				members(child, 1, child.name(), unit.name(), children, withData, members);
			}
			departments.add(new Department(unit.code(), unit.name(), members, branches, List.of()));
			collect(below, level + 1, levels, register, children, withData, departments);
		}
	}

	/** The unit and those below it, depth first; a unit with units below it is a member only when it has data itself. */
	private static void members(RegisteredUnit unit, int depth, String branch, String parent,
			Map<String, List<RegisteredUnit>> children, Set<String> withData, List<Department.Member> members) {
		List<RegisteredUnit> below = children.getOrDefault(unit.code(), List.of());
		if (below.isEmpty() || withData.contains(unit.name())) {
			members.add(new Department.Member(unit.code(), unit.name(), depth, branch, parent));
		}
		for (RegisteredUnit child : below) {
			members(child, depth + 1, branch, unit.name(), children, withData, members);
		}
	}
}
