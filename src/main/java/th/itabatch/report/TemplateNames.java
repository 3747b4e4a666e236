package th.itabatch.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.itabatch.thai.ThaiText;

/**
 * The names a template may use, as one fill's variables give them: whether a dotted name
 * ("report.unit", "r.score") is there, and else the nearest one that is, for the message that says
 * so. A name is checked as far as the values are maps (a text's own methods are the expression's
 * business); the items of a list are known by the keys its rows have.
 */
final class TemplateNames {

	private final Map<String, Object> variables;

	TemplateNames(Map<String, Object> variables) {
		this.variables = variables;
	}

	/**
	 * A name that is not there.
	 *
	 * @param name the name as far as it is known to be wrong ("report.unti")
	 * @param nearest the nearest known name ("report.unit"), or {@code null} when none is near
	 */
	record Unknown(String name, String nearest) {
	}

	/** The value of a name, its parts a map's keys one in another ("brief.scores"), or {@code null}. */
	Object value(List<String> path) {
		Object value = variables;
		for (String part : path) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

	/** The top-level names whose values are lists: what a table's items may be. */
	Set<String> lists() {
		Set<String> lists = new LinkedHashSet<>();
		variables.forEach((name, value) -> {
			if (value instanceof Collection<?>) {
				lists.add(name);
			}
		});
		return lists;
	}

	/**
	 * The keys of a list's rows: all their keys together; {@code null} where the rows give none to go
	 * by (an empty list, or one that stands as a row saying it is empty, "ยังไม่มีผลคะแนน", whose few keys
	 * are not a row's).
	 */
	static Set<String> itemKeys(Object list) {
		if (!(list instanceof Collection<?> rows)) {
			return null;
		}
		Set<String> keys = new LinkedHashSet<>();
		for (Object row : rows) {
			if (row instanceof Map<?, ?> map && !map.containsKey(ReportTemplateModel.PLACEHOLDER)) {
				map.keySet().forEach(k -> keys.add(String.valueOf(k)));
			}
		}
		return keys.isEmpty() ? null : keys;
	}

	/**
	 * Whether a name is known: its first part a variable (or a table's row, whose keys are given), each
	 * further part a key of the map before it.
	 *
	 * @param path the name's parts ({@code [report, unit]})
	 * @param rows the names of the tables' rows in scope ("r") with their keys ({@code null}: unknown)
	 */
	Optional<Unknown> unknown(List<String> path, Map<String, Set<String>> rows) {
		if (path.isEmpty()) {
			return Optional.empty();
		}
		String root = path.get(0);
		if (rows.containsKey(root)) {
			Set<String> keys = rows.get(root);
			if (keys == null || path.size() < 2 || keys.contains(path.get(1))) {
				return Optional.empty();
			}
			return Optional.of(new Unknown(root + "." + path.get(1), nearest(path.get(1), keys).map(k -> root + "." + k).orElse(null)));
		}
		if (!variables.containsKey(root)) {
			Set<String> known = new LinkedHashSet<>(variables.keySet());
			known.addAll(rows.keySet());
			return Optional.of(new Unknown(root, nearest(root, known).orElse(null)));
		}
		Object value = variables.get(root);
		StringBuilder name = new StringBuilder(root);
		for (String part : path.subList(1, path.size())) {
			if (!(value instanceof Map<?, ?> map)) {
				return Optional.empty();
			}
			if (!map.containsKey(part)) {
				String prefix = name + ".";
				Set<String> keys = new LinkedHashSet<>();
				map.keySet().forEach(k -> keys.add(String.valueOf(k)));
				return Optional.of(new Unknown(prefix + part, nearest(part, keys).map(k -> prefix + k).orElse(null)));
			}
			value = map.get(part);
			name.append('.').append(part);
		}
		return Optional.empty();
	}

	/** The known name nearest the one given, within a third of its letters (at least two). */
	static Optional<String> nearest(String wanted, Collection<String> known) {
		return ThaiText.nearest(wanted, known, Math.max(2, wanted.length() / 3));
	}
}
