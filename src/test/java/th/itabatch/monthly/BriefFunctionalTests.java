package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;

/**
 * The brief ("เอกสารสรุปประเด็น") made from the shipped example, read back as Word has it: the
 * seed's sections in order, the figures in Thai digits, the plan table with its ✓ under the months
 * the seed marks, TH Sarabun New at 16 pt, the chart, and no tag left unfilled.
 */
@ItaApplicationTest
class BriefFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Test
	void theExamplesBriefFollowsTheSeed(@TempDir Path work) throws Exception {
		Path input = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input"), input);
		Path output = work.resolve("output");
		oneShot.run(input, output, Optional.empty());

		Path brief = output.resolve("ITA-brief_กองคลัง_FY2564_2564-06.docx");
		assertThat(brief).isRegularFile();
		try (InputStream in = Files.newInputStream(brief); XWPFDocument document = new XWPFDocument(in)) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
				.filter(t -> !t.isBlank()).toList();
			assertThat(paragraphs).containsSubsequence("เอกสารสรุปประเด็น", "หลักการและเหตุผล", "วิธีการดำเนินงาน",
					"ระยะการประเมินผล :", "แนวทาง/กิจกรรมภายใต้แผนขับเคลื่อน", "ผลการดำเนินงานเดือนนี้");
			String reasons = paragraphs.get(paragraphs.indexOf("หลักการและเหตุผล") + 1);
			assertThat(reasons).contains("กองคลัง", "รอบ ๕ เดือนแรก (ตุลาคม ๒๕๖๓ – กุมภาพันธ์ ๒๕๖๔)",
					"๑) การปฏิบัติหน้าที่ ร้อยละ ๙๗.๑๑", "๔) การใช้ทรัพย์สินของราชการ ร้อยละ ๘๗.๙๙",
					"และ ๕) การแก้ไขปัญหาการทุจริต ร้อยละ ๙๑.๘๑", "ไม่น้อยกว่าร้อยละ ๙๒.๕๐")
				.doesNotContainPattern("[0-9]");
			assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("ภาพรวมร้อยละ ๙๒.๕๑",
					"การใช้ทรัพย์สินของราชการ (ร้อยละ ๘๗.๙๙) มีคะแนนต่ำเป็นลำดับที่ ๑"));
			assertThat(paragraphs).contains("๕. สรุปผลและจัดส่งรายงานในระบบ DOC ภายในวันที่ ๑๐ ของเดือนถัดไป",
					"ดำเนินการแล้ว ๑ จาก ๑ กิจกรรมที่ถึงกำหนด ณ มิถุนายน ๒๕๖๔");
			// The paragraph after the last table at a point took a page of its own in LibreOffice where the
			// table ended at the foot of the page (a retrial's empty fifth page; at a tenth, none).
			XWPFParagraph end = document.getParagraphs().get(document.getParagraphs().size() - 1);
			assertThat(end.getText()).isEmpty();
			assertThat(end.getSpacingLineRule()).isEqualTo(org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
			assertThat(end.getSpacingBetween()).isLessThanOrEqualTo(0.1);

			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(3);
			assertThat(texts(tables.get(0), 4)).containsExactly("๔", "การใช้ทรัพย์สินของราชการ", "๘๗.๙๙", "๙๒.๕๐", "ไม่ผ่าน");

			XWPFTable plan = tables.get(1);
			assertThat(plan.getRow(0).getCell(3).getText()).isEqualTo("ระยะเวลาดำเนินการ (มี.ค. ๒๕๖๔ – ก.ค. ๒๕๖๔)");
			assertThat(texts(plan, 1).subList(3, 15)).containsExactly("ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.",
					"เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.");
			assertThat(plan.getRows()).hasSize(2 + 3);
			// As the seed marks them: activity 1 in June, 2 in July, 3 in August and September.
			assertThat(marks(plan, 2)).containsExactly("มิ.ย.");
			assertThat(marks(plan, 3)).containsExactly("ก.ค.");
			assertThat(marks(plan, 4)).containsExactly("ส.ค.", "ก.ย.");
			assertThat(texts(plan, 2).get(0)).isEqualTo("การสร้างการมีส่วนร่วมในองค์การและการพัฒนาศักยภาพบุคลากร");
			assertThat(texts(plan, 3).get(0)).as("a measure is written on its first activity only").isEmpty();
			assertThat(texts(plan, 2).subList(15, 17)).containsExactly("-", "กลุ่มพัสดุ");

			assertThat(texts(tables.get(2), 1)).containsExactly(
					"๑. จัดกิจกรรมเผยแพร่/ประชาสัมพันธ์มาตรการการใช้ทรัพย์สินราชการผ่านช่องทางที่เข้าถึงได้", "ดำเนินการแล้ว",
					"เผยแพร่มาตรการการใช้ทรัพย์สินของราชการทางอีเมลและกลุ่มไลน์ของกองคลัง และติดประกาศที่บอร์ดประชาสัมพันธ์"
							// The evidence under it (a trial's were shown nowhere); the problems, "-", are none.
							+ "\nหลักฐาน: https://finance.example.go.th/ita/2564/property-measures");

			XWPFRun body = document.getParagraphs().stream().filter(p -> p.getText().equals(reasons)).findFirst()
				.orElseThrow().getRuns().get(0);
			// The body's run names no type of its own: it is in the document's, as Word's "Normal" shows it.
			assertThat(body.getFontFamily()).isNull();
			assertThat(body.getFontSizeAsDouble()).isNull();
			XWPFDefaultRunStyle defaults = document.getStyles().getDefaultRunStyle();
			assertThat(defaults.getRPr().getRFontsArray(0).getAscii()).isEqualTo("TH Sarabun New");
			assertThat(defaults.getRPr().getRFontsArray(0).getCs()).as("Thai text's type").isEqualTo("TH Sarabun New");
			assertThat(defaults.getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(document.getAllPictures()).as("the chart").hasSize(1);
			String all = String.join("\n", paragraphs) + tables.stream().map(XWPFTable::getText).reduce("", String::concat);
			assertThat(all).doesNotContain("{{", "}}", "[m1]", "[activity]");
		}
	}

	private static List<String> texts(XWPFTable table, int row) {
		return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
	}

	/** The months (from the header row) whose cells hold a ✓ in the row. */
	private static List<String> marks(XWPFTable table, int row) {
		List<String> months = texts(table, 1);
		List<String> cells = texts(table, row);
		List<String> marked = new ArrayList<>();
		for (int c = 3; c < 15; c++) {
			if (cells.get(c).equals("✓")) {
				marked.add(months.get(c));
			}
		}
		return marked;
	}
}
