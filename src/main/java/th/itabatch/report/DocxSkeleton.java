package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import com.deepoove.poi.data.PictureRenderData;

import th.itabatch.report.RepeatedRowPolicy.Room;

/**
 * A Word template as poi-tl fills it, kept as its XML with the places of the values, so that the
 * documents after the first are written without poi-tl parsing, filling and saving the whole document
 * again (a quarter of a thousand units' run). {@link DocxSkeletons} makes it with poi-tl, and uses it
 * only once it has written a document byte for byte as poi-tl did. A fill writes the XML around the
 * places as it is, each value as {@link RunText}, a list's rows once per item, and the pictures.
 */
final class DocxSkeleton {

	/** The document's body, the part the values go into. */
	static final String DOCUMENT = "word/document.xml";

	/** A piece of the document's XML: as it is, a value's place, or a list's rows. */
	sealed interface Piece permits Literal, Hole, Rows {
	}

	/** XML written as it is. */
	record Literal(String xml) implements Piece {
	}

	/**
	 * A value's place: the start tag of its run's text element ({@code <w:t>}, with or without
	 * {@code xml:space}), whether it is in a table (where poi-tl breaks a new line rather than starting
	 * one), and what it names (a tag's path, or an item's name in a list's row).
	 */
	record Hole(String key, String start, boolean inTable) implements Piece {
	}

	/**
	 * A list's rows: the first item's and a later item's (a merged cell continued), each kept whole
	 * on a page or let break, and the widths {@link RepeatedRowPolicy} measures an item's values against.
	 */
	record Rows(String path, List<Piece> first, List<Piece> later, List<Piece> firstBreaking,
			List<Piece> laterBreaking, List<Room> rooms) implements Piece {
	}

	/** The package's parts in order; none for the document's XML and the pictures, written at each fill. */
	private final Map<String, byte[]> parts;

	private final List<Piece> document;

	/** The part each picture tag's image is, by the tag's path. */
	private final Map<String, String> pictures;

	/** About the document's length, for the buffer it is written into. */
	private final int size;

	DocxSkeleton(Map<String, byte[]> parts, List<Piece> document, Map<String, String> pictures, int size) {
		this.parts = parts;
		this.document = document;
		this.pictures = pictures;
		this.size = size;
	}

	/**
	 * Writes the document of these values (prepared as for poi-tl); false, writing nothing, where a
	 * text is one XmlBeans would save as CDATA ({@link RunText#leftToPoiTl}) or a list's item lacks a
	 * value, which poi-tl then writes.
	 */
	boolean fill(Map<String, Object> values, OutputStream out) throws IOException {
		StringBuilder xml = new StringBuilder(size);
		if (!write(document, key -> valueAt(values, key), values, xml)) {
			return false;
		}
		try (PackageZipStream zip = new PackageZipStream(out)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				byte[] content = part.getValue();
				if (part.getKey().equals(DOCUMENT)) {
					content = xml.toString().getBytes(StandardCharsets.UTF_8);
				}
				else if (content == null) {
					content = pictureOf(values, part.getKey());
				}
				zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
				zip.write(content);
				zip.closeArchiveEntry();
			}
		}
		return true;
	}

	private byte[] pictureOf(Map<String, Object> values, String part) {
		for (Map.Entry<String, String> picture : pictures.entrySet()) {
			if (picture.getValue().equals(part)) {
				return ((PictureRenderData) valueAt(values, picture.getKey())).readPictureData();
			}
		}
		throw new IllegalStateException("No picture for " + part);
	}

	private static boolean write(List<Piece> pieces, Function<String, Object> value, Map<String, Object> values,
			StringBuilder xml) {
		for (Piece piece : pieces) {
			if (piece instanceof Literal literal) {
				xml.append(literal.xml());
			}
			else if (piece instanceof Hole hole) {
				Object text = value.apply(hole.key());
				// A tag's value is never missing here (a missing one is another shape); an item's may be,
				// and poi-tl then takes out its paragraph where the cell has others.
				if (text == null || RunText.leftToPoiTl(text)) {
					return false;
				}
				RunText.write(xml, hole.start(), hole.inTable(), text);
			}
			else if (piece instanceof Rows rows) {
				List<?> items = (List<?>) valueAt(values, rows.path());
				for (int i = 0; i < items.size(); i++) {
					Map<?, ?> item = (Map<?, ?>) items.get(i);
					// As the policy decides each copy of the row.
					boolean breaks = !rows.rooms().isEmpty() && RepeatedRowPolicy.mayOutgrowAPage(item, rows.rooms());
					List<Piece> row = i == 0 ? (breaks ? rows.firstBreaking() : rows.first())
							: (breaks ? rows.laterBreaking() : rows.later());
					if (!write(row, item::get, values, xml)) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/** The value at a tag's path ({@code brief.unit}) in maps of maps; none where a step is not a map. */
	static Object valueAt(Map<String, Object> values, String path) {
		Object at = values;
		for (String step : path.split("\\.")) {
			if (!(at instanceof Map<?, ?> map)) {
				return null;
			}
			at = map.get(step);
		}
		return at;
	}

	/** A package's parts by name, in the order they come. */
	static Map<String, byte[]> parts(byte[] docx) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}
}
