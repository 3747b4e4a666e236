package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.config.GramerSymbol;
import com.deepoove.poi.data.PictureRenderData;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;

import th.itabatch.report.DocxSkeleton.Hole;
import th.itabatch.report.DocxSkeleton.Literal;
import th.itabatch.report.DocxSkeleton.Piece;
import th.itabatch.report.DocxSkeleton.Rows;
import th.itabatch.report.RepeatedRowPolicy.Room;

/**
 * Makes a Word template's {@link DocxSkeleton} with poi-tl: the template is filled with a marker for
 * each value and three marker items for each list, once with the lists' rows kept whole and once let
 * break, and the markers are found in the XML poi-tl saved. A template with tags other than texts,
 * pictures and plain rows, a tag in a header or a footer, or a skeleton that does not write the first
 * document of its shape byte for byte as poi-tl did, has none: poi-tl fills it every time.
 */
final class DocxSkeletons {

	private static final Logger log = LoggerFactory.getLogger(DocxSkeletons.class);

	/** A tag's name that is a path of plain names ({@code brief.unit}), as poi-tl's default look-up reads it. */
	private static final Pattern PATH = Pattern.compile("[\\p{L}\\p{N}_]+(\\.[\\p{L}\\p{N}_]+)*");

	private static final char MARK = '\uE000';

	private static final char MARK_END = '\uE001';

	/**
	 * The marker items of a list: the first item's row, a later item's, and one more, which must be
	 * the same as the second (a row whose copies differ, numbered by poi-tl's own loop policy, has none).
	 */
	private static final int MARKED_ITEMS = 3;

	/** What a marker of a tag's path begins with, which no item's name does. */
	private static final String PATH_KEY = "=";

	/** A tag of the template: its path, and whether it places a picture. */
	record Tag(String path, boolean picture) {
	}

	/**
	 * The values with their markers: what each marker names (a tag's path after {@link #PATH_KEY}, or
	 * an item's name), and each list's marker items' markers, by the list's path.
	 */
	private record Marked(Map<String, Object> values, Map<String, String> markers,
			Map<String, List<List<String>>> items) {
	}

	/** Where a list's marker items' rows are: where each starts, and where the last ends. */
	private record Span(String path, int[] bounds) {

		int start() {
			return bounds[0];
		}

		int end() {
			return bounds[bounds.length - 1];
		}
	}

	private DocxSkeletons() {
	}

	/** The template's tags, or none when one is more than a text or a picture by a plain path (poi-tl fills it). */
	static Optional<List<Tag>> tags(byte[] template) {
		List<Tag> tags = new ArrayList<>();
		try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template))) {
			for (MetaTemplate meta : compiled.getElementTemplates()) {
				if (!(meta instanceof RunTemplate run) || !PATH.matcher(run.getTagName()).matches()) {
					return Optional.empty();
				}
				Character sign = run.getSign();
				boolean picture = sign != null && sign == GramerSymbol.IMAGE.getSymbol();
				boolean text = sign == null || sign == GramerSymbol.TEXT.getSymbol()
						|| sign == GramerSymbol.TEXT_ALIAS.getSymbol();
				if (!picture && !text) {
					return Optional.empty();
				}
				tags.add(new Tag(run.getTagName(), picture));
			}
		}
		catch (IOException | RuntimeException ex) {
			// poi-tl says what is wrong when it fills the template.
			return Optional.empty();
		}
		return Optional.of(tags);
	}

	/**
	 * What kind of value each tag has in a fill (a text, none, a picture of a size, a list's items'
	 * names, an empty list): fills of one shape share a skeleton. None when a value is of a kind a
	 * skeleton does not write.
	 *
	 * @param lists the tags of lists, filled by {@link RepeatedRowPolicy}
	 */
	static Optional<List<String>> shape(List<Tag> tags, Map<String, Object> values, Set<String> lists) {
		List<String> shape = new ArrayList<>();
		for (Tag tag : tags) {
			Object value = DocxSkeleton.valueAt(values, tag.path());
			Optional<String> kind = value == null ? Optional.of("none")
					: tag.picture() ? pictureKind(value)
							: value instanceof List<?> items && lists.contains(tag.path()) ? rowsKind(items)
									: plain(value) ? Optional.of("text") : Optional.empty();
			if (kind.isEmpty()) {
				return Optional.empty();
			}
			shape.add(kind.get());
		}
		return Optional.of(shape);
	}

	private static Optional<String> pictureKind(Object value) {
		if (value instanceof PictureRenderData picture && picture.getPictureStyle() != null) {
			return Optional.of("picture " + picture.getPictureType() + " " + picture.getPictureStyle().getWidth() + "x"
					+ picture.getPictureStyle().getHeight());
		}
		return Optional.empty();
	}

	/** A list's kind: its items' names, each a plain value; none where an item is not a map of them. */
	private static Optional<String> rowsKind(List<?> items) {
		Set<String> names = new TreeSet<>();
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> map)) {
				return Optional.empty();
			}
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!(entry.getKey() instanceof String name) || !plain(entry.getValue())) {
					return Optional.empty();
				}
				names.add(name);
			}
		}
		return Optional.of(items.isEmpty() ? "no rows" : names.isEmpty() ? "rows without names" : "rows " + names);
	}

	/** A value poi-tl writes as its {@code toString()}. */
	private static boolean plain(Object value) {
		return value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Character;
	}

	/**
	 * Whether a skeleton could write the values of the template's tags, so that a fill of them can show
	 * it writes what poi-tl does: no text {@link RunText#leftToPoiTl}, no list's item without a value.
	 * The values no tag names (the Excel report's tables, beside the brief's) do not count.
	 *
	 * @param lists the tags of lists
	 */
	static boolean provable(List<Tag> tags, Map<String, Object> values, Set<String> lists) {
		for (Tag tag : tags) {
			Object value = DocxSkeleton.valueAt(values, tag.path());
			if (tag.picture()) {
				continue;
			}
			if (value instanceof List<?> items && lists.contains(tag.path())) {
				Set<Object> names = new HashSet<>();
				items.forEach(item -> names.addAll(item instanceof Map<?, ?> map ? map.keySet() : Set.of()));
				for (Object item : items) {
					// Not containsValue(null): an immutable map throws on it. Every item has every name
					// the rows show, as a later item lacking one is poi-tl's.
					if (item instanceof Map<?, ?> map && (!map.keySet().containsAll(names)
							|| map.values().stream().anyMatch(v -> v == null || RunText.leftToPoiTl(v)))) {
						return false;
					}
				}
			}
			else if (RunText.leftToPoiTl(value)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The skeleton of the template for fills of this shape, or none where it cannot be made or does not
	 * write the document poi-tl wrote for these values ({@code filled}).
	 *
	 * @param values values a skeleton could write ({@link #provable})
	 * @param lists the tags of lists, filled by {@link RepeatedRowPolicy}
	 * @param filled the document poi-tl made of the template and the values
	 */
	static Optional<DocxSkeleton> compile(byte[] template, List<Tag> tags, Map<String, Object> values, Set<String> lists,
			byte[] filled) {
		try {
			Optional<DocxSkeleton> skeleton = make(template, tags, values, lists);
			if (skeleton.isEmpty()) {
				return skeleton;
			}
			ByteArrayOutputStream again = new ByteArrayOutputStream(filled.length);
			if (!skeleton.get().fill(values, again)) {
				throw new IllegalStateException("Made with values a skeleton leaves to poi-tl");
			}
			Map<String, byte[]> expected = DocxSkeleton.parts(filled);
			Map<String, byte[]> written = DocxSkeleton.parts(again.toByteArray());
			if (!expected.keySet().equals(written.keySet())
					|| expected.entrySet().stream().anyMatch(e -> !Arrays.equals(e.getValue(), written.get(e.getKey())))) {
				log.debug("The Word template's skeleton does not write what poi-tl wrote: poi-tl fills this shape");
				return Optional.empty();
			}
			return skeleton;
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The Word template's skeleton could not be made: poi-tl fills this shape", ex);
			return Optional.empty();
		}
	}

	private static Optional<DocxSkeleton> make(byte[] template, List<Tag> tags, Map<String, Object> values,
			Set<String> lists) throws IOException {
		Optional<Marked> marked = mark(tags, values);
		if (marked.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<Room>> rooms = new HashMap<>();
		Set<String> leftToPoiTl = new HashSet<>();
		Map<String, byte[]> kept = DocxSkeleton.parts(render(template, marked.get().values(), lists, rooms, false, leftToPoiTl));
		Map<String, byte[]> breaking = DocxSkeleton.parts(render(template, marked.get().values(), lists, rooms, true, leftToPoiTl));
		boolean elsewhere = kept.entrySet()
			.stream()
			.anyMatch(part -> !part.getKey().equals(DocxSkeleton.DOCUMENT) && part.getKey().endsWith(".xml")
					&& new String(part.getValue(), StandardCharsets.UTF_8).indexOf(MARK) >= 0);
		Optional<Map<String, String>> pictures = pictures(tags, values, kept);
		if (!leftToPoiTl.isEmpty() || elsewhere || pictures.isEmpty()) {
			// Rows poi-tl's own policy wrote (sections, its loop's variables: copies may differ by their
			// values and places), a tag in a header or a footer, or a picture not found once.
			return Optional.empty();
		}
		String xml = new String(kept.get(DocxSkeleton.DOCUMENT), StandardCharsets.UTF_8);
		Optional<List<Piece>> pieces = pieces(xml, new String(breaking.get(DocxSkeleton.DOCUMENT), StandardCharsets.UTF_8),
				marked.get(), rooms);
		if (pieces.isEmpty()) {
			return Optional.empty();
		}
		Map<String, byte[]> parts = new LinkedHashMap<>(kept);
		parts.put(DocxSkeleton.DOCUMENT, null);
		pictures.get().values().forEach(name -> parts.put(name, null));
		return Optional.of(new DocxSkeleton(Collections.unmodifiableMap(parts), pieces.get(), Map.copyOf(pictures.get()),
				xml.length() + xml.length() / 4));
	}

	/**
	 * A copy of the values with a marker for each text tag's value and, for each list of items, two
	 * items of markers; pictures as they are, for poi-tl to place. None for a list of items without names.
	 */
	private static Optional<Marked> mark(List<Tag> tags, Map<String, Object> values) {
		Map<String, String> markers = new HashMap<>();
		Map<String, List<List<String>>> items = new HashMap<>();
		Map<String, Object> marked = new HashMap<>(values);
		Map<Object, Boolean> copied = new IdentityHashMap<>();
		copied.put(marked, Boolean.TRUE);
		for (Tag tag : tags) {
			Object value = DocxSkeleton.valueAt(values, tag.path());
			if (tag.picture() || value == null || value instanceof List<?> list && list.isEmpty()) {
				continue;
			}
			if (value instanceof List<?> list) {
				Set<String> names = new TreeSet<>();
				list.forEach(item -> ((Map<?, ?>) item).keySet().forEach(name -> names.add((String) name)));
				if (names.isEmpty()) {
					return Optional.empty();
				}
				List<Map<String, Object>> pseudo = new ArrayList<>();
				List<List<String>> itemMarkers = new ArrayList<>();
				for (int i = 0; i < MARKED_ITEMS; i++) {
					Map<String, Object> item = new LinkedHashMap<>();
					names.forEach(name -> item.put(name, marker(markers, name)));
					itemMarkers.add(item.values().stream().map(String.class::cast).toList());
					pseudo.add(item);
				}
				items.put(tag.path(), itemMarkers);
				put(marked, copied, tag.path(), pseudo);
			}
			else {
				put(marked, copied, tag.path(), marker(markers, PATH_KEY + tag.path()));
			}
		}
		return Optional.of(new Marked(marked, markers, items));
	}

	/** A marker for a value's place, and what it names. */
	private static String marker(Map<String, String> markers, String key) {
		String marker = MARK + Integer.toString(markers.size()) + MARK_END;
		markers.put(marker, key);
		return marker;
	}

	/**
	 * Sets a value at a tag's path in the copy of the values, copying each map on the way the first time
	 * it is changed ({@code copied}: the maps that are copies already), so the caller's values stay as they are.
	 */
	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> copy, Map<Object, Boolean> copied, String path, Object value) {
		String[] steps = path.split("\\.");
		Map<String, Object> at = copy;
		for (int i = 0; i < steps.length - 1; i++) {
			Map<String, Object> inner = (Map<String, Object>) at.get(steps[i]);
			if (!copied.containsKey(inner)) {
				inner = new HashMap<>(inner);
				copied.put(inner, Boolean.TRUE);
				at.put(steps[i], inner);
			}
			at = inner;
		}
		at.put(steps[steps.length - 1], value);
	}

	/** The part each picture tag's image became in the package, by the tag's path; none where one is not found once. */
	private static Optional<Map<String, String>> pictures(List<Tag> tags, Map<String, Object> values,
			Map<String, byte[]> parts) {
		Map<String, String> pictures = new HashMap<>();
		for (Tag tag : tags) {
			if (tag.picture() && DocxSkeleton.valueAt(values, tag.path()) instanceof PictureRenderData picture) {
				byte[] image = picture.readPictureData();
				List<String> same = parts.entrySet()
					.stream()
					.filter(part -> Arrays.equals(part.getValue(), image))
					.map(Map.Entry::getKey)
					.toList();
				if (same.size() != 1 || pictures.containsValue(same.get(0))) {
					return Optional.empty();
				}
				pictures.put(tag.path(), same.get(0));
			}
		}
		return Optional.of(pictures);
	}

	/**
	 * The document as pieces: each list's rows (from the XML with rows kept whole, and the XML with rows
	 * let break, which must be the same elsewhere), and between them its text markers as holes.
	 */
	private static Optional<List<Piece>> pieces(String xml, String breakingXml, Marked marked,
			Map<String, List<Room>> rooms) {
		List<Span> spans = new ArrayList<>();
		Map<String, Span> breakingSpans = new HashMap<>();
		for (Map.Entry<String, List<List<String>>> list : marked.items().entrySet()) {
			Optional<Span> span = rowsOf(xml, list.getKey(), list.getValue());
			Optional<Span> breakingSpan = rowsOf(breakingXml, list.getKey(), list.getValue());
			if (span.isEmpty() || breakingSpan.isEmpty()) {
				return Optional.empty();
			}
			spans.add(span.get());
			breakingSpans.put(list.getKey(), breakingSpan.get());
		}
		spans.sort(Comparator.comparingInt(Span::start));
		List<Piece> pieces = new ArrayList<>();
		StringBuilder outside = new StringBuilder();
		StringBuilder breakingOutside = new StringBuilder();
		int at = 0;
		int breakingAt = 0;
		for (Span span : spans) {
			Span breaking = breakingSpans.get(span.path());
			if (span.start() < at || !holes(xml, at, span.start(), marked.markers(), false, pieces)) {
				return Optional.empty();
			}
			outside.append(xml, at, span.start());
			breakingOutside.append(breakingXml, breakingAt, breaking.start());
			Optional<List<List<Piece>>> kept = rowsPieces(xml, span, marked.markers());
			Optional<List<List<Piece>>> broken = rowsPieces(breakingXml, breaking, marked.markers());
			if (kept.isEmpty() || broken.isEmpty()) {
				return Optional.empty();
			}
			pieces.add(new Rows(span.path(), kept.get().get(0), kept.get().get(1), broken.get().get(0), broken.get().get(1),
					List.copyOf(rooms.getOrDefault(span.path(), List.of()))));
			at = span.end();
			breakingAt = breaking.end();
		}
		outside.append(xml, at, xml.length());
		breakingOutside.append(breakingXml, breakingAt, breakingXml.length());
		if (!outside.toString().equals(breakingOutside.toString())
				|| !holes(xml, at, xml.length(), marked.markers(), false, pieces)) {
			return Optional.empty();
		}
		return Optional.of(List.copyOf(pieces));
	}

	/**
	 * The marker items' rows as pieces, the first's and the second's; none where a row is not pieces
	 * the same as the others' (their markers aside) after the first.
	 */
	private static Optional<List<List<Piece>>> rowsPieces(String xml, Span span, Map<String, String> markers) {
		List<List<Piece>> rows = new ArrayList<>();
		for (int i = 0; i + 1 < span.bounds().length; i++) {
			List<Piece> pieces = new ArrayList<>();
			if (!holes(xml, span.bounds()[i], span.bounds()[i + 1], markers, true, pieces)
					|| i > 1 && !pieces.equals(rows.get(1))) {
				return Optional.empty();
			}
			rows.add(List.copyOf(pieces));
		}
		return Optional.of(rows);
	}

	/**
	 * Where a list's marker items' rows are, each found by the first of its item's markers in the XML
	 * (an item's name the row does not show has none); none where they are not rows side by side, or
	 * a row holds a table.
	 */
	private static Optional<Span> rowsOf(String xml, String path, List<List<String>> itemMarkers) {
		int[] bounds = new int[itemMarkers.size() + 1];
		for (int i = 0; i < itemMarkers.size(); i++) {
			int marker = itemMarkers.get(i).stream().mapToInt(xml::indexOf).filter(at -> at >= 0).min().orElse(-1);
			int start = marker < 0 ? -1 : lastStart(xml, "<w:tr", marker);
			int end = marker < 0 ? -1 : xml.indexOf("</w:tr>", marker);
			if (start < 0 || end < 0 || (i > 0 && start != bounds[i]) || xml.substring(start, end).contains("<w:tbl")) {
				return Optional.empty();
			}
			bounds[i] = start;
			bounds[i + 1] = end + "</w:tr>".length();
		}
		return Optional.of(new Span(path, bounds));
	}

	/** The last start of an element of this name before a place ({@code <w:t} and not {@code <w:tbl}). */
	private static int lastStart(String xml, String name, int before) {
		int at = before;
		while (true) {
			at = xml.lastIndexOf(name, at - 1);
			if (at < 0) {
				return -1;
			}
			char next = xml.charAt(at + name.length());
			if (next == '>' || next == ' ' || next == '/') {
				return at;
			}
		}
	}

	/**
	 * The XML between two places as pieces: its markers as holes, the rest as it is. False where a
	 * marker is not the whole text of its run's last text element, is in a content control, or is in
	 * the wrong place (an item's name outside a row, a tag's path inside one).
	 */
	private static boolean holes(String xml, int from, int to, Map<String, String> markers, boolean row, List<Piece> pieces) {
		int at = from;
		while (true) {
			int marker = xml.indexOf(MARK, at);
			if (marker < 0 || marker >= to) {
				break;
			}
			int end = xml.indexOf(MARK_END, marker) + 1;
			String key = markers.get(xml.substring(marker, end));
			int start = lastStart(xml, "<w:t", marker);
			if (key == null || key.startsWith(PATH_KEY) == row || start < at || !xml.startsWith("</w:t></w:r>", end)) {
				return false;
			}
			String startTag = xml.substring(start, marker);
			// In a content control poi-tl's text policy may fail on a value of lines (it takes the run's
			// parent for a paragraph): such a template stays poi-tl's, whatever the first values were.
			if (!startTag.equals("<w:t>") && !startTag.equals("<w:t xml:space=\"preserve\">")
					|| depth(xml, "w:sdtContent", start) > 0) {
				return false;
			}
			pieces.add(new Literal(xml.substring(at, start)));
			pieces.add(new Hole(row ? key : key.substring(PATH_KEY.length()), startTag, inTable(xml, start)));
			at = end + "</w:t>".length();
		}
		pieces.add(new Literal(xml.substring(at, to)));
		return true;
	}

	/**
	 * Whether a place is inside a table's cell or a text box, where poi-tl's text policy breaks a value's
	 * lines (it takes a text box's content for a cell).
	 */
	private static boolean inTable(String xml, int at) {
		return depth(xml, "w:tc", at) > 0 || depth(xml, "w:txbxContent", at) > 0;
	}

	/** How many elements of this name are open at a place. */
	private static int depth(String xml, String name, int at) {
		int depth = 0;
		String open = "<" + name;
		for (int i = xml.indexOf(open); i >= 0 && i < at; i = xml.indexOf(open, i + 1)) {
			char next = xml.charAt(i + open.length());
			depth += next == '>' || next == ' ' ? 1 : 0;
		}
		String close = "</" + name + ">";
		for (int i = xml.indexOf(close); i >= 0 && i < at; i = xml.indexOf(close, i + 1)) {
			depth--;
		}
		return depth;
	}

	/**
	 * poi-tl's document of the marked values, each list's rows kept whole or let break ({@code rooms}:
	 * what the rows measured; {@code leftToPoiTl}: the lists whose rows poi-tl's own policy wrote).
	 */
	private static byte[] render(byte[] template, Map<String, Object> values, Set<String> lists,
			Map<String, List<Room>> rooms, boolean breaking, Set<String> leftToPoiTl) throws IOException {
		ConfigureBuilder configure = Configure.builder();
		for (String list : lists) {
			configure.bind(list, new RepeatedRowPolicy((item, itemRooms) -> {
				rooms.put(list, itemRooms);
				return breaking;
			}, () -> leftToPoiTl.add(list)));
		}
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure.build()).render(values);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filled.write(out);
			return out.toByteArray();
		}
	}
}
