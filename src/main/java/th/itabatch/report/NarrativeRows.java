package th.itabatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A narrative as the rows a template writes it in, a paragraph (a line of the narrative) an item
 * {@code text}: Excel gives a row 409 points at most, fewer than a whole narrative can need.
 */
final class NarrativeRows {

	private NarrativeRows() {
	}

	/** The narrative's non-blank lines, each as {@code {text: line}}. */
	static List<Map<String, Object>> of(String narrative) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String paragraph : narrative.split("\n")) {
			if (!paragraph.isBlank()) {
				rows.add(Map.of("text", paragraph));
			}
		}
		return rows;
	}
}
