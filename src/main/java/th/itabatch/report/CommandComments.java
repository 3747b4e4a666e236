package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.jxls.builder.xls.XlsCommentAreaBuilder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTLegacyDrawing;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes JXLS's commands out of an Excel template once, so that the workbook each fill opens holds
 * no comments: POI would read every comment and its drawing's shape again at every fill, JXLS ask
 * each template cell for its comment, clear them one by one and save the emptied comments and
 * drawing into every report (some 6 % of a unit's Excel report in a profile of the department's
 * run). A sheet's comments are taken out only where every one of them is nothing but commands and
 * its drawing holds nothing but their notes, each its sheet's own; a note of the user's,
 * {@code jx:params} (which JXLS reads from the cell) or a form control leaves the sheet as it is.
 * The report is JXLS's less the emptied comments, but for a command misplaced outside every area,
 * which JXLS left in the report as a note and which is now gone with the others.
 */
final class CommandComments {

	private static final Logger log = LoggerFactory.getLogger(CommandComments.class);

	/** A part named in the content types. */
	private static final Pattern PART_NAME = Pattern.compile("PartName\\s*=\\s*[\"']([^\"']+)[\"']");

	/** The kind of each shape of a drawing in the legacy (VML) format, a comment's being "Note". */
	private static final Pattern OBJECT_TYPE = Pattern.compile("ObjectType\\s*=\\s*[\"']([^\"']*)[\"']");

	/**
	 * The template a fill opens and the comments taken out of it.
	 *
	 * @param columnsInPlace true when JXLS writes every cell in the column the template has it
	 *     ({@link ColumnsInPlace}), and need not copy each cell's column width onto the same column
	 */
	record Separated(byte[] template, TemplateComments comments, boolean columnsInPlace) {

		Separated(byte[] template, TemplateComments comments) {
			this(template, comments, false);
		}
	}

	private CommandComments() {
	}

	/** The template without its commands' comments where they can all be taken out; else as it is. */
	static Separated separate(byte[] template) {
		try {
			return takeOut(template);
		}
		catch (IOException | InvalidFormatException | XmlException | RuntimeException ex) {
			// Filled as it is, a damaged template meets the template check's message (POI's runtime exceptions
			// say a file is damaged too); a template this class cannot handle comes out the same, the slower way.
			log.debug("A template is filled with its comments, as taking them out failed: {}", ex.toString());
			return new Separated(template, TemplateComments.NONE_TAKEN_OUT);
		}
	}

	private static Separated takeOut(byte[] template) throws IOException, InvalidFormatException, XmlException {
		OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(template));
		try {
			List<PackagePart> sheets = pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType());
			// A comments part or drawing another sheet points to as well stays: taken out, that sheet would lose its commands.
			Map<String, Integer> uses = new HashMap<>();
			for (PackagePart sheet : sheets) {
				for (PackageRelationship related : sheet.getRelationships()) {
					if (related.getTargetMode() == TargetMode.INTERNAL) {
						uses.merge(target(sheet, related), 1, Integer::sum);
					}
				}
			}
			Set<String> overrides = overrides(template);
			Map<String, Map<CellAddress, String>> takenOut = new HashMap<>();
			int commented = 0;
			boolean inPlace = true;
			for (PackagePart sheet : sheets) {
				PackageRelationshipCollection comments = sheet.getRelationshipsByType(XSSFRelation.SHEET_COMMENTS.getRelation());
				PackageRelationshipCollection drawings = sheet.getRelationshipsByType(XSSFRelation.VML_DRAWINGS.getRelation());
				if (comments.isEmpty()) {
					continue;
				}
				commented++;
				if (comments.size() != 1 || drawings.size() != 1 || uses.get(target(sheet, comments.getRelationship(0))) != 1
						|| uses.get(target(sheet, drawings.getRelationship(0))) != 1) {
					continue;
				}
				PackagePart commentsPart = sheet.getRelatedPart(comments.getRelationship(0));
				PackagePart drawingPart = sheet.getRelatedPart(drawings.getRelationship(0));
				Map<CellAddress, String> texts;
				try (InputStream in = commentsPart.getInputStream()) {
					texts = TemplateComments.read(
							CommentsDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getComments());
				}
				if (texts.isEmpty() || !texts.values().stream().allMatch(CommandComments::commandsOnly)
						|| !notesOnly(drawingPart)) {
					continue;
				}
				WorksheetDocument worksheet;
				try (InputStream in = sheet.getInputStream()) {
					worksheet = WorksheetDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
				}
				CTWorksheet root = worksheet.getWorksheet();
				CTLegacyDrawing legacy = root.getLegacyDrawing();
				if (legacy == null || !drawings.getRelationship(0).getId().equals(legacy.getId())) {
					continue;
				}
				inPlace = inPlace && ColumnsInPlace.of(texts, root);
				root.unsetLegacyDrawing();
				try (OutputStream out = sheet.getOutputStream()) {
					worksheet.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
				}
				sheet.removeRelationship(comments.getRelationship(0).getId());
				sheet.removeRelationship(drawings.getRelationship(0).getId());
				pkg.removePart(commentsPart);
				pkg.removePart(drawingPart);
				PackagePartName relations = PackagingURIHelper.getRelationshipPartName(sheet.getPartName());
				if (!sheet.hasRelationships() && overrides.contains(relations.getName().toLowerCase(Locale.ROOT))) {
					// LibreOffice names each relationships part in the content types: POI writes none for a sheet
					// left without relationships, and the name would point at nothing.
					pkg.unregisterPartAndContentType(relations);
				}
				takenOut.put(sheet.getPartName().getName(), texts);
			}
			if (takenOut.isEmpty()) {
				return new Separated(template, TemplateComments.NONE_TAKEN_OUT);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(template.length);
			pkg.save(out);
			// A sheet left with its comments has commands not read here.
			return new Separated(out.toByteArray(), new TemplateComments(Map.copyOf(takenOut)),
					inPlace && takenOut.size() == commented);
		}
		finally {
			// Opened from bytes: nothing to write back.
			pkg.revert();
		}
	}

	/** The parts the package's content types name one by one (lower case), rather than by their extension. */
	private static Set<String> overrides(byte[] template) throws IOException {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(template))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("[Content_Types].xml")) {
					Matcher name = PART_NAME.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
					while (name.find()) {
						names.add(name.group(1).toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return names;
	}

	/** The part a relationship of a sheet points to, by its name in the package in lower case. */
	private static String target(PackagePart sheet, PackageRelationship relationship) {
		// Part names are compared without case, as OPC compares them.
		return PackagingURIHelper.resolvePartUri(sheet.getPartName().getURI(), relationship.getTargetURI())
			.toString()
			.toLowerCase(Locale.ROOT);
	}

	/** Whether a comment's every line is one of JXLS's commands (blank lines aside), as JXLS tells them. */
	static boolean commandsOnly(String comment) {
		boolean command = false;
		for (String line : comment.split("\n")) {
			String trimmed = line.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (!XlsCommentAreaBuilder.isCommandString(trimmed)) {
				return false;
			}
			command = true;
		}
		return command;
	}

	/** Whether a legacy drawing holds comments' notes and nothing else (no button, no picture). */
	private static boolean notesOnly(PackagePart drawing) throws IOException, InvalidFormatException {
		if (drawing.getRelationships().size() > 0) {
			return false;
		}
		String vml;
		try (InputStream in = drawing.getInputStream()) {
			// Excel's drawing is ASCII; its kinds of shapes are read as such.
			vml = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		Matcher type = OBJECT_TYPE.matcher(vml);
		boolean note = false;
		while (type.find()) {
			if (!type.group(1).equals("Note")) {
				return false;
			}
			note = true;
		}
		return note;
	}
}
