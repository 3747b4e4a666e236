package th.itabatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the bundled Word template of the brief ({@code templates/monthly-brief.docx}) in the seed's
 * sections, filled by {@link DocxTemplateEngine} from {@link BriefModel}'s values. Thai official
 * documents' type: TH Sarabun New, 16 pt (named in the template, so a user changes it in Word), A4
 * portrait. Run it after changing it; users restyle the file it writes.
 */
public final class BriefTemplateGenerator {

	static final String FONT = "TH Sarabun New";

	private static final int DEFAULT_POINTS = 16;

	/** A month's column in the plan's table: "มิ.ย." on one line in 8 points. */
	private static final int MONTH_WIDTH = 420;

	private final XWPFDocument document = new XWPFDocument();

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args.length > 0 ? args[0] : "templates/monthly-brief.docx");
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (XWPFDocument built = new BriefTemplateGenerator().build(); OutputStream out = Files.newOutputStream(target)) {
			built.write(out);
		}
	}

	XWPFDocument build() {
		page();
		paragraph("เอกสารสรุปประเด็น", 20, true, ParagraphAlignment.CENTER);
		paragraph("ความรู้แก่ C/SH เพื่อขับเคลื่อนการดำเนินงานคุณธรรมและความโปร่งใสในหน่วยงาน {{brief.unit}}", 16, true,
				ParagraphAlignment.CENTER);
		heading("หลักการและเหตุผล");
		body("{{brief.reasons}}");
		// Kept with the chart below it: the title was left at the foot of page 1, the chart on page 2 (a trial).
		paragraph("{{brief.chartTitle}}", 16, true, ParagraphAlignment.CENTER).getCTPPr().addNewKeepNext();
		paragraph("{{@brief.chart}}", 16, false, ParagraphAlignment.CENTER);
		scores();
		body("{{brief.conclusions}}");
		heading("วิธีการดำเนินงาน");
		body("๑. กำหนดหัวข้อ/กิจกรรมที่สนองต่อผลลัพธ์ที่ต้องการในแผนปฏิบัติการฯ");
		body("๒. ดำเนินกิจกรรมตามแผนฯ");
		body("๓. สรุปผลการดำเนินงาน");
		body("๔. เสนอผลการดำเนินงานต่อที่ประชุมติดตาม กำกับการดำเนินงานตัวชี้วัดประจำเดือน");
		body("๕. สรุปผลและจัดส่งรายงานในระบบ DOC ภายในวันที่ {{brief.dueDay}} ของเดือนถัดไป");
		heading("ระยะการประเมินผล :");
		body("{{brief.evaluation}}");
		// The plan's table and the month's progress on landscape pages of their own (the document's
		// last section, page()): on portrait the activities ran five letters a line, five or six lines
		// each, beside twelve month columns (a trial).
		endSection(false);
		heading("แนวทาง/กิจกรรมภายใต้แผนขับเคลื่อน");
		body("นโยบาย {{brief.policy}}");
		plan();
		// Kept with the table below them, not left at the foot of the plan's page (a trial).
		heading("ผลการดำเนินงานเดือนนี้").getCTPPr().addNewKeepNext();
		body("{{brief.progress}}").getCTPPr().addNewKeepNext();
		progress();
		// The paragraph Word needs after the last table, a tenth of a point high: at a line's height it
		// took a blank page of its own where the table filled the last (a trial), and at a point still did
		// in LibreOffice where the table ended at the foot of the page (a retrial's fifth, empty page).
		XWPFParagraph end = document.getParagraphs().get(document.getParagraphs().size() - 1);
		end.setSpacingBefore(0);
		end.setSpacingAfter(0);
		end.setSpacingBetween(0.1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		end.getCTPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
		return document;
	}

	/**
	 * A4, 2 cm top and bottom, 1.9 cm at the sides, portrait to the plan and landscape from it (the
	 * body's own section is the last); TH Sarabun New 16 pt throughout.
	 */
	private void page() {
		size(document.getDocument().getBody().addNewSectPr(), true);
		// The document's default type, as Word's "Normal" shows it.
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = defaults.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		defaults.addNewSz().setVal(BigInteger.valueOf(DEFAULT_POINTS * 2L));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(DEFAULT_POINTS * 2L));
		defaults.addNewLang().setBidi("th-TH");
		document.createStyles().setStyles(styles);
	}

	/** A4 in either orientation, with the margins of {@link #page()}. */
	private static void size(CTSectPr section, boolean landscape) {
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
		size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1080));
		margins.setRight(BigInteger.valueOf(1080));
	}

	/** Ends the section so far with an empty paragraph that holds its page (the next starts a new page). */
	private void endSection(boolean landscape) {
		size(document.createParagraph().getCTP().addNewPPr().addNewSectPr(), landscape);
	}

	private XWPFParagraph heading(String text) {
		return paragraph(text, 16, true, ParagraphAlignment.LEFT);
	}

	private XWPFParagraph body(String text) {
		XWPFParagraph paragraph = paragraph(text, 16, false, ParagraphAlignment.THAI_DISTRIBUTE);
		paragraph.setIndentationFirstLine(720);
		return paragraph;
	}

	private XWPFParagraph paragraph(String text, int points, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(80);
		run(paragraph, text, points, bold);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold) {
		// The type and 16 pt are the document's defaults (page()): a run names only what differs, so a
		// user changes the type once, and the filled document (a run per table cell, some 250 cells) is
		// half the XML to parse, copy and write.
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		if (points != DEFAULT_POINTS) {
			run.setFontSize(points);
			run.getCTR().getRPr().addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
		}
		if (bold) {
			run.setBold(true);
			run.getCTR().getRPr().addNewBCs();
		}
		return run;
	}

	private void scores() {
		XWPFTable table = table(2, new int[] { 800, 4200, 1500, 1500, 1500 });
		header(table.getRow(0), List.of("{{brief.scores}}ที่", "ตัวชี้วัด", "คะแนน (ร้อยละ)", "เป้าหมาย", "ผล"));
		cells(table.getRow(1), List.of("[no]", "[name]", "[score]", "[target]", "[result]"), 14);
	}

	private void plan() {
		// A4 landscape's 14,678 twips between 1.9 cm margins: twelve narrow month columns, the text
		// ones wider, the activity widest; the budget room for "๑,๕๐๐,๐๐๐" on one line.
		int[] widths = new int[17];
		int[] fixed = { 1900, 1700, 3400 };
		System.arraycopy(fixed, 0, widths, 0, 3);
		for (int m = 0; m < 12; m++) {
			widths[3 + m] = MONTH_WIDTH;
		}
		widths[15] = 1300;
		widths[16] = 1338;
		XWPFTable table = table(3, widths);
		XWPFTableRow top = table.getRow(0);
		XWPFTableRow months = table.getRow(1);
		List<String> heads = List.of("มาตรการ", "ประเด็นความรู้", "กิจกรรมดำเนินการ");
		for (int c = 0; c < 3; c++) {
			cell(top.getCell(c), heads.get(c), 12, true);
			merge(top.getCell(c), STMerge.RESTART);
			merge(months.getCell(c), STMerge.CONTINUE);
		}
		cell(top.getCell(3), "ระยะเวลาดำเนินการ ({{brief.planPeriod}})", 12, true);
		cell(top.getCell(15), "งบประมาณ", 12, true);
		cell(top.getCell(16), "ผู้รับผิดชอบ", 12, true);
		for (int c : new int[] { 15, 16 }) {
			merge(top.getCell(c), STMerge.RESTART);
			merge(months.getCell(c), STMerge.CONTINUE);
		}
		for (int m = 0; m < 12; m++) {
			cell(months.getCell(3 + m), "{{brief.m" + (m + 1) + "}}", 8, true);
		}
		// The loop's tag sits in the row above the row it repeats, in a cell the merge hides.
		cell(months.getCell(0), "{{brief.plan}}", 8, false);
		// The months' heading spans the twelve month columns.
		for (int c = 14; c > 3; c--) {
			top.getCtRow().removeTc(c);
		}
		CTTcPr period = top.getCell(3).getCTTc().getTcPr();
		period.addNewGridSpan().setVal(BigInteger.valueOf(12));
		period.getTcW().setW(BigInteger.valueOf(12 * MONTH_WIDTH));
		// Narrow cells lose little to their margins, so "ต.ค." fits its column on one line.
		table.setCellMargins(20, 20, 20, 20);
		XWPFTableRow row = table.getRow(2);
		List<String> values = new java.util.ArrayList<>(List.of("[measure]", "[topic]", "[activity]"));
		for (int m = 1; m <= 12; m++) {
			values.add("[m" + m + "]");
		}
		values.add("[budget]");
		values.add("[responsible]");
		cells(row, values, 12);
		row.setCantSplitRow(true);
		for (int m = 0; m < 12; m++) {
			row.getCell(3 + m).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
		}
		table.getRow(0).setRepeatHeader(true);
		table.getRow(1).setRepeatHeader(true);
	}

	private void progress() {
		// Landscape, as wide as the plan's table above it.
		XWPFTable table = table(2, new int[] { 6000, 2400, 6278 });
		header(table.getRow(0), List.of("{{brief.progressRows}}กิจกรรมที่กำหนดในเดือนนี้", "สถานะ", "ผลการดำเนินงาน"));
		// The result with its evidence and problems, each on a line of its own (a trial's were shown nowhere).
		cells(table.getRow(1), List.of("[activity]", "[status]", "[resultInFull]"), 14);
		// An activity's row whole on one page, its copies too (one was split over two pages).
		table.getRow(1).setCantSplitRow(true);
	}

	private XWPFTable table(int rows, int[] widths) {
		XWPFTable table = document.createTable(rows, widths.length);
		table.setTableAlignment(TableRowAlign.CENTER);
		// Fixed widths, as the grid says: Word and LibreOffice lay the columns out alike.
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid() != null
				? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		CTTblWidth width = table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				CTTcPr properties = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
						: row.getCell(c).getCTTc().addNewTcPr();
				CTTblWidth cellWidth = properties.addNewTcW();
				cellWidth.setType(STTblWidth.DXA);
				cellWidth.setW(BigInteger.valueOf(widths[c]));
			}
		}
		// A paragraph after the table keeps the next table from joining it.
		document.createParagraph();
		return table;
	}

	private static void header(XWPFTableRow row, List<String> texts) {
		for (int c = 0; c < texts.size(); c++) {
			String text = texts.get(c);
			int tagEnd = text.startsWith("{{") ? text.indexOf("}}") + 2 : 0;
			if (tagEnd > 2) {
				// The list's tag in a run of its own: poi-tl moves the words after a tag into a run that keeps
				// its bold and size but not their complex-script twins, which Thai is set in (a retrial's
				// "กิจกรรมที่กำหนดในเดือนนี้" printed larger and not bold beside its neighbours).
				cell(row.getCell(c), text.substring(0, tagEnd), 14, true);
				run(row.getCell(c).getParagraphs().get(0), text.substring(tagEnd), 14, true);
			}
			else {
				cell(row.getCell(c), text, 14, true);
			}
		}
		row.setRepeatHeader(true);
	}

	private static void cells(XWPFTableRow row, List<String> texts, int points) {
		for (int c = 0; c < texts.size(); c++) {
			cell(row.getCell(c), texts.get(c), points, false);
		}
	}

	private static void cell(XWPFTableCell cell, String text, int points, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
		run(paragraph, text, points, bold);
	}

	private static void merge(XWPFTableCell cell, STMerge.Enum how) {
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		properties.addNewVMerge().setVal(how);
	}
}
