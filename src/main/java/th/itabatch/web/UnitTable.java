package th.itabatch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import th.itabatch.report.DepartmentReport.Row;
import th.itabatch.report.ReportStatus;
import th.itabatch.report.UnitStanding;
import th.itabatch.thai.ThaiNameOrder;
import th.itabatch.thai.ThaiText;
import th.itabatch.units.RegisteredUnit;

/**
 * How the department page's table of units is sorted and filtered, as its query parameters say:
 * done on the server, so that sorting and filtering work without a script.
 *
 * @param sort the column sorted on (one of {@link #COLUMNS}; rank when unknown)
 * @param descending whether it is sorted from the highest
 * @param text the text the unit names are filtered on ("" for none)
 * @param show which units are shown (one of {@link #FILTERS}; all when unknown)
 * @param page the page of {@link #PAGE_SIZE} rows shown, from 1
 */
record UnitTable(String sort, boolean descending, String text, String show, int page) {

	/** Rows on a page: a department of a thousand units is read fifty at a time, and sent so. */
	static final int PAGE_SIZE = 50;

	/** The sortable columns, in the table's order. */
	static final List<String> COLUMNS = List.of("rank", "unit", "branch", "overall", "level", "result", "weakest", "done",
			"data", "status");

	/**
	 * The status filters: every unit, those short of their round's target, those that sent nothing,
	 * those that sent something but no plan, those with a plan but not the month's progress, those
	 * without a report.
	 */
	static final List<String> FILTERS = List.of("all", "failing", "silent", "noPlan", "noProgress", "missing");


	/** The units' and branches' names in Thai dictionary order, by position: worked out once per report. */
	static Map<String, Integer> nameOrder(List<Row> rows) {
		// Each name's key made once: sorting the names with a collator compared them some ten thousand
		// times through its synchronised compare, 40 % of the department page's time while a run
		// changed the standings every second.
		return ThaiNameOrder.positions(rows.stream().flatMap(r -> Stream.of(r.member().name(), r.member().parent())).toList());
	}

	// As the department narrative asks (a trial found the scores-only units under "no progress").
	private static final Map<String, Predicate<Row>> SHOWN = Map.of("all", r -> true, "failing",
			r -> Boolean.FALSE.equals(r.standing().passed()), "silent", r -> r.standing().arrived().silent(), "noPlan",
			r -> r.standing().arrived().noPlan(), "noProgress", r -> r.standing().owesProgress(), "missing",
			r -> r.standing().reportId() == null);

	/**
	 * Columns sorted from the highest when first chosen: the scores' the best first, as the rank (level
	 * too, which had the worst first beside an overall with the best); the report's status the missing
	 * first, where a trial's first click put "made late" first and the missing last.
	 */
	private static final List<String> HIGHEST_FIRST = List.of("overall", "level", "result", "weakest", "done", "data",
			"status");

	UnitTable {
		sort = sort != null && COLUMNS.contains(sort) ? sort : "rank";
		text = text == null ? "" : text.strip();
		show = show != null && FILTERS.contains(show) ? show : "all";
		page = Math.max(page, 1);
	}

	static UnitTable of(String sort, String dir, String text, String show, String page) {
		String column = sort != null && COLUMNS.contains(sort) ? sort : "rank";
		boolean descending = dir == null ? HIGHEST_FIRST.contains(column) : "desc".equals(dir);
		// A page number typed in the address as anything but a number is the first page, not a bare
		// 400 (a trial's ?page=abc); one past the last is the last (DepartmentPages).
		int number = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
		return new UnitTable(column, descending, text, show, number);
	}

	/** The same table on another page. */
	UnitTable onPage(int number) {
		return new UnitTable(sort, descending, text, show, number);
	}

	/** The direction a click on the column's header sorts in: the other way when it is the current one. */
	String nextDir(String column) {
		if (column.equals(sort)) {
			return descending ? "asc" : "desc";
		}
		return HIGHEST_FIRST.contains(column) ? "desc" : "asc";
	}

	/** The aria-sort value of a column's header. */
	public String ariaSort(String column) {
		return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
	}

	public boolean filtered() {
		return !text.isEmpty() || !"all".equals(show);
	}

	/**
	 * The rows shown, in the order asked for; rows without the sorted value always last.
	 *
	 * @param rows the department's rows
	 * @param names their names' {@link #nameOrder}: a collator's comparison costs too much to make
	 *     thousands of times for every request
	 * @param otherNames what else a unit is found by: its code and the other names the register
	 *     gives it ("กค.", "Finance Division")
	 */
	List<Row> apply(List<Row> rows, Map<String, Integer> names, Function<String, List<String>> otherNames) {
		String key = ThaiText.key(text);
		Predicate<Row> shown = SHOWN.get(show);
		List<Row> result = new ArrayList<>();
		for (Row row : rows) {
			if (shown.test(row) && (key.isEmpty() || found(key, row.member().name(), otherNames))) {
				result.add(row);
			}
		}
		result.sort(comparator(names));
		return result;
	}

	/** A registered unit's code and other names, what the search finds it by beside its name. */
	static List<String> otherNames(RegisteredUnit unit) {
		List<String> other = new ArrayList<>(unit.aliases());
		if (unit.code() != null) {
			other.add(unit.code());
		}
		return other;
	}

	private static boolean found(String key, String name, Function<String, List<String>> otherNames) {
		return ThaiText.key(name).contains(key)
				|| otherNames.apply(name).stream().anyMatch(other -> ThaiText.key(other).contains(key));
	}

	private Comparator<Row> comparator(Map<String, Integer> names) {
		Comparator<Row> byName = Comparator.comparingInt(r -> names.getOrDefault(r.member().name(), Integer.MAX_VALUE));
		Comparator<Row> column = switch (sort) {
			case "unit" -> byName;
			case "branch" -> Comparator.comparingInt(r -> names.getOrDefault(r.member().parent(), Integer.MAX_VALUE));
			case "overall", "level" -> values(r -> r.standing().overall());
			case "result" -> values(r -> r.standing().passed());
			case "weakest" -> values(r -> r.standing().weakest().map(UnitStanding.IndicatorStanding::score).orElse(null));
			case "done" -> values(r -> r.standing().doneShare());
			case "data" -> Comparator.comparingInt(UnitTable::arrivals);
			case "status" -> Comparator.comparing(Row::status, Comparator.comparingInt(ReportStatus::ordinal));
			default -> values(Row::rank);
		};
		if (descending) {
			column = column.reversed();
		}
		// Units without the value stay last whichever way the column is sorted.
		return Comparator.comparing((Row r) -> missing(r)).thenComparing(column).thenComparing(byName);
	}

	private boolean missing(Row row) {
		return switch (sort) {
			case "overall", "level" -> row.standing().overall() == null;
			case "result" -> row.standing().passed() == null;
			case "weakest" -> row.standing().weakest().isEmpty();
			case "done" -> row.standing().doneShare() == null;
			case "rank" -> row.rank() == null;
			default -> false;
		};
	}

	/** Compares values that {@link #missing} has already put apart from the absent ones. */
	private static <T extends Comparable<? super T>> Comparator<Row> values(Function<Row, T> value) {
		return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	private static int arrivals(Row row) {
		UnitStanding.Arrivals a = row.standing().arrived();
		return (a.scores() ? 1 : 0) + (a.plan() ? 1 : 0) + (a.progress() ? 1 : 0);
	}
}
