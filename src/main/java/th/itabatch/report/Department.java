package th.itabatch.report;

import java.util.List;

/**
 * A department a report is made for: a parent unit of the register (or every unit, where there is
 * no register) and the units below it that are reported on.
 *
 * @param code its code ("ALL" for every unit)
 * @param name its name
 * @param members the units below it (those with no units of their own, and any unit with data), and
 *     itself when it has data of its own (depth 0)
 * @param branches its direct children, whose roll-ups the report gives, where one of them has units below it (then a child with none is a branch of itself)
 * @param outside for a department at the top of the register, the units with data the register
 *     does not know (a name misspelt in a workbook): reported alone, in no department, and named in
 *     the top department's narrative so that its office sees them; for a department below, those of
 *     them likely to be one of its own units
 */
public record Department(String code, String name, List<Member> members, List<Branch> branches, List<Outside> outside) {

	/** The code of the department of every unit, made where there is no register. */
	public static final String ALL = "ALL";

	public Department {
		members = List.copyOf(members);
		branches = List.copyOf(branches);
		outside = List.copyOf(outside);
	}

	/**
	 * A unit with data that the register does not know by any of its names, or knows as the name of
	 * several units, and so of none.
	 *
	 * @param name the name its workbooks give
	 * @param likely the registered unit that name most likely misspells, or {@code null}
	 * @param sharedBy the registered units that name stands for alike (empty where it names none)
	 */
	public record Outside(String name, String likely, List<String> sharedBy) {

		public Outside {
			sharedBy = sharedBy == null ? List.of() : List.copyOf(sharedBy);
		}

		/** A name the register does not know. */
		public Outside(String name, String likely) {
			this(name, likely, List.of());
		}

		/** Whether the name is several registered units' rather than none's. */
		public boolean shared() {
			return !sharedBy.isEmpty();
		}

		/** Whether the data may be the unit's: the unit the name likely misspells, or one of those sharing it. */
		public boolean mayBe(String unit) {
			return unit.equals(likely) || sharedBy.contains(unit);
		}
	}

	/**
	 * A unit below the department.
	 *
	 * @param code its code, or its name where there is no register
	 * @param name its name, as reports and inputs name it
	 * @param depth 1 for a unit directly below the department
	 * @param branch the name of the department's direct child it is under (itself at depth 1), whose
	 *     roll-up counts it
	 * @param parent the name of the unit it is directly under, its สังกัด as the report's column says
	 *     (for the department's own data, the unit above the department, or "-" at the top)
	 */
	public record Member(String code, String name, int depth, String branch, String parent) {
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
