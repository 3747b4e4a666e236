package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template's commands taken out of the workbook each fill opens: the shipped templates fill to the
 * same report, part for part, less the emptied comments; a user's note, {@code jx:params} or a
 * drawing with more than notes leaves its sheet as it was.
 */
class CommandCommentsTests {

	static Stream<Arguments> shippedTemplatesAndTheirFills() throws IOException {
		return Stream.of(Arguments.of("templates/monthly-report.xlsx", TemplateCheckTests.unitWithEverything()),
				Arguments.of("templates/monthly-report.xlsx", TemplateCheckTests.unitWithNothing()),
				Arguments.of("templates/department-report.xlsx", TemplateCheckTests.department()));
	}

	@ParameterizedTest
	@MethodSource("shippedTemplatesAndTheirFills")
	void theShippedTemplatesFillToTheSameReportLessTheEmptiedComments(String file, Map<String, Object> variables)
			throws IOException {
		byte[] template = Files.readAllBytes(Path.of(file));
		CommandComments.Separated separated = CommandComments.separate(template);

		Map<String, String> parts = parts(template);
		long commented = parts.keySet().stream().filter(name -> name.matches("xl/comments\\d+\\.xml")).count();
		assertThat(commented).as("sheets with commands").isPositive();
		assertThat(separated.comments().takenOut()).hasSize((int) commented);
		assertThat(separated.columnsInPlace()).as("its tables grow down, in their own columns").isTrue();
		assertThat(parts(separated.template()).keySet()).noneMatch(CommandCommentsTests::commentsOrTheirDrawing);
		try (XSSFWorkbook original = open(template)) {
			for (int i = 0; i < original.getNumberOfSheets(); i++) {
				XSSFSheet sheet = original.getSheetAt(i);
				Map<CellAddress, String> read = TemplateComments.read(sheet);
				if (!read.isEmpty()) {
					assertThat(separated.comments().takenOut().get(sheet.getPackagePart().getPartName().getName()))
						.as(sheet.getSheetName())
						.isEqualTo(read);
				}
			}
		}

		byte[] filled = fill(template, variables);

		assertThat(parts(fillAsItIs(template, variables)).keySet()).as("the emptied comments are left in the old way's report")
			.anyMatch(CommandCommentsTests::commentsOrTheirDrawing);
		assertThat(parts(filled).keySet()).noneMatch(CommandCommentsTests::commentsOrTheirDrawing);
		assertAsJxlsFillsItLessTheEmptiedComments(template, variables, filled);
		assertWholePackage(filled);
	}

	@Test
	void aUsersNoteAndJxParamsKeepTheirSheetsCommentsAndAreFilledAsBefore() throws IOException {
		byte[] template = workbook(book -> {
			XSSFSheet commands = book.createSheet("คำสั่ง");
			value(commands, 0, 0, "${title}", "jx:area(lastCell=\"B2\")\n\n");
			value(commands, 1, 0, "${r.name}", "  jx:each(items=\"rows\" var=\"r\" lastCell=\"B2\")");
			value(commands, 1, 1, "${r.score}", null);
			XSSFSheet noted = book.createSheet("มีโน้ต");
			value(noted, 0, 0, "${title}", "jx:area(lastCell=\"B2\")");
			value(noted, 1, 1, "ตรวจ", "ตรวจก่อนส่ง");
			XSSFSheet params = book.createSheet("ค่าเริ่มต้น");
			value(params, 0, 0, "${title}", "jx:area(lastCell=\"A2\")");
			value(params, 1, 0, "${missing}", "jx:params(defaultValue=\"-\")");
		});
		Map<String, Object> variables = new HashMap<>(Map.of("title", "หัวเรื่อง", "rows",
				List.of(Map.of("name", "กองคลัง", "score", 91.5), Map.of("name", "กองแผน", "score", 88))));

		CommandComments.Separated separated = CommandComments.separate(template);
		byte[] filled = fill(template, variables);

		assertThat(separated.comments().takenOut()).containsOnlyKeys("/xl/worksheets/sheet1.xml");
		assertThat(separated.columnsInPlace()).as("the kept sheets' commands are not known").isFalse();
		try (XSSFWorkbook opened = open(separated.template())) {
			assertThat(TemplateComments.read(opened.getSheet("คำสั่ง"))).isEmpty();
			assertThat(TemplateComments.read(opened.getSheet("มีโน้ต"))).containsValue("ตรวจก่อนส่ง");
			assertThat(TemplateComments.read(opened.getSheet("ค่าเริ่มต้น"))).containsValue("jx:params(defaultValue=\"-\")");
		}
		try (XSSFWorkbook report = open(filled)) {
			XSSFSheet commands = report.getSheet("คำสั่ง");
			assertThat(commands.getRow(2).getCell(0).getStringCellValue()).isEqualTo("กองแผน");
			assertThat(commands.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(91.5);
			assertThat(report.getSheet("มีโน้ต").getCellComment(new CellAddress("B2")).getString().getString())
				.isEqualTo("ตรวจก่อนส่ง");
		}
		assertThat(parts(filled).keySet()).contains("xl/comments2.xml", "xl/comments3.xml").doesNotContain("xl/comments1.xml");
		assertAsJxlsFillsItLessTheEmptiedComments(template, variables, filled);
	}

	@Test
	void aTableGrowingRightHasItsColumnsWidthsCopiedAsBefore() throws IOException {
		byte[] template = workbook(book -> {
			XSSFSheet sheet = book.createSheet("ขวา");
			sheet.setColumnWidth(1, 20 * 256);
			value(sheet, 0, 0, "${title}", "jx:area(lastCell=\"D2\")");
			value(sheet, 1, 1, "${r.name}", "jx:each(items=\"rows\" var=\"r\" direction=\"RIGHT\" lastCell=\"B2\")");
		});
		Map<String, Object> variables = new HashMap<>(Map.of("title", "หัวเรื่อง", "rows",
				List.of(Map.of("name", "กองคลัง"), Map.of("name", "กองแผน"), Map.of("name", "กองการเจ้าหน้าที่"))));

		CommandComments.Separated separated = CommandComments.separate(template);
		byte[] filled = fill(template, variables);

		assertThat(separated.comments().takenOut()).hasSize(1);
		assertThat(separated.columnsInPlace()).isFalse();
		try (XSSFWorkbook report = open(filled)) {
			XSSFSheet sheet = report.getSheet("ขวา");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("กองการเจ้าหน้าที่");
			assertThat(sheet.getColumnWidth(3)).as("the table's column width, copied to the right").isEqualTo(20 * 256);
		}
		assertAsJxlsFillsItLessTheEmptiedComments(template, variables, filled);
	}

	@Test
	void commandsThatWriteInTheirOwnColumns() {
		CTWorksheet empty = CTWorksheet.Factory.newInstance();
		String area = "jx:area(lastCell=\"C9\")";
		assertThat(ColumnsInPlace.of(Map.of(new CellAddress("A1"), area, new CellAddress("A2"),
				"jx:each(items=\"rows\" var=\"r\" lastCell=\"C2\")\n\n jx:if(condition=\"r.score > 90\" lastCell=\"C2\")"), empty))
			.isTrue();
		for (String elsewhere : List.of("jx:each(items=\"rows\" var=\"r\" direction=\"RIGHT\" lastCell=\"C2\")",
				"jx:each(items=\"rows\" var=\"r\" multisheet=\"names\" lastCell=\"C2\")",
				"jx:if(condition=\"a\" lastCell=\"C2\" areas=[\"A2:C2\",\"A5:C5\"])",
				"jx:grid(lastCell=\"C2\" headers=\"h\" data=\"d\" areas=[\"A1:A1\",\"A2:A2\"])",
				"jx:updateCell(lastCell=\"C2\" updater=\"u\")", "jx:each(items=\"rows\" var=\"r\" lastCell=\"อื่น!C2\")")) {
			assertThat(ColumnsInPlace.of(Map.of(new CellAddress("A1"), area, new CellAddress("A2"), elsewhere), empty))
				.as(elsewhere)
				.isFalse();
		}
		assertThat(ColumnsInPlace.of(Map.of(new CellAddress("A2"), "jx:each(items=\"rows\" var=\"r\" lastCell=\"C2\")"), empty))
			.as("a table outside every area")
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "jx:each(items=\"rows\" var=\"r\" lastCell=\"B2\")", "jx:if(condition=\"rows.size() > 0\" lastCell=\"B2\")" })
	void aTotalBesideAnEmptyTableOrAFalseConditionMovesIntoItsColumnsWithTheirWidthsCopiedAsBefore(String command)
			throws IOException {
		byte[] template = workbook(book -> {
			XSSFSheet sheet = book.createSheet("รวม");
			sheet.setColumnWidth(0, 5 * 256);
			sheet.setColumnWidth(1, 5 * 256);
			sheet.setColumnWidth(2, 30 * 256);
			value(sheet, 0, 0, "${title}", "jx:area(lastCell=\"C3\")");
			value(sheet, 1, 0, "${rows.size() > 0 ? rows[0].name : ''}", command);
			sheet.getRow(1).createCell(2).setCellValue("${total}");
		});
		Map<String, Object> variables = new HashMap<>(Map.of("title", "หัวเรื่อง", "rows", List.of(), "total", 1234567.89));

		CommandComments.Separated separated = CommandComments.separate(template);
		byte[] filled = fill(template, variables);

		assertThat(separated.comments().takenOut()).hasSize(1);
		assertThat(separated.columnsInPlace()).as("the total moves left").isFalse();
		try (XSSFWorkbook report = open(filled)) {
			XSSFSheet sheet = report.getSheet("รวม");
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).as("the total, moved").isEqualTo(1234567.89);
			assertThat(sheet.getColumnWidth(0)).as("widened for it, as JXLS did").isEqualTo(30 * 256);
		}
		assertAsJxlsFillsItLessTheEmptiedComments(template, variables, filled);
	}

	@Test
	void aTemplateNamingEachRelationshipsPartAsLibreOfficeSavesOneGivesAWholeReport() throws Exception {
		// As LibreOffice saves a sheet of commands and nothing else drawn: its comments and their drawing
		// its only relationships, and the relationships part named in the content types.
		byte[] made = workbook(book -> {
			XSSFSheet sheet = book.createSheet("สรุป");
			value(sheet, 0, 0, "${title}", "jx:area(lastCell=\"B2\")");
			value(sheet, 1, 0, "${r.name}", "jx:each(items=\"rows\" var=\"r\" lastCell=\"B2\")");
		});
		byte[] withoutDrawing = edited(made, pkg -> {
			PackagePart sheet = pkg.getPart(PackagingURIHelper.createPartName("/xl/worksheets/sheet1.xml"));
			for (var drawing : sheet.getRelationshipsByType(XSSFRelation.DRAWINGS.getRelation())) {
				sheet.removeRelationship(drawing.getId());
				pkg.removePart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(sheet.getPartName().getURI(),
						drawing.getTargetURI())));
			}
			rewrite(sheet, StandardCharsets.UTF_8, xml -> xml.replaceAll("<drawing r:id=\"rId\\d+\"/>", ""));
		});
		byte[] template = withContentTypes(withoutDrawing, types -> types.replace("</Types>",
				"<Override PartName=\"/xl/worksheets/_rels/sheet1.xml.rels\" "
						+ "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>"));
		assertWholePackage(template);
		Map<String, Object> variables = new HashMap<>(Map.of("title", "หัวเรื่อง", "rows", List.of(Map.of("name", "กองคลัง"))));

		CommandComments.Separated separated = CommandComments.separate(template);
		byte[] filled = fill(template, variables);

		assertThat(separated.comments().takenOut()).hasSize(1);
		assertThat(parts(template)).containsKey("xl/worksheets/_rels/sheet1.xml.rels");
		assertWholePackage(separated.template());
		assertWholePackage(filled);
		try (XSSFWorkbook report = open(filled)) {
			assertThat(report.getSheet("สรุป").getRow(1).getCell(0).getStringCellValue()).isEqualTo("กองคลัง");
		}
	}

	@Test
	void aCommentsPartAnotherSheetPointsToStays() throws Exception {
		byte[] template = workbook(book -> {
			value(book.createSheet("หนึ่ง"), 0, 0, "${title}", "jx:area(lastCell=\"B2\")");
			XSSFSheet two = book.createSheet("สอง");
			two.createRow(0).createCell(0).setCellValue("${title}");
		});
		byte[] sharing = edited(template, pkg -> pkg.getPart(PackagingURIHelper.createPartName("/xl/worksheets/sheet2.xml"))
			.addRelationship(PackagingURIHelper.createPartName("/xl/comments1.xml"), TargetMode.INTERNAL,
					XSSFRelation.SHEET_COMMENTS.getRelation()));

		assertLeftAsItIs(sharing);
	}

	@Test
	void aCommandOnACellWithoutAValueLeavesTheBlankCellJxlsLeft() throws IOException {
		byte[] template = workbook(book -> {
			XSSFSheet sheet = book.createSheet("ว่าง");
			sheet.setColumnWidth(0, 12 * 256);
			sheet.setColumnWidth(1, 30 * 256);
			// A1's comment on a cell that has no value and no cell, as Excel saves a note on an empty cell.
			sheet.createRow(0).createCell(1).setCellValue("${title}");
			Drawing<?> drawing = sheet.createDrawingPatriarch();
			ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
			anchor.setCol2(2);
			anchor.setRow2(2);
			Comment note = drawing.createCellComment(anchor);
			note.setString(new XSSFRichTextString("jx:area(lastCell=\"B2\")"));
			note.setAddress(0, 0);
		});
		Map<String, Object> variables = new HashMap<>(Map.of("title", "หัวเรื่อง"));
		try (XSSFWorkbook opened = open(template)) {
			assertThat(opened.getSheet("ว่าง").getRow(0).getCell(0)).as("no cell under the note").isNull();
		}

		byte[] filled = fill(template, variables);

		assertThat(CommandComments.separate(template).comments().takenOut()).hasSize(1);
		try (XSSFWorkbook report = open(filled)) {
			assertThat(report.getSheet("ว่าง").getRow(0).getCell(1).getStringCellValue()).isEqualTo("หัวเรื่อง");
			assertThat(report.getSheet("ว่าง").getRow(0).getCell(0)).as("JXLS's blank cell").isNotNull();
		}
		assertAsJxlsFillsItLessTheEmptiedComments(template, variables, filled);
	}

	@Test
	void aColumnAtExcelsDefaultWidthKeepsItWhereJxlsSetItToEightCharacters() throws IOException {
		byte[] template = workbook(book -> {
			XSSFSheet sheet = book.createSheet("กว้าง");
			sheet.setColumnWidth(0, 20 * 256);
			value(sheet, 0, 0, "${title}", "jx:area(lastCell=\"B1\")");
			sheet.getRow(0).createCell(1).setCellValue("${title}");
		});
		Map<String, Object> variables = new HashMap<>(Map.of("title", "หัวเรื่อง"));

		try (XSSFWorkbook report = open(fill(template, variables)); XSSFWorkbook asItIs = open(fillAsItIs(template, variables))) {
			assertThat(report.getSheet("กว้าง").getColumnWidth(0)).isEqualTo(20 * 256);
			assertThat(report.getSheet("กว้าง").getCTWorksheet().getColsArray(0).getColArray())
				.as("column B left at the sheet's default width, as the template has it")
				.noneMatch(col -> col.getMin() <= 2 && 2 <= col.getMax());
			assertThat(asItIs.getSheet("กว้าง").getCTWorksheet().getColsArray(0).getColArray())
				.as("JXLS set column B to 8 characters, narrower than Excel's default")
				.anyMatch(col -> col.getMin() == 2 && col.getWidth() == 8.0);
		}
	}

	@Test
	void aDrawingHoldingMoreThanNotesLeavesItsSheetAsItWas() throws Exception {
		byte[] template = workbook(book -> value(book.createSheet("ปุ่ม"), 0, 0, "${title}", "jx:area(lastCell=\"A1\")"));
		byte[] buttoned = edited(template, pkg -> {
			PackagePart vml = pkg.getParts().stream().filter(p -> p.getPartName().getName().endsWith(".vml")).findFirst().orElseThrow();
			rewrite(vml, StandardCharsets.ISO_8859_1,
					text -> text.replace("</xml>", "<v:shape><x:ClientData ObjectType=\"Button\"></x:ClientData></v:shape></xml>"));
		});

		assertLeftAsItIs(buttoned);
	}

	@Test
	void whatIsNoWorkbookIsLeftAsItIs() {
		byte[] notAWorkbook = "ชื่อ,คะแนน\nกองคลัง,91".getBytes(StandardCharsets.UTF_8);

		CommandComments.Separated separated = CommandComments.separate(notAWorkbook);

		assertThat(separated.template()).isSameAs(notAWorkbook);
		assertThat(separated.comments().takenOut()).isEmpty();
	}

	@Test
	void onlyCommentsOfCommandsAlone() {
		assertThat(CommandComments.commandsOnly("jx:area(lastCell=\"C3\")\n\n  jx:each(items=\"a\" var=\"x\" lastCell=\"C3\")"))
			.isTrue();
		assertThat(CommandComments.commandsOnly("jx:params(defaultValue=\"0\")")).isFalse();
		assertThat(CommandComments.commandsOnly("jx:area(lastCell=\"C3\")\nตรวจก่อนส่ง")).isFalse();
		assertThat(CommandComments.commandsOnly(" \n ")).isFalse();
	}

	/** Every part the content types name one by one is there, and so is every part a relationship points to. */
	private static void assertWholePackage(byte[] document) throws IOException {
		Map<String, String> parts = parts(document);
		java.util.regex.Matcher named = Pattern.compile("PartName=\"/([^\"]+)\"").matcher(parts.get("[Content_Types].xml"));
		while (named.find()) {
			assertThat(parts).as("the content types name it").containsKey(named.group(1));
		}
		parts.forEach((name, text) -> {
			if (!name.endsWith(".rels")) {
				return;
			}
			String folder = name.replaceFirst("_rels/[^/]*$", "");
			java.util.regex.Matcher target = Pattern.compile("Target=\"([^\"]+)\"( TargetMode=\"External\")?").matcher(text);
			while (target.find()) {
				if (target.group(2) == null) {
					String resolved = java.net.URI.create("/" + folder).resolve(target.group(1)).getPath().substring(1);
					assertThat(parts).as("%s points to it", name).containsKey(resolved);
				}
			}
		});
	}

	/** The report is JXLS's fill of the template as it is, part for part, less the comments JXLS emptied. */
	private static void assertAsJxlsFillsItLessTheEmptiedComments(byte[] template, Map<String, Object> variables, byte[] filled)
			throws IOException {
		Map<String, String> parts = parts(filled);
		assertSameParts(parts, lessTheEmptiedComments(parts(fillAsItIs(template, variables)), parts));
	}

	private static void assertSameParts(Map<String, String> parts, Map<String, String> expected) {
		assertThat(parts.keySet()).isEqualTo(expected.keySet());
		parts.forEach((name, text) -> assertThat(text).as(name).isEqualTo(expected.get(name)));
	}

	private static boolean commentsOrTheirDrawing(String part) {
		return part.matches("xl/comments\\d+\\.xml") || part.endsWith(".vml");
	}

	/**
	 * The old way's report without the comments and drawings JXLS emptied where the new way's report
	 * has none, and without what pointed to them.
	 */
	private static Map<String, String> lessTheEmptiedComments(Map<String, String> asItIs, Map<String, String> filled) {
		List<String> gone = asItIs.keySet().stream().filter(name -> !filled.containsKey(name)).toList();
		assertThat(gone).allMatch(CommandCommentsTests::commentsOrTheirDrawing);
		gone.stream()
			.filter(name -> name.endsWith(".xml"))
			.forEach(name -> assertThat(asItIs.get(name)).as("%s, emptied by JXLS", name).doesNotContain("<comment "));
		Map<String, String> less = new TreeMap<>();
		asItIs.forEach((name, text) -> {
			if (gone.contains(name)) {
				return;
			}
			String kept = text;
			for (String part : gone) {
				kept = kept
					.replaceAll("<Relationship Id=\"rId\\d+\" Target=\"[^\"]*" + Pattern.quote(part.substring(part.lastIndexOf('/') + 1))
							+ "\" Type=\"[^\"]*\"/>", "")
					.replace("<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\" PartName=\"/"
							+ part + "\"/>", "");
			}
			String now = filled.getOrDefault(name, "");
			if (!now.contains("<legacyDrawing")) {
				kept = kept.replaceAll("<legacyDrawing r:id=\"rId\\d+\"/>", "");
			}
			if (!now.contains("Extension=\"vml\"")) {
				kept = kept.replace("<Default ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\" Extension=\"vml\"/>", "");
			}
			less.put(name, kept);
		});
		return less;
	}

	private static byte[] fill(byte[] template, Map<String, Object> variables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxTemplateEngine().fill(new ByteArrayInputStream(template), variables, out);
		return out.toByteArray();
	}

	private static byte[] fillAsItIs(byte[] template, Map<String, Object> variables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTemplateEngine.fillAsItIs(template, variables, out);
		return out.toByteArray();
	}

	/** A change made to a package, as POI's OPC API makes it. */
	private interface PackageEdit {

		void apply(OPCPackage pkg) throws Exception;
	}

	/** The document with a change made to its package. */
	private static byte[] edited(byte[] document, PackageEdit edit) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(document))) {
			edit.apply(pkg);
			pkg.save(out);
			pkg.revert();
		}
		return out.toByteArray();
	}

	/** Writes a part's text again, rewritten. */
	private static void rewrite(PackagePart part, java.nio.charset.Charset charset, java.util.function.UnaryOperator<String> rewrite)
			throws IOException {
		String text;
		try (InputStream in = part.getInputStream()) {
			text = new String(in.readAllBytes(), charset);
		}
		try (OutputStream out = part.getOutputStream()) {
			out.write(rewrite.apply(text).getBytes(charset));
		}
	}

	/** Nothing is taken out of the template: a fill opens it as it is. */
	private static void assertLeftAsItIs(byte[] template) {
		CommandComments.Separated separated = CommandComments.separate(template);
		assertThat(separated.comments().takenOut()).isEmpty();
		assertThat(separated.template()).isSameAs(template);
	}

	/** The document with its content types rewritten. */
	private static byte[] withContentTypes(byte[] document, java.util.function.UnaryOperator<String> rewrite) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document));
				java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals("[Content_Types].xml")
						? rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** A package's parts as text, by name. */
	private static Map<String, String> parts(byte[] document) throws IOException {
		Map<String, String> parts = new TreeMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(document))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}

	private interface Sheets {

		void make(XSSFWorkbook book);
	}

	private static byte[] workbook(Sheets sheets) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			sheets.make(book);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	/** A cell's text and, where given, its comment. */
	private static void value(XSSFSheet sheet, int row, int column, String text, String comment) {
		(sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row)).createCell(column).setCellValue(text);
		if (comment == null) {
			return;
		}
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
		anchor.setRow1(row);
		anchor.setCol1(column);
		anchor.setRow2(row + 2);
		anchor.setCol2(column + 2);
		Comment note = drawing.createCellComment(anchor);
		note.setString(new XSSFRichTextString(comment));
		note.setRow(row);
		note.setColumn(column);
	}

	private static XSSFWorkbook open(byte[] bytes) throws IOException {
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			return new XSSFWorkbook(in);
		}
	}
}
