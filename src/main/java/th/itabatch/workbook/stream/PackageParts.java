package th.itabatch.workbook.stream;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;

import th.itabatch.workbook.WorkbookLimits;

/**
 * Where a workbook's first visible worksheet and its shared strings are, found as the package's
 * relationships say ({@code _rels/.rels} → the workbook → its {@code .rels}), not by assuming
 * {@code xl/…}: whatever folders the writer chose, transitional or Strict OOXML alike (Strict only
 * changes the namespaces, which are not looked at: relationship types are matched by their ending).
 *
 * @param sheet the worksheet's part name
 * @param sheetName the sheet's name, for messages
 * @param sharedStrings the shared strings' part name, or null when the workbook has none
 */
record PackageParts(String sheet, String sheetName, String sharedStrings) {

	static PackageParts of(ZipFile zip, WorkbookLimits limits, BoundedPartStream.ReadTotal total) throws IOException {
		Map<String, Relation> root = relationships(zip, "_rels/.rels", "", limits, total);
		String workbook = target(root, "/officeDocument", "xl/workbook.xml");
		String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
		Map<String, Relation> relations = relationships(zip, folder + "_rels/" + workbook.substring(folder.length()) + ".rels",
				folder, limits, total);
		String[] sheet = firstVisibleWorksheet(zip, workbook, relations, limits, total);
		return new PackageParts(sheet[0], sheet[1], target(relations, "/sharedStrings", null));
	}

	/** The zip entry of a part, its name matched as OPC does, ignoring case, when it is not spelled exactly. */
	static ZipEntry entry(ZipFile zip, String part) throws IOException {
		ZipEntry entry = find(zip, part);
		if (entry == null) {
			throw new IOException("the workbook has no part " + part);
		}
		return entry;
	}

	/** Opens a part's bytes, held to the limits. */
	static BoundedPartStream open(ZipFile zip, String part, WorkbookLimits limits, BoundedPartStream.ReadTotal total,
			boolean checkMarkup) throws IOException {
		ZipEntry entry = entry(zip, part);
		return new BoundedPartStream(zip.getInputStream(entry), part, entry.getCompressedSize(), limits, total,
				checkMarkup);
	}

	private static ZipEntry find(ZipFile zip, String part) {
		ZipEntry entry = zip.getEntry(part);
		if (entry != null) {
			return entry;
		}
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry candidate = entries.nextElement();
			String name = candidate.getName().replace('\\', '/');
			if (name.startsWith("/")) {
				name = name.substring(1);
			}
			if (name.toLowerCase(Locale.ROOT).equals(part.toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
		return null;
	}

	/** { part, name } of the first visible sheet whose relationship is a worksheet (not a chart sheet). */
	private static String[] firstVisibleWorksheet(ZipFile zip, String workbook, Map<String, Relation> relations,
			WorkbookLimits limits, BoundedPartStream.ReadTotal total) throws IOException {
		try (BoundedPartStream in = open(zip, workbook, limits, total, true)) {
			try {
				XMLStreamReader2 xml = StaxInput.reader(in);
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT || !"sheet".equals(xml.getLocalName())) {
						continue;
					}
					String state = xml.getAttributeValue(null, "state");
					Relation relation = relations.get(relationshipId(xml));
					if ((state == null || state.equals("visible")) && relation != null
							&& relation.type().endsWith("/worksheet")) {
						String name = xml.getAttributeValue(null, "name");
						xml.closeCompletely();
						return new String[] { relation.target(), name == null ? "" : name };
					}
				}
				xml.closeCompletely();
			}
			catch (XMLStreamException ex) {
				throw StaxInput.failure(ex, in, workbook);
			}
		}
		throw new IOException("the workbook has no visible sheet");
	}

	/** The {@code r:id} attribute, in the transitional or the Strict relationships namespace. */
	private static String relationshipId(XMLStreamReader2 xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && namespace.endsWith("relationships")) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private static String target(Map<String, Relation> relations, String typeSuffix, String fallback) {
		for (Relation relation : relations.values()) {
			if (relation.type().endsWith(typeSuffix)) {
				return relation.target();
			}
		}
		return fallback;
	}

	/** Relationship id → relationship, targets resolved to part names; empty when the part is absent. */
	private static Map<String, Relation> relationships(ZipFile zip, String part, String folder, WorkbookLimits limits,
			BoundedPartStream.ReadTotal total) throws IOException {
		Map<String, Relation> relations = new LinkedHashMap<>();
		if (find(zip, part) == null) {
			return relations;
		}
		try (BoundedPartStream in = open(zip, part, limits, total, true)) {
			try {
				XMLStreamReader2 xml = StaxInput.reader(in);
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(xml.getLocalName())) {
						continue;
					}
					String id = xml.getAttributeValue(null, "Id");
					String type = xml.getAttributeValue(null, "Type");
					String target = xml.getAttributeValue(null, "Target");
					if (id == null || type == null || target == null || "External".equals(xml.getAttributeValue(null, "TargetMode"))) {
						continue;
					}
					// a part is the target of one relationship at most: more than the parts are crafted
					if (relations.size() >= limits.maxZipEntries()) {
						throw Exceeded.relationships(part, limits);
					}
					relations.put(id, new Relation(type, resolve(folder, target)));
				}
				xml.closeCompletely();
			}
			catch (XMLStreamException ex) {
				throw StaxInput.failure(ex, in, part);
			}
		}
		return relations;
	}

	/** A target relative to the folder of the part whose relationships name it, as a zip entry name. */
	private static String resolve(String folder, String target) {
		try {
			URI base = new URI(null, null, "/" + folder, null);
			String path = base.resolve(uri(target.replace('\\', '/'))).normalize().getPath();
			if (path == null) {
				return target;
			}
			return path.startsWith("/") ? path.substring(1) : path;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return target.startsWith("/") ? target.substring(1) : folder + target;
		}
	}

	/** A target as written, percent-encoded as OPC wants, or else (some writers do not encode) as plain text. */
	private static URI uri(String target) throws URISyntaxException {
		try {
			return new URI(target);
		}
		catch (URISyntaxException ex) {
			return new URI(null, null, target, null);
		}
	}

	private record Relation(String type, String target) {
	}
}
