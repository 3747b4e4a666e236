package th.itabatch.workbook;

import java.util.ArrayList;
import java.util.List;

import th.itabatch.thai.ThaiText;

/**
 * One column's header as found: its label and, for a two-row header, the group label above it
 * (the merged "ระยะเวลาดำเนินการ" over the month cells).
 *
 * @param column the 0-based column
 * @param label the header text of the column
 * @param group the group header above it, or {@code null}
 */
public record HeaderCell(int column, String label, String group) {

	/** The texts worth matching, most specific first: the label, the group, both together. */
	public List<String> candidates() {
		List<String> candidates = new ArrayList<>();
		if (!label.isEmpty()) {
			candidates.add(label);
		}
		if (group != null) {
			candidates.add(group);
			candidates.add(group + " " + label);
		}
		return candidates;
	}

	/**
	 * True when the label matches an alias (see {@link ColumnAliases}). The group is not tried: a
	 * title such as "ปีงบประมาณ 2564" merged over the header is no column of its own.
	 */
	public boolean matches(ColumnAliases aliases) {
		return aliases.matches(label);
	}

	public String key() {
		return ThaiText.key(label);
	}
}
