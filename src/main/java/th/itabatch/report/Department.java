package th.itabatch.report;

import java.util.List;

/**
 * A department a report is made for: a parent unit of the register (or every unit, where there is
 * no register) and the units below it that are reported on.
 *
 * @param code its code ("ALL" for every unit)
 * @param name its name
 * @param members the units below it: those with no units of their own, and any unit with data
 * @param branches its direct children that have units below them, whose roll-ups the report gives
 */
public record Department(String code, String name, List<Member> members, List<Branch> branches) {

	/** The code of the department of every unit, made where there is no register. */
	public static final String ALL = "ALL";

	public Department {
		members = List.copyOf(members);
		branches = List.copyOf(branches);
	}

	/**
	 * A unit below the department.
	 *
	 * @param code its code, or its name where there is no register
	 * @param name its name, as reports and inputs name it
	 * @param depth 1 for a unit directly below the department
	 * @param branch the name of the department's direct child it is under (itself at depth 1)
	 */
	public record Member(String code, String name, int depth, String branch) {
	}

	/**
	 * A direct child of the department with units below it.
	 *
	 * @param code its code
	 * @param name its name
	 */
	public record Branch(String code, String name) {
	}
}
