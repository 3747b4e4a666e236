package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;

/**
 * The rows repeated for a list come out as poi-tl's own loop policy writes them: tags split over
 * runs as Word leaves them, a cell merged down, a missing value, a newline, an empty list; and a row
 * with a tag that is more than a value's name is left to poi-tl.
 */
class RepeatedRowPolicyTests {

	private static final List<Map<String, Object>> ITEMS = List.of(
			Map.of("name", "กองคลัง", "score", 92.5, "note", "สองบรรทัด\nบรรทัดที่สอง"),
			Map.of("name", "กองการเจ้าหน้าที่", "score", 81));

	/** A table: a header holding the list's tag, then the row to repeat (its tags split as Word splits them). */
	private static byte[] template(String... cells) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = document.createTable(2, cells.length);
			table.getRow(0).getCell(0).setText("{{rows}}หน่วยงาน");
			XWPFTableRow row = table.getRow(1);
			for (int c = 0; c < cells.length; c++) {
				XWPFTableCell cell = row.getCell(c);
				String text = cells[c];
				int half = text.length() / 2;
				// Word keeps "[na" and "me]" in two runs when the tag was typed in two goes.
				cell.getParagraphs().get(0).createRun().setText(text.substring(0, half));
				cell.getParagraphs().get(0).createRun().setText(text.substring(half));
			}
			row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
			document.createParagraph().createRun().setText("หลังตาราง");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static String filled(byte[] template, RenderPolicy policy, Object rows) throws IOException {
		Configure configure = Configure.builder().bind("rows", policy).build();
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)
			.render(Map.of("rows", rows)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filled.write(out);
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
				return document.getDocument().xmlText();
			}
		}
	}

	@Test
	void theRowsAreThoseOfPoiTlsLoopPolicy() throws IOException {
		byte[] template = template("[name]", "[score]", "[note]", "[missing]");
		String ours = filled(template, new RepeatedRowPolicy(), ITEMS);

		assertThat(ours).isEqualTo(filled(template, new LoopRowTableRenderPolicy(), ITEMS));
		assertThat(ours).contains("กองคลัง", "92.5", "กองการเจ้าหน้าที่", "81", "บรรทัดที่สอง")
			.doesNotContain("[name]", "[missing]", "{{rows}}");
		assertThat(ours).as("the merge continued in the second copy").contains("w:val=\"continue\"");
	}

	@Test
	void anEmptyListLeavesTheHeaderAlone() throws IOException {
		byte[] template = template("[name]", "[score]");

		assertThat(filled(template, new RepeatedRowPolicy(), List.of()))
			.isEqualTo(filled(template, new LoopRowTableRenderPolicy(), List.of()))
			.doesNotContain("[name]");
	}

	@Test
	void aRowWithMoreThanNamesIsPoiTlsToFill() throws IOException {
		byte[] template = template("[_index]", "[name]");
		String ours = filled(template, new RepeatedRowPolicy(), ITEMS);

		assertThat(ours).isEqualTo(filled(template, new LoopRowTableRenderPolicy(), ITEMS));
		assertThat(ours).as("poi-tl's row number").contains(">0<", ">1<");
	}

	/**
	 * A trial: plan rows kept whole, one with a 195-letter responsible person in a narrow column was
	 * taller than a page, and LibreOffice cut it at the page's foot (its telephone number lost from the
	 * PDF). A row that may outgrow a page may break across pages; the others stay whole.
	 */
	@Test
	void aRowThatMayOutgrowAPageMayBreakAcrossPages() throws IOException {
		byte[] template;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = document.createTable(2, 2);
			table.getRow(0).getCell(0).setText("{{rows}}หน่วยงาน");
			XWPFTableRow row = table.getRow(1);
			row.getCell(0).setText("[name]");
			row.getCell(1).setText("[note]");
			// Half a narrow column, as the brief's responsible person's: 1,000 twentieths of a point.
			for (XWPFTableCell cell : row.getTableCells()) {
				var width = cell.getCTTc().addNewTcPr().addNewTcW();
				width.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
				width.setW(java.math.BigInteger.valueOf(1000));
			}
			row.setCantSplitRow(true);
			document.write(out);
			template = out.toByteArray();
		}
		String responsible = "นางสาวสมศรี ใจดีมีคุณธรรม ผู้อำนวยการกลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส ".repeat(3)
				+ "(โทร. 0 2202 9999 ต่อ 1234)";
		Configure configure = Configure.builder().bind("rows", new RepeatedRowPolicy()).build();
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)
			.render(Map.of("rows", List.of(Map.of("name", "กองคลัง", "note", "นางสาวสมศรี"),
					Map.of("name", "กองคลัง", "note", responsible))));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filled.write(out);
			XWPFTable table = new XWPFDocument(new ByteArrayInputStream(out.toByteArray())).getTables().get(0);

			assertThat(table.getRow(1).isCantSplitRow()).as("a row of a few lines stays whole").isTrue();
			assertThat(table.getRow(2).getCell(1).getText()).endsWith("ต่อ 1234)");
			assertThat(table.getRow(2).isCantSplitRow()).as("%d letters in 50 points", responsible.length()).isFalse();
		}
	}
}
