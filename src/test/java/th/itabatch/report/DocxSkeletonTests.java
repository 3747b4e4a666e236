package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.Activity;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressStatus;
import th.itabatch.scores.RoundComparator;

/**
 * A brief written from the template's skeleton is, part for part and byte for byte, the brief poi-tl
 * writes for the same values: texts of every awkward character, lines (in a text box too), rows that
 * outgrow a page and rows that do not, units without a plan or scores, an item without a value; and a
 * template with tags a skeleton does not write (a section, a header's tag, a row numbered by poi-tl's
 * loop, a content control) is filled by poi-tl.
 */
class DocxSkeletonTests {

	private static final YearMonth MARCH = YearMonth.of(2022, 3);

	private final Catalog catalog = TestCatalog.shipped();

	private final ReportProperties properties = new ReportProperties(null, true, "ตัวชี้วัดที่ 3.2",
			RoundComparator.Goal.SAME_ROUND, 10);

	private final DocxTemplateEngine engine = new DocxTemplateEngine();

	/** Characters that XML, XmlBeans and poi-tl each treat in their own way, among Thai letters. */
	private static final String AWKWARD = "กขคงจฉัิ่้๑๒ <>&\"']]\t\n\r\u0001\u000B\u001F\uFFFE\uFFFF\uD800\u2028\u00A0😀";

	@Test
	void everyBriefOfASkeletonIsTheOnePoiTlWrites() throws IOException {
		byte[] template = Files.readAllBytes(Path.of("templates/monthly-brief.docx"));
		Random random = new Random(20261205);
		int written = 0;
		for (int unit = 0; unit < 40; unit++) {
			Map<String, Object> variables = variables(unit, random);
			byte[] ours = fill(template, variables);
			byte[] poiTls = byPoiTl(template, variables);
			assertSameParts(ours, poiTls, "unit " + unit);
			written += DocxTemplateEngine.skeletonWrites(template, variables) ? 1 : 0;
		}
		assertThat(written).as("the units of a shape after its first are written from its skeleton").isGreaterThan(25);
	}

	@Test
	void aUnitWithoutAPlanOrScoresIsWrittenAsPoiTlWritesIt() throws IOException {
		byte[] template = Files.readAllBytes(Path.of("templates/monthly-brief.docx"));
		for (int i = 0; i < 3; i++) {
			MonthlyReport nothing = new MonthlyReportAssembler(catalog, properties).assemble("หน่วยที่ไม่มีข้อมูล " + i, MARCH,
					List.of(), null, List.of(), List.of());
			Map<String, Object> variables = ReportTemplateModel.of(nothing, new ThaiFormat(true), LocalDateTime.of(2022, 4, 1, 8, 30));
			assertSameParts(fill(template, variables), byPoiTl(template, variables), "no plan, no scores " + i);
		}
		MonthlyReport nothing = new MonthlyReportAssembler(catalog, properties).assemble("หน่วย", MARCH, List.of(), null,
				List.of(), List.of());
		assertThat(DocxTemplateEngine.skeletonWrites(template,
				ReportTemplateModel.of(nothing, new ThaiFormat(true), LocalDateTime.of(2022, 4, 1, 8, 30)))).isTrue();
	}

	@Test
	void aTemplateWithASectionOrATagInItsHeaderIsFilledByPoiTl() throws IOException {
		byte[] shipped = Files.readAllBytes(Path.of("templates/monthly-brief.docx"));
		byte[] section = edited(shipped, document -> {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.createRun().setText("{{?brief.unit}}หน่วยงาน {{brief.unit}}{{/brief.unit}}");
		});
		byte[] header = edited(shipped, document -> document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
			.createParagraph()
			.createRun()
			.setText("{{brief.unit}}"));
		Random random = new Random(7);
		for (byte[] template : List.of(section, header)) {
			for (int unit = 0; unit < 3; unit++) {
				Map<String, Object> variables = variables(unit, random);
				assertSameParts(fill(template, variables), byPoiTl(template, variables), "an edited template, unit " + unit);
				assertThat(DocxTemplateEngine.skeletonWrites(template, variables)).isFalse();
			}
		}
		assertThat(new String(DocxSkeleton.parts(fill(header, variables(1, random))).get("word/header1.xml"),
				StandardCharsets.UTF_8)).as("the header's tag filled").contains("หน่วยงานที่ 1 ");
	}

	/**
	 * The Excel report's tables beside the brief's values have rows with values missing (a progress row
	 * without evidence): they are no tag's, and keep no skeleton from being made (a first version
	 * looked at every list and made none for the thousand units' run).
	 */
	@Test
	void valuesNoTagNamesKeepNoSkeletonFromBeingMade() throws IOException {
		byte[] template = Files.readAllBytes(Path.of("templates/monthly-brief.docx"));
		Map<String, Object> evidence = new java.util.HashMap<>();
		evidence.put("activity", "อบรม");
		evidence.put("evidence", null);
		for (String unit : List.of("หน่วยแรก", "หน่วยที่สอง")) {
			Map<String, Object> variables = new java.util.HashMap<>(brief(unit, "reasons", "เหตุผล"));
			variables.put("due", List.of(evidence));
			assertSameParts(fill(template, variables), byPoiTl(template, variables), unit);
			assertThat(DocxTemplateEngine.skeletonWrites(template, variables)).as(unit).isTrue();
		}
	}

	/**
	 * A review: poi-tl's own loop policy numbers a row's copies ({@code [_index]}, {@code [_is_last]}),
	 * which a skeleton of two rows wrote 0, 1, 1, 1 for the rows after them.
	 */
	@Test
	void aRowNumberedByPoiTlsLoopIsLeftToPoiTl() throws IOException {
		for (String tag : List.of("[_index]", "[_is_last]")) {
			byte[] template = withDocument("[no]", tag);
			Map<String, Object> two = brief("ก", "scores", List.of(score("1", "80"), score("2", "80")));
			Map<String, Object> four = brief("ข", "scores",
					List.of(score("1", "80"), score("2", "80"), score("3", "80"), score("4", "80")));
			assertSecondIsPoiTls(template, two, four, tag);
			assertThat(DocxTemplateEngine.skeletonWrites(template, four)).as(tag).isFalse();
		}
	}

	/**
	 * A review: an item without a value leaves poi-tl's tag paragraph empty, and poi-tl takes it out
	 * where its cell has another (a user pressed Enter after the tag in Word).
	 */
	@Test
	void anItemWithoutAValueIsWrittenByPoiTl() throws IOException {
		byte[] template = withDocument("<w:t>[target]</w:t></w:r></w:p>",
				"<w:t>[target]</w:t></w:r></w:p><w:p><w:r><w:t>เป้า</w:t></w:r></w:p>");
		Map<String, Object> all = brief("ก", "scores", List.of(score("1", "80"), score("2", "85")));
		Map<String, Object> missing = brief("ข", "scores", List.of(score("1", "80"), score("2", null)));
		assertSecondIsPoiTls(template, missing, all, "a missing value first: no skeleton made of it");
		assertSecondIsPoiTls(template, all, missing, "a missing value after the skeleton");
		assertThat(DocxTemplateEngine.skeletonWrites(template, all)).isTrue();
	}

	/** A review: poi-tl breaks a value's lines in a text box as in a table's cell, VML's or Word's own. */
	@Test
	void aValueOfLinesInATextBoxIsBrokenAsPoiTlBreaksIt() throws IOException {
		String box = "<w:txbxContent><w:p><w:r><w:t>{{brief.boxed}}</w:t></w:r></w:p></w:txbxContent>";
		byte[] vml = withDocument("<w:tbl>", "<w:p><w:r><w:pict xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:shape "
				+ "id=\"box\" style=\"width:200pt;height:60pt\"><v:textbox>" + box + "</v:textbox></v:shape></w:pict></w:r></w:p><w:tbl>");
		Map<String, Object> one = brief("ก", "boxed", "บรรทัดเดียว");
		Map<String, Object> two = brief("ข", "boxed", "บรรทัดแรก\nบรรทัดที่สอง");
		assertSecondIsPoiTls(vml, one, two, "a VML text box");
		assertThat(DocxTemplateEngine.skeletonWrites(vml, two)).isTrue();
	}

	/** A review: in a content control poi-tl fails on a value of lines; the skeleton does as poi-tl. */
	@Test
	void aTagInAContentControlIsLeftToPoiTl() throws IOException {
		byte[] template = withDocument("<w:r><w:t>{{brief.reasons}}</w:t></w:r>", "<w:sdt><w:sdtPr><w:alias w:val=\"r\"/>"
				+ "</w:sdtPr><w:sdtContent><w:r><w:t>{{brief.reasons}}</w:t></w:r></w:sdtContent></w:sdt>");
		Map<String, Object> one = brief("ก", "reasons", "บรรทัดเดียว");
		Map<String, Object> two = brief("ข", "reasons", "บรรทัดแรก\nบรรทัดที่สอง");
		assertSameParts(fill(template, one), byPoiTl(template, one), "a line");
		assertThat(DocxTemplateEngine.skeletonWrites(template, two)).isFalse();
		assertThatThrownBy(() -> byPoiTl(template, two)).as("poi-tl's own failure").isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> fill(template, two)).as("the same as poi-tl's").isInstanceOf(RuntimeException.class);
	}

	/**
	 * A second review: a row with a section on an item's value ({@code [?proof]…[/proof]}) is poi-tl's
	 * own policy's, which hides it for a missing value; the skeleton, made of marker rows, showed it.
	 */
	@Test
	void aRowWithASectionIsLeftToPoiTl() throws IOException {
		byte[] template = withDocument("<w:t>[result]</w:t>", "<w:t>[result]</w:t></w:r><w:r><w:t>[?proof]</w:t></w:r>"
				+ "<w:r><w:t> มีหลักฐาน</w:t></w:r><w:r><w:t>[/proof]</w:t>");
		Map<String, Object> proved = brief("ก", "scores", List.of(with(score("1", "80"), "proof", "รูปถ่าย"),
				with(score("2", "80"), "proof", "รายงาน")));
		Map<String, Object> unproved = brief("ข", "scores", List.of(with(score("1", "80"), "proof", "รูปถ่าย"),
				with(score("2", "80"), "proof", null)));
		assertSecondIsPoiTls(template, proved, unproved, "a section");
		assertThat(DocxTemplateEngine.skeletonWrites(template, proved)).isFalse();
	}

	/**
	 * A second review: a first unit with an item lacking a name made a skeleton that could write none
	 * of its shape; and a row that does not show the items' first name (a column taken out) had none.
	 */
	@Test
	void anItemLackingANameOrARowLackingAColumnStillGetsASkeleton() throws IOException {
		byte[] template = Files.readAllBytes(Path.of("templates/monthly-brief.docx"));
		Map<String, Object> lacking = score("2", "80");
		lacking.remove("target");
		Map<String, Object> first = brief("ก", "scores", List.of(score("1", "80"), lacking));
		Map<String, Object> whole = brief("ข", "scores", List.of(score("1", "80"), score("2", "85")));
		assertSecondIsPoiTls(template, first, whole, "an item lacking a name, then a whole one");
		assertSameParts(fill(template, whole), byPoiTl(template, whole), "once more");
		assertThat(DocxTemplateEngine.skeletonWrites(template, whole)).isTrue();

		byte[] withoutName = withDocument("<w:t>[name]</w:t>", "<w:t>ตัวชี้วัด</w:t>");
		assertSecondIsPoiTls(withoutName, whole, first, "no [name] column");
		assertThat(DocxTemplateEngine.skeletonWrites(withoutName, whole)).as("the items' first name, 'name', not shown").isTrue();
	}

	private static Map<String, Object> with(Map<String, Object> row, String name, Object value) {
		row.put(name, value);
		return row;
	}

	/** The shipped brief with its document's XML edited as a user's Word would save it. */
	private static byte[] withDocument(String... replacements) throws IOException {
		Map<String, byte[]> parts = DocxSkeleton.parts(Files.readAllBytes(Path.of("templates/monthly-brief.docx")));
		String xml = new String(parts.get(DocxSkeleton.DOCUMENT), StandardCharsets.UTF_8);
		for (int i = 0; i < replacements.length; i += 2) {
			assertThat(xml).contains(replacements[i]);
			xml = xml.replace(replacements[i], replacements[i + 1]);
		}
		parts.put(DocxSkeleton.DOCUMENT, xml.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** Variables of a brief: its unit and one more value. */
	private static Map<String, Object> brief(String unit, String name, Object value) {
		Map<String, Object> brief = new java.util.HashMap<>();
		brief.put("unit", unit);
		brief.put(name, value);
		return Map.of("brief", brief);
	}

	private static Map<String, Object> score(String no, String target) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("no", no);
		row.put("name", "ตัวชี้วัด " + no);
		row.put("score", "80.50");
		row.put("target", target);
		row.put("result", "ผ่าน");
		return row;
	}

	/** Fills a first unit, then a second: each the document poi-tl writes. */
	private void assertSecondIsPoiTls(byte[] template, Map<String, Object> first, Map<String, Object> second, String what)
			throws IOException {
		assertSameParts(fill(template, first), byPoiTl(template, first), what + ", the first");
		assertSameParts(fill(template, second), byPoiTl(template, second), what + ", the second");
	}

	@Test
	void aTextIsEscapedAsXmlBeansSavesIt() {
		StringBuilder xml = new StringBuilder();
		RunText.escape(xml, "a<b>c&d]]>e\r\u0001\uD800😀");
		assertThat(xml).hasToString("a&lt;b>c&amp;d]]&gt;e&#13;??😀");
	}

	/** A unit's brief variables: awkward texts, ten scores, a plan of rows short and long, progress. */
	private Map<String, Object> variables(int unit, Random random) {
		List<Activity> activities = new ArrayList<>();
		List<ProgressEntry> progress = new ArrayList<>();
		int count = 1 + random.nextInt(6);
		for (int i = 1; i <= count; i++) {
			// Some a line, some long enough that their row is let break across pages.
			String name = random.nextInt(3) == 0 ? awkward(random, 400 + random.nextInt(400)) : awkward(random, 5 + random.nextInt(40));
			activities.add(new Activity(i, null, null, null, name, List.of(MARCH.minusMonths(random.nextInt(3))), null, null,
					random.nextBoolean() ? awkward(random, 10) : null, "แผน", "C" + (4 + i)));
			if (random.nextBoolean()) {
				progress.add(new ProgressEntry("หน่วยงานที่ " + unit + " ", 2565, String.valueOf(i), i, MARCH,
						random.nextBoolean() ? ProgressStatus.DONE : ProgressStatus.IN_PROGRESS, awkward(random, 30), null, null,
						null, random.nextBoolean() ? awkward(random, 20) : null, "ผล", "A" + (1 + i)));
			}
		}
		String name = "หน่วยงานที่ " + unit + " " + awkward(random, 8);
		ActionPlan plan = new ActionPlan(name, 2565, awkward(random, 20), YearMonth.of(2021, 10), YearMonth.of(2022, 9),
				activities, null);
		String[] scores = new String[10];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = String.valueOf(60 + random.nextInt(40)) + "." + random.nextInt(100);
		}
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble(name, MARCH,
				ScoreFixtures.scores(catalog, scores), plan, progress, List.of());
		return ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.of(2022, 4, 1, 8, 30));
	}

	/**
	 * A text of Thai letters and awkward characters: in one text of sixty, enough {@code <} and
	 * {@code &} that XmlBeans saves it as CDATA (such a brief is left to poi-tl), in the others at most
	 * one, so that the texts the narrative joins stay under XmlBeans' count too.
	 */
	private static String awkward(Random random, int length) {
		StringBuilder text = new StringBuilder();
		boolean cdata = random.nextInt(60) == 0;
		int entities = 0;
		for (int i = 0; i < length; i++) {
			char c = random.nextInt(4) == 0 ? AWKWARD.charAt(random.nextInt(AWKWARD.length())) : (char) ('ก' + random.nextInt(40));
			if (c == '<' || c == '&') {
				if (!cdata && ++entities > 1) {
					c = 'ข';
				}
			}
			text.append(c);
		}
		if (cdata) {
			text.append("&&&<<<");
		}
		return text.toString();
	}

	private byte[] fill(byte[] template, Map<String, Object> variables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		engine.fill(new ByteArrayInputStream(template), variables, out);
		return out.toByteArray();
	}

	private static byte[] byPoiTl(byte[] template, Map<String, Object> variables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocxTemplateEngine.fillByPoiTl(template, variables, out);
		return out.toByteArray();
	}

	private static void assertSameParts(byte[] ours, byte[] poiTls, String what) {
		Map<String, byte[]> expected = DocxSkeleton.parts(poiTls);
		Map<String, byte[]> actual = DocxSkeleton.parts(ours);
		assertThat(actual.keySet()).as(what).containsExactlyElementsOf(expected.keySet());
		for (String part : expected.keySet()) {
			String written = new String(actual.get(part), StandardCharsets.UTF_8);
			String poiTl = new String(expected.get(part), StandardCharsets.UTF_8);
			// Where they part, rather than two whole documents.
			int at = java.util.Arrays.mismatch(written.toCharArray(), poiTl.toCharArray());
			assertThat(at < 0 ? "" : written.substring(Math.max(0, at - 150), Math.min(written.length(), at + 150)))
				.as(what + ": " + part + " at " + at)
				.isEqualTo(at < 0 ? "" : poiTl.substring(Math.max(0, at - 150), Math.min(poiTl.length(), at + 150)));
			assertThat(actual.get(part)).as(what + ": " + part).isEqualTo(expected.get(part));
		}
	}

	/** The template as a user saved it after an edit. */
	private static byte[] edited(byte[] template, java.util.function.Consumer<XWPFDocument> edit) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.accept(document);
			document.write(out);
			return out.toByteArray();
		}
	}
}
