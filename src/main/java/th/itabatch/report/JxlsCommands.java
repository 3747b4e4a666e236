package th.itabatch.report;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

/**
 * The commands JXLS fills an Excel template with, as {@link XlsxTemplateEngine}'s builder has them:
 * a note naming any other fails the fill.
 */
final class JxlsCommands extends JxlsPoiTemplateFillerBuilder {

	/**
	 * Their names: those of JXLS's comment reader (its XlsCommentAreaBuilder's own) and those the POI
	 * builder adds (mergeCells, autoRowHeight, image…), which a first list without them refused (a review).
	 */
	static final List<String> NAMES = names();

	private JxlsCommands() {
	}

	/** In alphabetical order, as the template check lists them. */
	private static List<String> names() {
		Set<String> names = new TreeSet<>(List.of("area", "each", "if", "grid", "updateCell"));
		names.addAll(new JxlsCommands().commands.keySet());
		return List.copyOf(names);
	}
}
