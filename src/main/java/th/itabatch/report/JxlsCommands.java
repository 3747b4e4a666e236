package th.itabatch.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
	static final Set<String> NAMES = names();

	private JxlsCommands() {
	}

	private static Set<String> names() {
		Set<String> names = new LinkedHashSet<>(List.of("area", "each", "if", "grid", "updateCell"));
		names.addAll(new JxlsCommands().commands.keySet());
		return Set.copyOf(names);
	}
}
