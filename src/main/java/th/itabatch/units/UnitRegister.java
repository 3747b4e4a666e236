package th.itabatch.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.itabatch.tables.UnitNames;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.CommonColumns;

/**
 * The units of a department and how they nest, from configuration or a register workbook: every
 * name, code and other name people type is matched after the one normalisation of pasted text.
 */
public final class UnitRegister implements UnitNames {

	/** The letters a name has at least for a misspelling of it to be told apart from another name. */
	private static final int LIKELY_LETTERS = 6;

	private final List<RegisteredUnit> units;

	private final Map<String, RegisteredUnit> byKey = new HashMap<>();

	/** The units of codes of digits alone, by the number they are: "0101" typed as 101 in Excel. */
	private final Map<String, RegisteredUnit> byNumber = new HashMap<>();

	/** The units that have a key as another name, and the keys of the units' names and codes. */
	private final Map<String, List<RegisteredUnit>> aliasOwners = new HashMap<>();

	private final Set<String> nameKeys = new HashSet<>();

	/** The names and other names a title may run into its other words, each one unit's alone. */
	private final Map<String, RegisteredUnit> runInNames = new HashMap<>();

	/** The names that stand for several units alike (two units' names, or two units' other name), and those units. */
	private final Map<String, List<RegisteredUnit>> shared = new HashMap<>();

	public UnitRegister(List<RegisteredUnit> listed) {
		this.units = List.copyOf(distinctNames(listed));
		for (int i = 0; i < units.size(); i++) {
			if (!units.get(i).name().equals(listed.get(i).name())) {
				shared.computeIfAbsent(key(listed.get(i).name()), k -> new ArrayList<>()).add(units.get(i));
			}
		}
		for (RegisteredUnit unit : units) {
			byKey.putIfAbsent(key(unit.name()), unit);
			nameKeys.add(key(unit.name()));
			nameKeys.add(key(unit.code()));
			unit.aliases().stream().map(UnitRegister::key).distinct()
				.forEach(alias -> aliasOwners.computeIfAbsent(alias, k -> new ArrayList<>()).add(unit));
		}
		for (RegisteredUnit unit : this.units) {
			byKey.putIfAbsent(key(unit.code()), unit);
			// Another name two units have names neither: it went to the one listed first (a trial).
			unit.aliases().stream().filter(alias -> aliasOwners.get(key(alias)).size() == 1)
				.forEach(alias -> byKey.putIfAbsent(key(alias), unit));
			number(key(unit.code())).ifPresent(number -> byNumber.putIfAbsent(number, unit));
			// A name given apart by its parent is found written with the parent beside it, as a long
			// table's cell or a title says it: "กลุ่มงานบริหารทั่วไป กองแผนงาน".
			if (unit.name().endsWith(")") && unit.name().contains(" (")) {
				byKey.putIfAbsent(key(unit.name().replace(" (", " ").replace(")", "")), unit);
			}
		}
		for (int i = 0; i < units.size(); i++) {
			withAncestors(listed.get(i).name(), units.get(i));
		}
		aliasOwners.forEach((alias, owners) -> {
			if (owners.size() > 1 && !nameKeys.contains(alias)) {
				shared.putIfAbsent(alias, owners);
			}
		});
		for (RegisteredUnit unit : this.units) {
			List<String> names = new ArrayList<>(unit.aliases());
			names.add(unit.name());
			for (String name : names) {
				String key = key(name);
				// Long enough not to be part of another word by chance, and no unit's but this one's: a name
				// given apart by its parent ("กลุ่มงานบริหารทั่วไป (กองแผนงาน)") is never run into a title so.
				if (key.length() >= RUN_IN_LETTERS && !name.contains(" (") && byKey.get(key) == unit
						&& aliasOwners.getOrDefault(key, List.of(unit)).stream().allMatch(unit::equals)) {
					runInNames.put(key, unit);
				}
			}
		}
	}

	/**
	 * A unit is found written with a unit above it beside its name, by that unit's name or another name,
	 * as a labelled cell says it: "หน่วยงาน: กลุ่มงานยุทธศาสตร์ กองนโยบายและแผน" (a trial's plan of a unit
	 * of a name no other has became a unit of its own, and its unit was reported as sending no plan).
	 */
	private void withAncestors(String name, RegisteredUnit unit) {
		Set<String> seen = new HashSet<>();
		for (Optional<RegisteredUnit> up = parentOf(unit); up.isPresent() && seen.add(up.get().code());
				up = parentOf(up.get())) {
			List<String> above = new ArrayList<>(up.get().aliases());
			above.add(up.get().name());
			for (String other : above) {
				byKey.putIfAbsent(key(name + " " + other), unit);
			}
		}
	}

	/**
	 * The units, those whose names read alike named apart by their parent ("กลุ่มงานบริหารทั่วไป
	 * (กองการเจ้าหน้าที่)"), else by their code: a unit is known by its name throughout, and two divisions'
	 * groups of one name were one unit, the scores sent for the second by its code lost (a trial). The
	 * name alone then names neither, and an input that uses it is warned of with both names offered.
	 */
	private static List<RegisteredUnit> distinctNames(List<RegisteredUnit> units) {
		Map<String, Integer> counts = new HashMap<>();
		units.forEach(u -> counts.merge(key(u.name()), 1, Integer::sum));
		if (counts.values().stream().allMatch(c -> c == 1)) {
			return units;
		}
		Map<String, String> names = new HashMap<>();
		units.forEach(u -> {
			names.putIfAbsent(key(u.code()), u.name());
			number(key(u.code())).ifPresent(n -> names.putIfAbsent("#" + n, u.name()));
		});
		units.forEach(u -> names.putIfAbsent(key(u.name()), u.name()));
		Set<String> taken = new HashSet<>();
		List<RegisteredUnit> distinct = new ArrayList<>();
		for (RegisteredUnit unit : units) {
			if (counts.get(key(unit.name())) == 1) {
				distinct.add(unit);
				continue;
			}
			String parent = unit.parent() == null ? null
					: names.getOrDefault(key(unit.parent()),
							number(key(unit.parent())).map(n -> names.get("#" + n)).orElse(null));
			String name = unit.name() + " (" + (parent != null ? parent : unit.code()) + ")";
			if (!taken.add(key(name))) {
				name = unit.name() + " (" + unit.code() + ")";
			}
			distinct.add(new RegisteredUnit(unit.code(), name, unit.aliases(), unit.parent(), unit.kind(), unit.sheet(),
					unit.cell(), unit.parentCell()));
		}
		return distinct;
	}

	/** A code of digits alone without its leading zeros ("0101" → "101"), or nothing. */
	private static Optional<String> number(String code) {
		if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		String number = code.replaceFirst("^0+(?=.)", "");
		return Optional.of(number);
	}

	public List<RegisteredUnit> units() {
		return units;
	}

	@Override
	public boolean isEmpty() {
		return units.isEmpty();
	}

	/** The registered unit a name, code or other name stands for. */
	public Optional<RegisteredUnit> find(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String key = key(typed);
		RegisteredUnit unit = byKey.get(key);
		if (unit == null && !key.isEmpty() && !key.endsWith(".")) {
			// A short name typed without its dot, "กจ" for กจ. (a trial's respondents: their unit left unknown).
			unit = byKey.get(key + ".");
		}
		if (unit == null && key.indexOf('(') > 0) {
			unit = inParentheses(key);
		}
		if (unit == null && key.indexOf('.') >= 0 && key.indexOf('.') < key.length() - 1 && key.chars().noneMatch(Character::isDigit)) {
			// A short name with a dot after each letter, "ก.จ." for กจ. (a retrial's respondents).
			String letters = key.replace(".", "");
			unit = byKey.getOrDefault(letters + ".", byKey.get(letters));
		}
		// A code's leading zeros are lost where Excel took it for a number (01 became 1), in the register's
		// own codes or in the parents and inputs that name them: the parent "01" of code 1 was "not in
		// the register", and the whole register refused (a trial).
		return unit != null ? Optional.of(unit) : number(key).map(byNumber::get);
	}

	/**
	 * A unit written with a unit above it, or another of its names, in parentheses: "กลุ่มงานยุทธศาสตร์
	 * (กองแผนงาน)" as the unit written with its parent (a trial's respondents), "กองคลัง (กค.)".
	 */
	private RegisteredUnit inParentheses(String key) {
		RegisteredUnit whole = byKey.get(key.replace("(", "").replace(")", ""));
		if (whole != null) {
			return whole;
		}
		int open = key.indexOf('(');
		int close = key.indexOf(')', open);
		RegisteredUnit before = byKey.get(key.substring(0, open));
		RegisteredUnit inside = close > open ? byKey.get(key.substring(open + 1, close)) : null;
		return before != null && inside != null && (inside == before || above(inside, before)) ? before : null;
	}

	/** The names of the units a name stands for alike, where it names several and so none (else empty). */
	@Override
	public List<String> sharing(String typed) {
		if (typed == null || find(typed).isPresent()) {
			return List.of();
		}
		return shared.getOrDefault(key(typed), List.of()).stream().map(RegisteredUnit::name).toList();
	}

	/**
	 * The unit this is another name of, where exactly one unit has it as another name and none has it
	 * as its name or code: what a unit's old or misspelt name, added to the register, stands for.
	 */
	public Optional<RegisteredUnit> otherNameOf(String typed) {
		String key = key(typed);
		List<RegisteredUnit> owners = aliasOwners.getOrDefault(key, List.of());
		return owners.size() == 1 && !nameKeys.contains(key) ? Optional.of(owners.get(0)) : Optional.empty();
	}

	/**
	 * The registered unit of exactly this name, not found by a code or another name: what inputs
	 * are stored under once matched, and what a page or a report names a unit by.
	 */
	public Optional<RegisteredUnit> named(String name) {
		return find(name).filter(unit -> unit.name().equals(name));
	}

	@Override
	public boolean severalUnits() {
		return units.size() > 1;
	}

	@Override
	public Optional<String> canonical(String typed) {
		return find(typed).map(RegisteredUnit::name);
	}

	@Override
	public List<String> closest(String typed) {
		String wanted = key(typed);
		// A code typed ("S24"): the units whose codes are a slip from it, by code and name; how near a code
		// is to a name says nothing (a holdout trial's "S24" was offered none beside S21, S22 and S23).
		if (wanted.chars().anyMatch(Character::isDigit)) {
			List<String> byCode = units.stream()
				.filter(u -> u.code() != null && (slip(wanted, key(u.code()), true) || slip(wanted, key(u.code()), false)))
				.sorted(Comparator.comparing(RegisteredUnit::code))
				.limit(3)
				.map(u -> u.code() + " " + u.name())
				.toList();
			if (!byCode.isEmpty()) {
				return byCode;
			}
		}
		// A name that holds what was typed, letter by letter in order ("กองคลัง" in "กองบริหารการคลัง"),
		// before the names a few letters away: people leave words out more than they misspell. Names
		// that share no more than "กลุ่ม" with it are left out: a trial's unit missing from the register
		// was offered three unrelated groups.
		// A name what was typed holds with more beside it ("กลุ่มงานยุทธศาสตร์ กรมอื่น") comes first of all.
		return units.stream()
			.filter(u -> holds(wanted, key(u.name())) || within(wanted, key(u.name()))
					|| ThaiText.distance(wanted, key(u.name())) <= Math.max(3, wanted.length() / 3))
			.sorted(Comparator.comparingInt((RegisteredUnit u) -> holds(wanted, key(u.name())) ? 0 : 1)
				.thenComparingInt(u -> within(wanted, key(u.name())) ? 0 : 1)
				.thenComparingInt(u -> ThaiText.distance(wanted, key(u.name())))
				.thenComparing(RegisteredUnit::name))
			.limit(3)
			.map(RegisteredUnit::name)
			.toList();
	}

	/**
	 * The registered unit a name not in the register most likely misspells: the one whose name or
	 * other name is a letter or two away (one in six letters, marks counted), the nearest; none where two are as near,
	 * nor for short names ("กข." is as near to "กค." as to "กจ.").
	 */
	public Optional<String> likely(String typed) {
		Map<RegisteredUnit, List<String>> names = new LinkedHashMap<>();
		for (RegisteredUnit unit : units) {
			List<String> keys = new ArrayList<>(unit.aliases().stream().map(UnitRegister::key).toList());
			keys.add(key(unit.name()));
			names.put(unit, keys);
		}
		Optional<String> near = ThaiText.uniquelyNearest(key(typed), names, LIKELY_LETTERS).map(RegisteredUnit::name);
		if (near.isPresent()) {
			return near;
		}
		// Its name without the word of its kind ("พัฒนาชุมชนชายฝั่งจังหวัดจันทบุรี"): eight letters off,
		// a trial's unit was said to have sent nothing beside the data sent under it.
		Optional<String> bare = withoutItsKind(typed).map(RegisteredUnit::name);
		return bare.isPresent() ? bare : codeTypedAmiss(typed).map(RegisteredUnit::name);
	}

	/**
	 * The one unit whose code a code of three digits or more is one slip from: two digits side by side
	 * swapped ("0230" for 0203, a trial's), else one digit typed for another. Swaps first: in a register
	 * coded 0200, 0201, … a mistyped digit is a step from several codes (the trial's 0230 from 0200 too).
	 */
	private Optional<RegisteredUnit> codeTypedAmiss(String typed) {
		String wanted = key(typed);
		if (wanted.length() < 3 || !wanted.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		for (boolean swapped : new boolean[] { true, false }) {
			List<RegisteredUnit> near = units.stream()
				.filter(u -> u.code() != null && slip(wanted, key(u.code()), swapped))
				.toList();
			if (!near.isEmpty()) {
				return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** True when the code is the typed one with two digits side by side swapped, or else with one digit other. */
	private static boolean slip(String typed, String code, boolean swapped) {
		if (typed.length() != code.length() || typed.equals(code)) {
			return false;
		}
		int first = -1;
		int differing = 0;
		for (int i = 0; i < typed.length(); i++) {
			if (typed.charAt(i) != code.charAt(i)) {
				differing++;
				first = first < 0 ? i : first;
			}
		}
		return swapped ? differing == 2 && first + 1 < typed.length() && typed.charAt(first) == code.charAt(first + 1)
				&& typed.charAt(first + 1) == code.charAt(first) : differing == 1;
	}

	/** The one unit whose name is this without the word of its kind it starts with ("ส่งเสริมอาชีพ" of กลุ่มส่งเสริมอาชีพ). */
	private Optional<RegisteredUnit> withoutItsKind(String typed) {
		String wanted = key(typed);
		List<RegisteredUnit> bare = wanted.length() < RUN_IN_LETTERS ? List.of()
				: units.stream().filter(u -> CommonColumns.withoutKind(key(u.name())).equals(wanted)).toList();
		return bare.size() == 1 ? Optional.of(bare.get(0)) : Optional.empty();
	}

	/**
	 * The unit a text such as a title names by its registered name or another name, as a word of
	 * its own (up to three words: "Finance Division"); codes are left out, a year or a number in a
	 * title being no code. Of several, the one furthest down the register ("กองคลัง กรมทดสอบ" is
	 * กองคลัง's).
	 */
	@Override
	public Optional<String> namedIn(String text) {
		RegisteredUnit deepest = null;
		for (String phrase : phrases(text)) {
			Optional<RegisteredUnit> unit = find(phrase).filter(u -> namedAsName(u, phrase));
			if (unit.isPresent() && (deepest == null || depth(unit.get()) > depth(deepest))) {
				deepest = unit.get();
			}
		}
		Optional<RegisteredUnit> runIn = runIn(text);
		if (runIn.isPresent() && (deepest == null || depth(runIn.get()) > depth(deepest))) {
			return runIn.map(RegisteredUnit::name);
		}
		return Optional.ofNullable(deepest).map(RegisteredUnit::name);
	}

	/** A text's words and runs of up to three of them ("Finance Division"), as a title or a file's name names units. */
	private static List<String> phrases(String text) {
		List<String> words = List.of(ThaiText.clean(text).split("[\\s()\\[\\]:,;\"“”]+"));
		List<String> phrases = new ArrayList<>();
		for (int start = 0; start < words.size(); start++) {
			for (int end = Math.min(words.size(), start + 3); end > start; end--) {
				phrases.add(String.join(" ", words.subList(start, end)));
			}
		}
		return phrases;
	}

	/** A code is no name in a title; a unit coded by its name (a register without codes) is named so. */
	private static boolean namedAsName(RegisteredUnit unit, String phrase) {
		return !key(unit.code()).equals(key(phrase)) || key(unit.name()).equals(key(phrase));
	}

	/**
	 * {@inheritDoc} Its words as a title's, every unit named by a phrase of up to three words or run into
	 * them: a trial's "ผลITA66_ตสน_เสนอ_กองแผนงาน.xlsx" was filed under กองแผนงาน and replaced its scores;
	 * "ITA_กลุ่มงานระบบสารสนเทศ_ศทส" names the group and the centre above it, so the group.
	 */
	@Override
	public Optional<String> namedInFileName(String text) {
		Set<RegisteredUnit> named = new HashSet<>(runInUnits(text));
		for (String phrase : phrases(text)) {
			// A short name's dot is left out of a file's name: "ตสน" for ตสน., "กบค" for กบค.
			String dotted = phrase.endsWith(".") ? phrase : phrase + ".";
			// Not by a name without its kind's word: "แผนงาน" in "ผลITA_แผนงาน.xlsx" is a work plan as often as
			// กองแผนงาน (a review), and a file named so is refused for naming no unit rather than filed under one.
			find(phrase).or(() -> find(dotted)).filter(u -> namedAsName(u, phrase)).ifPresent(named::add);
			if (!sharing(phrase).isEmpty() || !sharing(dotted).isEmpty()) {
				return Optional.empty(); // a name two units have names neither, nor the file
			}
		}
		Optional<RegisteredUnit> lowest = named.stream().max(Comparator.comparingInt(this::depth));
		if (lowest.isEmpty()) {
			return Optional.empty();
		}
		Set<String> line = new HashSet<>(); // the lowest unit and those above it
		Optional<RegisteredUnit> up = lowest;
		while (up.isPresent() && line.add(up.get().code())) {
			up = parentOf(up.get());
		}
		return named.stream().allMatch(u -> line.contains(u.code())) ? lowest.map(RegisteredUnit::name) : Optional.empty();
	}

	/**
	 * A registered name run into a title's other words, as Thai is written without spaces between
	 * words: "…ให้กับบุคลากรสำนักงานเลขานุการกรม" (a trial's plan went to the configured unit for want
	 * of a space). The deepest unit found; none where two of that depth are ("ของกองคลัง เปรียบเทียบกับ
	 * กองการเจ้าหน้าที่" is the title pattern's, "ของ" naming the one it is of). A name found inside a
	 * longer one found ("กองคลัง" in "กองคลังและพัสดุ") is the longer one's.
	 */
	private Optional<RegisteredUnit> runIn(String text) {
		Set<RegisteredUnit> units = runInUnits(text);
		int deepest = units.stream().mapToInt(this::depth).max().orElse(-1);
		List<RegisteredUnit> atDeepest = units.stream().filter(u -> depth(u) == deepest).toList();
		return atDeepest.size() == 1 ? Optional.of(atDeepest.get(0)) : Optional.empty();
	}

	/** The units whose names are run into the text, a name found inside a longer one found being the longer one's. */
	private Set<RegisteredUnit> runInUnits(String text) {
		String compact = key(text);
		List<String> found = runInNames.keySet().stream().filter(compact::contains).toList();
		Set<RegisteredUnit> units = new HashSet<>();
		for (String name : found) {
			if (found.stream().noneMatch(other -> other.length() > name.length() && other.contains(name))) {
				units.add(runInNames.get(name));
			}
		}
		return units;
	}

	/**
	 * How many units the unit is below (0 for a top unit); a register with a loop is refused when
	 * read, and the bound only keeps a caller from hanging on one.
	 */
	public int depth(RegisteredUnit unit) {
		int depth = 0;
		for (Optional<RegisteredUnit> up = parentOf(unit); up.isPresent() && depth < units.size(); up = parentOf(up.get())) {
			depth++;
		}
		return depth;
	}

	/** Whether {@code upper} is a unit above {@code unit}, however far. */
	private boolean above(RegisteredUnit upper, RegisteredUnit unit) {
		int steps = 0;
		for (Optional<RegisteredUnit> up = parentOf(unit); up.isPresent() && steps < units.size(); up = parentOf(up.get())) {
			if (up.get() == upper) {
				return true;
			}
			steps++;
		}
		return false;
	}

	/** The unit a unit belongs to, if any. */
	public Optional<RegisteredUnit> parentOf(RegisteredUnit unit) {
		return unit.parent() == null ? Optional.empty() : find(unit.parent());
	}

	@Override
	public boolean hasUnitsBelow(String name) {
		return named(name).map(unit -> !children(unit).isEmpty()).orElse(false);
	}

	/** The units directly below a unit. */
	public List<RegisteredUnit> children(RegisteredUnit unit) {
		return units.stream().filter(u -> parentOf(u).map(p -> p.code().equals(unit.code())).orElse(false)).toList();
	}

	/**
	 * Checks a register: the same code twice, a parent that is not in it and a cycle of parents are
	 * errors; two units whose names normalise alike are a warning.
	 */
	public static void check(List<RegisteredUnit> units, MessageLog log) {
		Map<String, RegisteredUnit> codes = new LinkedHashMap<>();
		Map<String, Integer> names = new HashMap<>(); // a name's key, and the place of the first unit of it
		UnitRegister register = new UnitRegister(units);
		for (int i = 0; i < units.size(); i++) {
			RegisteredUnit unit = units.get(i);
			RegisteredUnit first = codes.putIfAbsent(key(unit.code()), unit);
			if (first != null) {
				// A configured register's units have no cells: the first is named (a retrial read "first at null").
				log.cell(MessageCode.REGISTER_CODE_DUPLICATE, unit.sheet(), unit.cell(), unit.code(),
						first.cell() == null ? first.name() : first.cell());
			}
			Integer sameName = names.putIfAbsent(ThaiText.compactKey(unit.name()), i);
			if (sameName != null && first == null) {
				RegisteredUnit earlier = units.get(sameName);
				if (earlier.name().strip().equals(unit.name().strip()) && !sameParent(register, earlier, unit)) {
					// Each department has its สำนักงานเลขานุการกรม: no row to remove (a trial's ministry register).
					log.cell(MessageCode.REGISTER_NAME_IN_PARENTS, unit.sheet(), unit.cell(), unit.name().strip(),
							register.units().get(sameName).name(), register.units().get(i).name());
				}
				else if (earlier.name().strip().equals(unit.name().strip())) {
					// "Alike once spaces and marks are set aside" of two names the same (a trial's row listed twice).
					log.cell(MessageCode.REGISTER_NAME_TWICE, unit.sheet(), unit.cell(), unit.name().strip(),
							earlier.cell() == null ? earlier.code() : earlier.cell(), register.units().get(i).name());
				}
				else {
					log.cell(MessageCode.REGISTER_NAME_ALIKE, unit.sheet(), unit.cell(), unit.name(),
							register.units().get(sameName).name(), register.units().get(i).name());
				}
			}
		}
		checkOtherNames(units, register, log);
		for (RegisteredUnit unit : units) {
			if (unit.parent() == null) {
				continue;
			}
			if (register.find(unit.parent()).isEmpty()) {
				List<String> sharing = register.sharing(unit.parent());
				if (sharing.isEmpty()) {
					// A parent typed by name a letter or two off is offered its likely name, as an input's unit is
					// ("กองครัง": a trial found no hint where the unknown units of other inputs had one).
					Optional<String> likely = register.likely(unit.parent());
					log.cell(MessageCode.REGISTER_PARENT_UNKNOWN, unit.sheet(), unit.parentOrCodeCell(), unit.parent(),
							unit.name(), likely.map(name -> " (น่าจะเป็น \"" + name + "\")").orElse(""),
							likely.map(name -> " (likely \"" + name + "\")").orElse(""));
				}
				else {
					log.cell(MessageCode.REGISTER_PARENT_AMBIGUOUS, unit.sheet(), unit.parentOrCodeCell(), unit.parent(),
							unit.name(), String.join(", ", sharing));
				}
				continue;
			}
			Set<String> seen = new HashSet<>();
			Optional<RegisteredUnit> up = Optional.of(unit);
			while (up.isPresent() && seen.add(key(up.get().code()))) {
				up = register.parentOf(up.get());
			}
			// Only a unit on the cycle is said to lead back to itself; one below it is refused with it,
			// its parents never reaching the top (a trial: "the parents of กลุ่มงานพัฒนาระบบ lead back to it").
			if (up.isPresent() && key(up.get().code()).equals(key(unit.code()))) {
				log.cell(MessageCode.REGISTER_CYCLE, unit.sheet(), unit.parentOrCodeCell(), unit.name());
			}
			else if (up.isPresent()) {
				log.cell(MessageCode.REGISTER_BELOW_CYCLE, unit.sheet(), unit.parentOrCodeCell(), unit.name(),
						up.get().name());
			}
		}
	}

	/** Whether two units are listed under one parent (or both at the top), however it is written. */
	private static boolean sameParent(UnitRegister register, RegisteredUnit one, RegisteredUnit other) {
		if (one.parent() == null || other.parent() == null) {
			return one.parent() == null && other.parent() == null;
		}
		Optional<RegisteredUnit> a = register.find(one.parent());
		Optional<RegisteredUnit> b = register.find(other.parent());
		return a.isPresent() && b.isPresent() ? a.get().code().equals(b.get().code())
				: key(one.parent()).equals(key(other.parent()));
	}

	/**
	 * Another name two units have is a warning at the second (it names neither), one that is another
	 * unit's name or code a warning at the unit that lists it (it names that unit): both were accepted
	 * without a word, and the data went to whichever unit was listed first (a trial).
	 */
	private static void checkOtherNames(List<RegisteredUnit> units, UnitRegister register, MessageLog log) {
		// The units by their names' and codes' keys, made once: a register of a thousand units was walked
		// for every other name.
		Map<String, List<RegisteredUnit>> byNameOrCode = new HashMap<>();
		for (RegisteredUnit unit : register.units()) {
			byNameOrCode.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
			byNameOrCode.computeIfAbsent(key(unit.code()), k -> new ArrayList<>()).add(unit);
		}
		Map<String, RegisteredUnit> firstOwner = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			RegisteredUnit unit = units.get(i);
			RegisteredUnit named = register.units().get(i);
			for (String alias : unit.aliases().stream().distinct().toList()) {
				String key = key(alias);
				Optional<RegisteredUnit> owner = byNameOrCode.getOrDefault(key, List.of()).stream()
					.filter(u -> u != named)
					.findFirst();
				if (owner.isPresent()) {
					log.cell(MessageCode.REGISTER_OTHER_NAME_TAKEN, unit.sheet(), unit.cell(), alias, named.name(),
							owner.get().name());
					continue;
				}
				RegisteredUnit first = firstOwner.putIfAbsent(key, named);
				if (first != null && first != named) {
					log.cell(MessageCode.REGISTER_OTHER_NAME_SHARED, unit.sheet(), unit.cell(), alias, named.name(),
							first.name());
				}
			}
		}
	}

	private static String key(String text) {
		return ThaiText.compactKey(text == null ? "" : text);
	}

	/** True when what was typed holds a whole name long enough not to be part of another word by chance. */
	private static boolean holds(String typed, String name) {
		return name.length() >= RUN_IN_LETTERS && typed.length() > name.length() && typed.contains(name);
	}

	/** True when every letter of {@code typed} is in {@code name}, in order, and something was typed. */
	static boolean within(String typed, String name) {
		if (typed.isEmpty()) {
			return false;
		}
		int at = 0;
		for (int i = 0; i < name.length() && at < typed.length(); i++) {
			if (name.charAt(i) == typed.charAt(at)) {
				at++;
			}
		}
		return at == typed.length();
	}

	/** Splits "กค., Finance Division" into its names. */
	static List<String> names(String text) {
		List<String> names = new ArrayList<>();
		if (text != null) {
			for (String name : text.split("[,;/\\n]")) {
				if (!ThaiText.isBlank(name)) {
					names.add(ThaiText.clean(name));
				}
			}
		}
		return names;
	}
}
