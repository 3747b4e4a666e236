package th.itabatch.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import th.itabatch.scores.ScoreEntry;

/**
 * Keeps the HTML of the units' figures (their scores, trend, narrative, plan and warnings) by the
 * report they come from and the unit's current scores: what a report said never changes, and the
 * trend changes only with the unit's scores (a workbook sent again with one unit corrected leaves
 * the others' pages as they were). A unit's page is opened again and again between runs, and drawing
 * its figures was most of the time a view took; what is around them (the deadline, the downloads,
 * the failures) is read for every view.
 */
@Component
class UnitPages {

	/**
	 * How many renderings are kept, the least recently shown dropped first: a thousand units in two
	 * languages, some 20 KB each.
	 */
	private static final int KEPT = 2_000;

	private final Map<List<Object>, String> kept = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
			return size() > KEPT;
		}
	});

	private final DashboardService dashboards;

	UnitPages(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	/**
	 * The HTML of the dashboard's figures, rendered for the first view of its report and the unit's
	 * scores as they are, and kept for the next ones.
	 *
	 * @param dashboard the dashboard, with a report
	 * @param variant what else the HTML depends on (the language)
	 * @param render renders the figures as HTML
	 */
	String figures(UnitDashboard dashboard, Object variant, Function<UnitFigures, String> render) {
		List<ScoreEntry> scores = dashboards.currentScores(dashboard.unit());
		List<Object> key = List.of(dashboard.unit(), dashboard.latest().id(), scores, variant);
		String html = kept.get(key);
		if (html == null) {
			html = render.apply(dashboards.figures(dashboard, scores));
			kept.put(key, html);
		}
		return html;
	}
}
