package th.itabatch.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

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
	 * The compressed bytes kept at most, the least recently shown dropped first: a unit's figures
	 * are some 25,000 characters (50 KB as a Java string of Thai text), 4–6 KB compressed, so this
	 * keeps a few thousand units' in either language without weighing on a run's heap.
	 */
	private static final long KEPT_BYTES = 16L << 20;

	private final Map<List<Object>, byte[]> kept = new LinkedHashMap<>(256, 0.75f, true);

	/** The size of what {@link #kept} holds. */
	private long keptBytes;

	private final DashboardService dashboards;

	UnitPages(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	/**
	 * The HTML of the dashboard's figures, rendered for the first view of its report and the unit's
	 * scores as they are, and kept for the next ones.
	 *
	 * @param dashboard the dashboard, with a report
	 * @param variant what else the HTML depends on (the locale it is rendered in)
	 * @param render renders the figures as HTML
	 */
	String figures(UnitDashboard dashboard, Object variant, Function<UnitFigures, String> render) {
		List<ScoreEntry> scores = dashboards.currentScores(dashboard.unit());
		// The report's whole row, not its id alone: a database emptied and filled again (a restore, the
		// tests) numbers its reports from the start again.
		List<Object> key = List.of(dashboard.unit(), dashboard.latest(), scores, variant);
		byte[] packed;
		synchronized (kept) {
			packed = kept.get(key);
		}
		if (packed != null) {
			return unpacked(packed);
		}
		String html = render.apply(dashboards.figures(dashboard, scores));
		keep(key, packed(html));
		return html;
	}

	private void keep(List<Object> key, byte[] packed) {
		synchronized (kept) {
			byte[] before = kept.put(key, packed);
			keptBytes += packed.length - (before == null ? 0 : before.length);
			Iterator<byte[]> eldest = kept.values().iterator();
			while (keptBytes > KEPT_BYTES && eldest.hasNext()) {
				keptBytes -= eldest.next().length;
				eldest.remove();
			}
		}
	}

	private static byte[] packed(String html) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length() / 4);
		try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
			out.write(html.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	private static String unpacked(byte[] packed) {
		try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
