package th.itabatch.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shipped example: the seed's round-1 scores of the Finance Division (กองคลัง), FY 2564, and
 * its action plan for the second half of the year with a June 2564 progress sheet, laid out the way
 * the seed shows them. {@link #main} writes them into {@code input/}; tests build them in memory.
 */
public final class ExampleWorkbooks {

	public static final String SCORES_FILE = "ita-scores-2564.xlsx";

	public static final String PLAN_FILE = "ita-plan-2564.xlsx";

	public static final String[] MONTHS = { "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
			"ก.ค.", "ส.ค.", "ก.ย." };

	public static final String ACTIVITY_1 = "๑. จัดกิจกรรมเผยแพร่/ประชาสัมพันธ์มาตรการการใช้ทรัพย์สินราชการผ่านช่องทางที่เข้าถึงได้";

	public static final String ACTIVITY_2 = "๒. การสื่อสาร/แจ้งข้อมูลในหัวข้อที่ยังมีระดับคะแนนต่ำ";

	public static final String ACTIVITY_3 = "๓. ประชาสัมพันธ์ข่าวสาร \"คุณธรรม สุจริต\"";

	public static final String RESULT_1 = "เผยแพร่มาตรการการใช้ทรัพย์สินของราชการทางอีเมลและกลุ่มไลน์ของกองคลัง และติดประกาศที่บอร์ดประชาสัมพันธ์";

	private ExampleWorkbooks() {
	}

	/** Scores: a wide table, a column per round, the stated overall under the indicators. */
	public static Workbook scores() {
		return scoresWorkbook();
	}

	/** The scores example as an XSSF workbook, for tests that change a cell. */
	public static XSSFWorkbook scoresWorkbook() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "ผลคะแนนแบบวัดการรับรู้ภายในหน่วยงานตนเอง (IIT) กองคลัง").merge("A1:D1");
		s.text("A2", "หน่วยงาน: กองคลัง");
		s.text("A3", "ปีงบประมาณ 2564");
		s.row("A5", "ลำดับ", "ตัวชี้วัด", "รอบ 5 เดือนแรก (ต.ค.63 – ก.พ.64)", "รอบ 5 เดือนหลัง (มี.ค.64 – ก.ค.64)");
		s.row("A6", 1, "การปฏิบัติหน้าที่", 97.11);
		s.row("A7", 2, "การใช้งบประมาณ", 90.08);
		s.row("A8", 3, "การใช้อำนาจ", 91.04);
		s.row("A9", 4, "การใช้ทรัพย์สินของราชการ", 87.99);
		s.row("A10", 5, "การแก้ไขปัญหาการทุจริต", 91.81);
		s.row("A11", null, "ภาพรวม", 92.51);
		s.text("A13", "หมายเหตุ: รอบ 5 เดือนหลังจะตอบแบบวัดประมาณกลางเดือนมิถุนายน 2564");
		for (int c = 0; c < 4; c++) {
			s.sheet().setColumnWidth(c, c == 1 ? 40 * 256 : 30 * 256);
		}
		return workbook;
	}

	/**
	 * The year before the seed's, both rounds, for trends: round 1 states its overall (the mean,
	 * 84.69), round 2 does not (its mean is 88.80).
	 */
	public static XSSFWorkbook previousYearScores() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "ผลคะแนนแบบวัดการรับรู้ภายในหน่วยงานตนเอง (IIT) กองคลัง");
		s.text("A2", "หน่วยงาน: กองคลัง");
		s.text("A3", "ปีงบประมาณ 2563");
		s.row("A5", "ลำดับ", "ตัวชี้วัด", "รอบ 5 เดือนแรก (ต.ค.62 – ก.พ.63)", "รอบ 5 เดือนหลัง (มี.ค.63 – ก.ค.63)");
		s.row("A6", 1, "การปฏิบัติหน้าที่", 88.10, 92.00);
		s.row("A7", 2, "การใช้งบประมาณ", 85.20, 88.50);
		s.row("A8", 3, "การใช้อำนาจ", 86.00, 90.00);
		s.row("A9", 4, "การใช้ทรัพย์สินของราชการ", 80.15, 84.50);
		s.row("A10", 5, "การแก้ไขปัญหาการทุจริต", 84.00, 89.00);
		s.row("A11", null, "ภาพรวม", 84.69);
		return workbook;
	}

	/** The plan as the seed shows it, and a progress sheet for June 2564. */
	public static Workbook plan() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("แผนปฏิบัติการ"));
		s.text("A1", "แผนขับเคลื่อนนโยบาย มาตรการ และการสร้างความรู้ความเข้าใจให้กับบุคลากรกองคลัง").merge("A1:Q1");
		s.text("A2", "นโยบาย").text("B2", "การเพิ่มการรับรู้ภายในที่มีต่อหน่วยงานตนเอง").merge("B2:Q2");
		s.row("A3", "มาตรการ", "ประเด็นความรู้", "กิจกรรมดำเนินการ", "ระยะเวลาดำเนินการ (มี.ค.๖๔ - ก.ค.๖๔)");
		s.text("P3", "งบประมาณ").text("Q3", "ผู้รับผิดชอบ");
		s.merge("A3:A4").merge("B3:B4").merge("C3:C4").merge("D3:O3").merge("P3:P4").merge("Q3:Q4");
		s.row("D4", (Object[]) MONTHS);
		s.text("A5", "การสร้างการมีส่วนร่วมในองค์การและการพัฒนาศักยภาพบุคลากร").merge("A5:A7");
		s.text("B5", "- การสื่อสารภายในองค์กร");
		s.text("B6", "- การสร้างการมีส่วนร่วมในองค์การ");
		s.text("C5", ACTIVITY_1).text("L5", "✓");
		s.text("C6", ACTIVITY_2).text("M6", "✓");
		s.text("C7", ACTIVITY_3).text("N7", "✓").text("O7", "✓");
		for (String row : new String[] { "5", "6", "7" }) {
			s.text("P" + row, "-").text("Q" + row, "กลุ่มพัสดุ");
		}
		s.sheet().setColumnWidth(0, 30 * 256);
		s.sheet().setColumnWidth(1, 28 * 256);
		s.sheet().setColumnWidth(2, 50 * 256);

		SheetBuilder p = new SheetBuilder(workbook.createSheet("ผลการดำเนินงาน"));
		p.text("A1", "ผลการดำเนินงานตามแผนปฏิบัติการคุณธรรมและความโปร่งใส ประจำเดือนมิถุนายน ๒๕๖๔").merge("A1:H1");
		p.row("A3", "กิจกรรม", "เดือน", "สถานะ", "ผลการดำเนินงาน", "จำนวนผู้เข้าร่วม", "งบประมาณที่ใช้", "หลักฐาน",
				"ปัญหาอุปสรรค");
		p.row("A4", ACTIVITY_1, "มิ.ย. 64", "ดำเนินการแล้ว", RESULT_1, 45, "-",
				"https://finance.example.go.th/ita/2564/property-measures", "-");
		p.sheet().setColumnWidth(0, 50 * 256);
		p.sheet().setColumnWidth(3, 60 * 256);
		return workbook;
	}

	public static byte[] bytes(Workbook workbook) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the example into a folder (default {@code input}). */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "input");
		Files.createDirectories(folder);
		write(scores(), folder.resolve(SCORES_FILE));
		write(plan(), folder.resolve(PLAN_FILE));
	}

	public static void write(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}
}
